/**
 * image.pipeline_ratio: image mode's full pipeline (src/engine/image
 * runImagePlan: reflect padding by index-map gathers + 5×5 conv + read-back +
 * RGBA) ÷ the bare `tf.conv2d(x, w, 1, 'same')` (runBareConv), same 1024×1024
 * RGB image, same WebGL backend, warm, medians of alternating runs. Runs on
 * the benchmark's harness page (harness/image.ts).
 */
/* global window -- page.evaluate and init scripts run these functions inside the page */
import { freshPage } from '../lib/browser.mjs';
import { median, round } from '../lib/stats.mjs';

export async function measureImage(browser, url, { size = 1024, kernel = 5, runs = 3 } = {}) {
  const page = await freshPage(browser);
  await page.goto(`${url}/scripts/bench/harness/image.html`);
  await page.waitForFunction(() => typeof window.padlabBenchImage === 'function', null, { timeout: 30_000 });
  const r = await page.evaluate((opts) => window.padlabBenchImage(opts), { size, kernel, runs });
  await page.context().close();
  const pipe = median(r.pipelineMs);
  const bare = median(r.bareMs);
  return {
    metrics: { 'image.pipeline_ratio': round(pipe / bare, 2) },
    info: {
      backend: r.backend,
      renderer: r.renderer,
      pipeline_median_ms: round(pipe, 1),
      bare_median_ms: round(bare, 1),
      bare_depthwise_median_ms: round(median(r.depthwiseMs), 1),
      ratio_to_bare_depthwise: round(pipe / median(r.depthwiseMs), 2),
      pipeline_ms: r.pipelineMs.map((v) => round(v, 0)).join(' '),
      bare_ms: r.bareMs.map((v) => round(v, 0)).join(' '),
    },
  };
}
