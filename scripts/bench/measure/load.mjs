/**
 * load.*: navigation → the explorer shown with reference values (the output
 * grid and shape on screen, after that frame's paint), navigation → the first
 * tfjs result, and the gzipped JS the first render needs: the entry's static
 * import closure from the build manifest (lazy chunks such as tfjs excluded),
 * each file gzipped (zlib level 9). Median of `runs` cold loads.
 */
/* global window, document, requestAnimationFrame, MutationObserver -- page.evaluate and init scripts run these functions inside the page */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freshPage } from '../lib/browser.mjs';
import { median, round } from '../lib/stats.mjs';

/** Runs in the page before any of its scripts: records when the explorer and the first tfjs result appear. */
function loadProbe() {
  const rec = { firstRender: null, tfjsReady: null };
  window.__load = rec;
  const explorerShown = () => document.querySelector('[data-testid="output-grid"] canvas') && document.querySelector('[data-testid="output-shape"]');
  const frame = () => {
    if (explorerShown()) {
      // Checked at the start of a frame; the task queued here runs after this frame's paint.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (rec.firstRender = performance.now());
      ch.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="output-json"][data-state="ready"]')) {
      rec.tfjsReady = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/** JS files of the entry's static import closure (manifest `imports`, not `dynamicImports`). */
export function initialJs(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!entry) throw new Error('no index.html entry in the build manifest');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entry);
  const files = [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const lazy = Object.values(manifest)
    .map((m) => m.file)
    .filter((f) => f.endsWith('.js') && !files.includes(f));
  const gz = (f) => gzipSync(fs.readFileSync(path.join(distDir, f)), { level: 9 }).length;
  return { files: files.map((f) => ({ file: f, gzip: gz(f) })), lazy: lazy.map((f) => ({ file: f, gzip: gz(f) })) };
}

export async function measureLoad(browser, url, distDir, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    await page.addInitScript(loadProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.__load.firstRender !== null && window.__load.tfjsReady !== null, null, { timeout: 60_000 });
    const rec = await page.evaluate(() => ({
      ...window.__load,
      js: performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ file: new URL(e.name).pathname.replace(/^\//, ''), start: e.startTime })),
    }));
    samples.push(rec);
    await page.context().close();
  }
  const { files, lazy } = initialJs(distDir);
  const requested = new Set(samples[0].js.filter((r) => r.start < samples[0].firstRender).map((r) => r.file));
  const missing = files.filter((f) => !requested.has(f.file)).map((f) => f.file);
  const kb = files.reduce((s, f) => s + f.gzip, 0) / 1024;
  return {
    metrics: {
      'load.first_render_ms': round(median(samples.map((s) => s.firstRender)), 1),
      'load.initial_js_gzip_kb': round(kb, 1),
      'load.tfjs_ready_ms': round(median(samples.map((s) => s.tfjsReady)), 1),
    },
    info: {
      first_render_ms: samples.map((s) => round(s.firstRender, 1)),
      tfjs_ready_ms: samples.map((s) => round(s.tfjsReady, 1)),
      initial_js: files.map((f) => `${f.file} ${round(f.gzip / 1024, 1)} kB`),
      lazy_js: lazy.map((f) => `${f.file} ${round(f.gzip / 1024, 1)} kB`),
      initial_not_requested_before_first_render: missing,
    },
  };
}
