/**
 * Image mode's checkerboard tab through the DOM: the picture upsampled ×2 by
 * a transposed convolution with k=3 (not a multiple of the stride) beside
 * k=4 (a multiple), on WebGL, each with its overlap-count map; a flat picture
 * comes out as the overlap map itself; keyboard-usable tabs and controls;
 * screenshots in /tmp/cb-shots (looked at by hand).
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { focused, tabTo, tabWalk, unvisited } from './helpers/keyboard';
import { loseWorkerWebglContext } from './helpers/webglContexts';
import { ImagePage, encodePng } from './pages/image';

const SHOTS = '/tmp/cb-shots';

test.beforeAll(() => {
  fs.mkdirSync(SHOTS, { recursive: true });
});

test('can show the checkerboard of k=3 s=2 beside k=4 s=2, with overlap maps, on WebGL', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1300 });
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  await app.openCheckerboard();
  const json = await app.checkerboardReady();
  // The 512×512 sample, box-averaged 8×8 to the core's input limit, upsampled to n·s.
  expect(json.source).toMatchObject({ shape: [64, 64, 3], factor: 8 });
  expect(json.stride).toBe(2);
  const { uneven, even } = json.kernels!;
  expect(uneven).toMatchObject({ k: 3, s: 2, padding: 1, outputPadding: 1, out: [128, 128] });
  expect(even).toMatchObject({ k: 4, s: 2, padding: 1, outputPadding: 0, out: [128, 128] });
  // Taps per pixel: k=3 alternates 1 and 2 per axis (1, 2 or 4 in all); k=4 gets 2 per axis inside, 1 at the outermost row.
  expect(uneven.overlap).toEqual({ distinct: [1, 2, 4], interior: [1, 2, 4], rows: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2], cols: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2] });
  expect(even.overlap).toEqual({ distinct: [1, 2, 4], interior: [4], rows: [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], cols: [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] });
  for (const r of [uneven.result, even.result]) {
    expect(r?.backend).toBe('webgl');
    expect(r?.shape).toEqual([128, 128, 3]);
    expect(r?.maxAbsDiff).toBeLessThanOrEqual(r?.tolerance ?? 0);
  }
  for (const kind of ['uneven', 'even'] as const) {
    await expect(app.checkerboardResult(kind)).toHaveAttribute('data-state', 'ready');
    await expect(app.checkerboardResult(kind)).toHaveAttribute('role', 'img');
    await expect(app.checkerboardOverlap(kind)).toHaveAttribute('aria-label', /Overlap counts of the/);
    await expect(page.getByTestId(`checkerboard-check-${kind}`)).toContainText('max |Δ| vs the core');
  }
  await expect(page.getByTestId('checkerboard-explain-uneven')).toHaveText(
    'k=3 is not a multiple of s=2: output pixels get 1 or 2 taps per axis, so 1, 2 or 4 in all — the checkerboard (4× as many taps on some pixels as on others).',
  );
  await expect(page.getByTestId('checkerboard-explain-even')).toHaveText('k=4 is a multiple of s=2: every output pixel gets 2 taps per axis, 4 in all, away from the border — no checkerboard.');
  await expect(page.getByTestId('checkerboard-status')).toContainText('checked against the core');
  await page.getByRole('tabpanel', { name: 'Checkerboard (transposed convolution)' }).screenshot({ path: `${SHOTS}/test-card-s2.png` });
  await page.locator('figure[data-kind="uneven"]').screenshot({ path: `${SHOTS}/test-card-k3.png` });
  await page.locator('figure[data-kind="even"]').screenshot({ path: `${SHOTS}/test-card-k4.png` });

  await page.getByLabel('Sample', { exact: true }).selectOption('scene');
  await app.checkerboardReady('Landscape (photo-like)');
  await page.locator('.cb-cards').screenshot({ path: `${SHOTS}/scene-s2.png` });
});

test('turns a flat grey picture into the overlap map: 40, 80 and 160 under k=3, a flat 90 inside under k=4', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  await app.openCheckerboard();
  // 8×8 → 16×16 outputs: 256 pixels, small enough for every value in the JSON.
  await app.upload('grey.png', 'image/png', encodePng(8, 8, new Array(8 * 8 * 3).fill(90)));
  const { kernels } = await app.checkerboardReady('grey.png');
  const at = (values: number[], y: number, x: number) => Math.round(values[(y * 16 + x) * 3] ?? NaN);
  const k3 = kernels!.uneven.result!;
  const k4 = kernels!.even.result!;
  expect(k3.complete && k4.complete).toBe(true);
  // Odd rows and columns get 2 taps of 90·4/9 = 40, even ones 1.
  expect([at(k3.values, 5, 5), at(k3.values, 5, 6), at(k3.values, 6, 6)]).toEqual([160, 80, 40]);
  const inside = (values: number[]) => new Set(Array.from({ length: 8 * 8 }, (_, i) => at(values, 4 + Math.floor(i / 8), 4 + (i % 8))));
  expect([...inside(k3.values)].sort((a, b) => a - b)).toEqual([40, 80, 160]);
  expect([...inside(k4.values)]).toEqual([90]);
  await page.locator('.cb-cards').screenshot({ path: `${SHOTS}/grey-s2.png` });
});

test('can be used with the keyboard: tabs with arrow keys, stride and kernel sizes with native selects', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  const modes = app.tab('Padding modes');
  const checker = app.tab('Checkerboard (transposed convolution)');
  await tabTo(page, 'Padding modes');
  await page.keyboard.press('ArrowRight');
  await expect(checker).toBeFocused();
  await expect(checker).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Upsampling stride')).toBeVisible();
  await app.checkerboardReady();

  // Tab alone reaches every control of the tab, in reading order (the walk starts past the focused tab).
  await focused(page);
  const { stops } = await tabWalk(page);
  const names = stops.map((st) => st.name);
  expect(names.indexOf('Upsampling stride')).toBeGreaterThan(names.indexOf('Checkerboard (transposed convolution)'));
  expect(names.indexOf('Even kernel size')).toBeGreaterThan(names.indexOf('Uneven kernel size'));
  expect(await unvisited(page, '[data-testid="image-view"]')).toEqual([]);

  await tabTo(page, 'Upsampling stride');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Upsampling stride')).toHaveValue('3');
  let json = await app.checkerboardReady();
  expect(json.stride).toBe(3);
  expect(json.kernels?.uneven).toMatchObject({ k: 5, padding: 1, outputPadding: 0, out: [192, 192] });
  expect(json.kernels?.even).toMatchObject({ k: 6, out: [192, 192] });
  expect(json.kernels?.even.overlap?.interior).toEqual([4]);

  await tabTo(page, 'Uneven kernel size');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Uneven kernel size')).toHaveValue('4');
  json = await app.checkerboardReady();
  // k=4 at s=3: taps 1, 1, 2 per period on each axis.
  expect(json.kernels?.uneven).toMatchObject({ k: 4, padding: 1, outputPadding: 1 });
  expect(json.kernels?.uneven.overlap?.interior).toEqual([1, 2, 4]);
  expect(json.kernels?.uneven.result?.maxAbsDiff).toBeLessThanOrEqual(json.kernels?.uneven.result?.tolerance ?? 0);
  await page.locator('.cb-cards').screenshot({ path: `${SHOTS}/test-card-s3.png` });

  await tabTo(page, 'Checkerboard (transposed convolution)', { back: true });
  await page.keyboard.press('Home');
  await expect(modes).toBeFocused();
  await expect(modes).toHaveAttribute('aria-selected', 'true');
  await expect(app.result('reflect')).toBeVisible();
  await page.keyboard.press('End');
  await expect(checker).toHaveAttribute('aria-selected', 'true');
  // The choice is kept while the view is open.
  await expect(page.getByLabel('Upsampling stride')).toHaveValue('3');
});

test('runs the upsamplings again on the CPU backend when the WebGL context is lost', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  await app.openCheckerboard();
  const before = await app.checkerboardReady();
  expect(before.kernels?.uneven.result?.backend).toBe('webgl');
  // The upsamplings run in the engine's worker (engine/worker), with the rest of the engine.
  expect(await loseWorkerWebglContext(page)).toBe(true);
  // Whichever notices first (the context-lost event or a failing run), the tab's results come back from the CPU, the same.
  await expect.poll(async () => (await app.checkerboardReady()).kernels?.uneven.result?.backend, { timeout: 30_000 }).toBe('cpu');
  const after = await app.checkerboardReady();
  for (const kind of ['uneven', 'even'] as const) {
    // Not the hash: float32 on the GPU and the CPU may round a value near .5 to different bytes.
    const a = after.kernels?.[kind].result?.values ?? [];
    const b = before.kernels?.[kind].result?.values ?? [];
    expect(a.length).toBe(b.length);
    a.forEach((v, i) => expect(Math.abs(v - (b[i] ?? NaN)), `${kind} ${i}`).toBeLessThan(1e-3));
    expect(after.kernels?.[kind].result?.maxAbsDiff).toBeLessThanOrEqual(after.kernels?.[kind].result?.tolerance ?? 0);
  }
});

test('stays accessible on the checkerboard tab', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  await app.openCheckerboard();
  await app.checkerboardReady();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
