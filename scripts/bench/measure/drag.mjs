/**
 * interaction.drag_p50_ms / drag_p95_ms: what a user feels while dragging a
 * slider or holding an arrow key (issue #16). 64×64 input, 3×3 kernel; the
 * input-height field changes every third animation frame, 60 times, without
 * waiting for the engine's results (they keep arriving during the drag). Each
 * sample is the time from the input event to the second animation frame
 * after it (≈ 33 ms at 60 Hz when nothing else holds the main thread).
 *
 * interaction.drag_ratio_to_no_engine: the same drag's p95 over the p95 of the
 * same drag with the engine switched off (the benchmark build's
 * `padlabBenchNoEngine` switch, src/ui/engineClient/benchSwitch.ts), in the same run:
 * how much the engine adds to what the page does on its own.
 *
 * main_thread.long_tasks_during_drag: tasks over 50 ms on the main thread
 * during the engine-on drag (PerformanceObserver 'longtask').
 */
/* global window, requestAnimationFrame -- page.evaluate runs these functions inside the page */
import { freshPage, openApp } from '../lib/browser.mjs';
import { median, p95, round } from '../lib/stats.mjs';

/** 60 input heights swept down and up around 64, each one a change (a slider dragged to and fro). */
export function dragValues(count = 60, top = 64, span = 12) {
  const cycle = [...Array.from({ length: span }, (_, i) => top - 1 - i), ...Array.from({ length: span }, (_, i) => top - span + 1 + i)];
  return Array.from({ length: count }, (_, i) => cycle[i % cycle.length]);
}

/** In the page: the drag, its samples (ms) and the long tasks seen meanwhile. */
function drag(values) {
  const b = window.__bench;
  const longTasks = [];
  const obs = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  obs.observe({ type: 'longtask' });
  const samples = [];
  return new Promise((resolve) => {
    let i = 0;
    let t0 = 0;
    let frames = 0;
    const tick = () => {
      if (frames === 2) samples.push(performance.now() - t0);
      if (frames % 3 === 0) {
        if (i === values.length) {
          obs.disconnect();
          return resolve({ samples, longTasks });
        }
        t0 = performance.now();
        b.setControl('Input height', values[i++]);
      }
      frames = (frames + 1) % 3;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(() => {
      frames = 0;
      requestAnimationFrame(tick);
    });
  });
}

async function oneDrag(browser, url, engineOff) {
  let page;
  if (engineOff) {
    page = await freshPage(browser);
    await page.addInitScript(() => (window.padlabBenchNoEngine = true));
    await page.goto(url);
    await page.locator('[data-testid="output-shape"]').waitFor({ timeout: 60_000 });
  } else page = await openApp(browser, url);
  await page.waitForTimeout(1500); // start-up work (engine warm-up) done, as for interaction.p95_ms
  const r = await page.evaluate(drag, dragValues());
  const backend = await page.locator('[data-testid="backend"]').textContent();
  await page.context().close();
  return { ...r, backend };
}

export async function measureDrag(browser, url) {
  const on = await oneDrag(browser, url, false);
  const off = await oneDrag(browser, url, true);
  const onP95 = p95(on.samples);
  return {
    metrics: {
      'interaction.drag_p95_ms': round(onP95, 1),
      'interaction.drag_p50_ms': round(median(on.samples), 1),
      'interaction.drag_ratio_to_no_engine': round(onP95 / p95(off.samples), 2),
      'main_thread.long_tasks_during_drag': on.longTasks.length,
    },
    info: {
      changes: on.samples.length,
      backend: on.backend,
      no_engine_p50_ms: round(median(off.samples), 1),
      no_engine_p95_ms: round(p95(off.samples), 1),
      max_ms: round(Math.max(...on.samples), 1),
      long_tasks_ms: on.longTasks.map((d) => round(d, 0)),
      no_engine_long_tasks: off.longTasks.length,
    },
  };
}
