/**
 * interaction.p95_ms: a control change → the end of the first paint whose DOM
 * shows the new output shape / padded input (the grids and the reference
 * output are drawn in the same React commit). 64×64 input, 5×5 kernel; 100
 * changes, round robin over input size, border (pad), stride and padding
 * mode. Each change is applied at the start of a frame (as Chromium delivers
 * a slider drag) after the previous tfjs result is in, so it times the
 * change itself, not a queue of them. A second, untimed pass checks that the
 * padded and output canvases were really redrawn by that paint.
 */
/* global window -- page.evaluate and init scripts run these functions inside the page */
import { openApp } from '../lib/browser.mjs';
import { median, p95, round } from '../lib/stats.mjs';

const SIZES = [63, 64];
const STRIDES = [2, 1];
// Both borders pad, and differently (valid would hide a mode change; half and same-lower equal same at stride 1, k=5).
const PADS = ['full', 'same'];
const MODES = ['reflect', 'symmetric', 'replicate', 'circular', 'zeros'];

/** The 100 changes: size, border, stride, mode, size, … each one alters the output shape or the padded input. */
export function interactionChanges(count = 100) {
  const kinds = [
    { kind: 'size', label: 'Input height', values: SIZES },
    { kind: 'pad', label: 'Border', values: PADS },
    { kind: 'stride', label: 'Stride height', values: STRIDES },
    { kind: 'mode', label: 'Padding mode', values: MODES },
  ];
  const turn = new Map();
  return Array.from({ length: count }, (_, i) => {
    const k = kinds[i % kinds.length];
    const n = turn.get(k.kind) ?? 0;
    turn.set(k.kind, n + 1);
    return { kind: k.kind, label: k.label, value: k.values[n % k.values.length] };
  });
}

export async function measureInteraction(browser, url, count = 100) {
  const page = await openApp(browser, url);
  await page.waitForTimeout(1500); // let start-up work (engine warm-up) finish, as a user reading the page would
  const changes = interactionChanges(count);
  const samples = await page.evaluate(async (list) => {
    const b = window.__bench;
    const out = [];
    for (const change of list) {
      await b.whenReady();
      await b.frame();
      await b.frame();
      out.push(await b.timeToPaint(change));
    }
    await b.whenReady();
    return out;
  }, changes);

  // Untimed: was the output grid (reference values) really redrawn in the paint the latency ends at?
  // (The padded grid may legitimately stay the same: a stride change can keep its pads.)
  const redraw = await page.evaluate(async (list) => {
    const b = window.__bench;
    const sel = '[data-testid="output-grid"] canvas.layer-static';
    let checked = 0;
    let stale = 0;
    for (const change of list) {
      await b.whenReady();
      await b.frame();
      const before = b.canvasHash(sel);
      await b.timeToPaint(change);
      checked++;
      if (b.canvasHash(sel) === before) stale++;
    }
    await b.whenReady();
    return { checked, stale };
  }, interactionChanges(count + 8).slice(count)); // the cycle goes on: each one a real change
  await page.context().close();

  const byKind = {};
  changes.forEach((c, i) => (byKind[c.kind] ??= []).push(samples[i]));
  return {
    metrics: { 'interaction.p95_ms': round(p95(samples), 1) },
    info: {
      changes: samples.length,
      timed_out: samples.filter((s) => !Number.isFinite(s)).length,
      median_ms: round(median(samples), 1),
      max_ms: round(Math.max(...samples.filter(Number.isFinite)), 1),
      p95_by_kind_ms: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, round(p95(v), 1)])),
      output_redrawn_in_that_paint: `${redraw.checked - redraw.stale}/${redraw.checked}`,
    },
  };
}
