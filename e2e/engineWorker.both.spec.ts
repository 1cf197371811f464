/**
 * The engine in its Web Worker (engine/worker): results are right on WebGL
 * (webgl project) and on the CPU backend (cpu project) through the worker,
 * equal to the main thread's, and the page falls back to the main thread,
 * saying so, when the worker cannot start; Keras layers run there too (no
 * tfjs on the page at all), and a worker that stops is replaced.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { BridgePage } from './pages/bridge';
import { engineOnMainThread } from './helpers/webglContexts';

const QUERY = 'in=9x8&c=2&f=2&k=3x2&s=2x1&mode=reflect&x=random&w=random';

test('can compute in the worker, matching the reference and the main thread', async ({ page, browser }, testInfo) => {
  const app = new AppPage(page);
  await app.goto(QUERY);
  const inWorker = await app.output();
  expect(inWorker.backend).toBe(testInfo.project.name === 'cpu' ? 'cpu' : 'webgl');
  expect(inWorker.maxAbsDiff).toBeLessThan(1e-4);
  await expect(app.backend()).toContainText('(worker)');
  expect(page.workers().length).toBeGreaterThan(0);
  // The tensor count comes from the worker: nothing left alive after the run.
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.liveTensors)).toBe('0');

  const other = await browser.newPage();
  await engineOnMainThread(other);
  const main = new AppPage(other);
  await main.goto(QUERY);
  const onMain = await main.output();
  await expect(main.backend()).toContainText('(main thread: asked to run on the main thread)');
  expect(onMain.backend).toBe(inWorker.backend);
  expect(onMain.values).toEqual(inWorker.values);
  await other.close();
});

test('runs on the main thread, and says so, when the worker cannot start', async ({ page }, testInfo) => {
  await page.route(/engineWorker/, (route) => route.abort());
  const app = new AppPage(page);
  await app.goto(QUERY);
  const out = await app.output();
  expect(out.backend).toBe(testInfo.project.name === 'cpu' ? 'cpu' : 'webgl');
  expect(out.maxAbsDiff).toBeLessThan(1e-4);
  await expect(app.backend()).toContainText('(main thread');
});

test('keeps up with a quick run of changes: the last one is shown', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=6x6');
  await app.output();
  const size = app.control('Input height');
  for (const n of [7, 8, 9, 10, 11, 12]) await size.fill(String(n));
  await app.expectUrlToContain('in=12x12');
  await expect.poll(async () => (await app.output()).shape).toEqual([1, 12, 12]);
});

test('keeps tfjs off the page: the grid and the Keras layers both run in the worker', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.goto('in=7x6&k=3x3&pad=1,0,2,1&mode=reflect&x=random&w=random');
  await app.output();
  const text = await new BridgePage(page).runKeras();
  expect(text).toContain('agree with the engine');
  expect(text).toContain(testInfo.project.name === 'cpu' ? 'on cpu' : 'on webgl');
  // tfjs keeps its engine on the global scope: there is none on the page, one in the worker.
  expect(await page.evaluate(() => '_tfengine' in globalThis)).toBe(false);
  const inWorker = await Promise.all(page.workers().map((w) => w.evaluate(() => '_tfengine' in globalThis)));
  expect(inWorker).toContain(true);
});

test('starts a new worker when the engine worker stops, and the results stay right', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto(QUERY);
  const before = await app.output();
  const [worker] = page.workers();
  if (!worker) throw new Error('no engine worker');
  const next = page.waitForEvent('worker');
  // An uncaught error inside the worker, as a bug in its code would throw.
  await worker.evaluate(() => void setTimeout(() => {
    throw new Error('test crash');
  }));
  await next;
  await expect(app.backend()).toContainText('(worker)');
  const after = await app.output();
  expect(after.values).toEqual(before.values);
  await app.control('Padding mode').selectOption('circular');
  await app.expectUrlToContain('mode=circular');
  const circular = await app.output();
  expect(circular.maxAbsDiff).toBeLessThan(1e-4);
  expect(circular.values).not.toEqual(before.values);
});
