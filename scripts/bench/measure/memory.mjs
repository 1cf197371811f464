/**
 * memory.*: 500 configuration changes through the controls, each waiting for
 * its tfjs result; live tfjs tensors (the engine client's read-only
 * `data-live-tensors` attribute on <html>) and the JS heap (CDP
 * Runtime.getHeapUsage after two forced collections) after minus before.
 */
/* global window, document -- page.evaluate and init scripts run these functions inside the page */
import { openApp } from '../lib/browser.mjs';
import { round } from '../lib/stats.mjs';

const CYCLES = [
  { label: 'Input height', values: [60, 61, 62, 63, 64] },
  { label: 'Border', values: ['valid', 'full', 'half', 'same'] },
  { label: 'Stride height', values: [2, 3, 1] },
  { label: 'Padding mode', values: ['reflect', 'circular', 'replicate', 'symmetric', 'zeros'] },
  { label: 'Input values', values: ['random', 'checker', 'ramp'] },
];

export function memoryChanges(count = 500) {
  return Array.from({ length: count }, (_, i) => {
    const c = CYCLES[i % CYCLES.length];
    const turn = Math.floor(i / CYCLES.length);
    return { label: c.label, value: c.values[turn % c.values.length] };
  });
}

async function settle(page, cdp) {
  await page.evaluate(async () => {
    await window.__bench.whenReady();
    await window.__bench.sleep(500);
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const tensors = await page.evaluate(() => Number(document.documentElement.dataset.liveTensors ?? NaN));
  return { heap: heap.usedSize, tensors };
}

export async function measureMemory(browser, url, count = 500) {
  const page = await openApp(browser, url);
  const cdp = await page.context().newCDPSession(page);
  await page.waitForTimeout(1500);
  const before = await settle(page, cdp);
  const timedOut = await page.evaluate(async (list) => {
    const b = window.__bench;
    let missed = 0;
    for (const change of list) {
      b.setControl(change.label, change.value);
      if (!Number.isFinite(await b.whenReady(10000))) missed++;
    }
    return missed;
  }, memoryChanges(count));
  const after = await settle(page, cdp);
  await page.context().close();
  return {
    metrics: {
      'memory.tensors_leaked': after.tensors - before.tensors,
      'memory.heap_growth_mb': round((after.heap - before.heap) / 2 ** 20, 2),
    },
    info: { changes: count, timed_out: timedOut, tensors_before: before.tensors, heap_before_mb: round(before.heap / 2 ** 20, 1) },
  };
}
