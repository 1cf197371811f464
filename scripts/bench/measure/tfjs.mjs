/**
 * tfjs.*: a control change → `[data-testid=output-json]` back to
 * data-state="ready" with the new result (MutationObserver, so no polling
 * delay). Same shapes: 30 value changes (input and kernel presets) on the
 * 64×64 / 5×5 configuration. Shape changes: 40 changes of input size, stride
 * and border, every one a shape this page has not run before, as when a size
 * slider is dragged. stall_ratio = shape-change p95 / same-shape median.
 * Kernel-size changes are timed too, as information.
 */
/* global window, document, MutationObserver -- page.evaluate and init scripts run these functions inside the page */
import { openApp } from '../lib/browser.mjs';
import { median, p95, round } from '../lib/stats.mjs';

const X_PRESETS = ['checker', 'impulse', 'random', 'ones', 'ramp'];
const W_PRESETS = ['gauss', 'sharpen', 'laplace', 'ones', 'box'];

export function valueChanges(count = 30) {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? { label: 'Input values', value: X_PRESETS[(i / 2) % X_PRESETS.length] }
      : { label: 'Kernel values', value: W_PRESETS[((i - 1) / 2) % W_PRESETS.length] },
  );
}

/** Sizes 62, 61, … (never the starting 64), with stride and border changes between them. */
export function shapeChanges(count = 40) {
  const out = [];
  let size = 62;
  const pads = ['valid', 'full', 'same'];
  for (let i = 0; out.length < count; i++) {
    if (i % 4 === 1) out.push({ label: 'Stride height', value: (i / 4) % 2 < 1 ? 2 : 1 });
    else if (i % 4 === 3) out.push({ label: 'Border', value: pads[Math.floor(i / 4) % pads.length] });
    else out.push({ label: 'Input height', value: size-- });
  }
  return out;
}

export const kernelChanges = () => [3, 7, 4, 6, 9, 2, 5].map((k) => ({ label: 'Kernel height', value: k }));

/** Runs the changes in the page; each resolves when the result for it is in (NaN after 10 s). */
async function timeResults(page, changes) {
  return page.evaluate(async (list) => {
    const b = window.__bench;
    const q = () => document.querySelector('[data-testid="output-json"]')?.getAttribute('data-state');
    const out = [];
    for (const change of list) {
      await b.whenReady();
      await b.sleep(30);
      await b.frame();
      const t = await new Promise((resolve) => {
        let seenPending = false;
        let t0 = 0;
        const obs = new MutationObserver(() => {
          const s = q();
          if (s === 'pending') seenPending = true;
          else if (s === 'ready' && seenPending) finish(performance.now() - t0);
        });
        const timer = setTimeout(() => finish(NaN), 10000);
        const finish = (v) => {
          obs.disconnect();
          clearTimeout(timer);
          resolve(v);
        };
        obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        t0 = performance.now();
        b.setControl(change.label, change.value);
      });
      out.push(t);
    }
    return out;
  }, changes);
}

export async function measureTfjs(browser, url) {
  const page = await openApp(browser, url);
  await page.waitForTimeout(1500);
  const same = await timeResults(page, valueChanges());
  const shape = await timeResults(page, shapeChanges());
  const kernel = await timeResults(page, kernelChanges());
  await page.context().close();
  const sameMedian = median(same);
  const shapeP95 = p95(shape);
  return {
    metrics: {
      'tfjs.same_shape_median_ms': round(sameMedian, 1),
      'tfjs.shape_change_p95_ms': round(shapeP95, 1),
      'tfjs.stall_ratio': round(shapeP95 / sameMedian, 2),
    },
    info: {
      same_shape_ms: same.map((v) => round(v, 0)).join(' '),
      shape_change_ms: shape.map((v) => round(v, 0)).join(' '),
      shape_change_median_ms: round(median(shape), 1),
      kernel_size_change_ms: kernel.map((v) => round(v, 0)).join(' '),
      timed_out: [...same, ...shape, ...kernel].filter((v) => !Number.isFinite(v)).length,
    },
  };
}
