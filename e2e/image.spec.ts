/**
 * Image mode through the DOM: a sample picture through all six padding modes
 * on WebGL; an uploaded PNG gives the pixels of the exact reference
 * convolution, per channel; bad files give a clear alert and keep the picture.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEFAULT_CONFIG, PAD_MODES, type Config, type PadSpec } from '../src/core';
import { derivePlan } from '../src/core';
import { randomIntegers } from '../src/core';
import { referenceConv } from '../src/core';
import { ImagePage, encodePng } from './pages/image';
import { loseWorkerWebglContext } from './helpers/webglContexts';

test('can run the sample picture through all six padding modes on WebGL', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  for (const mode of PAD_MODES) await expect(app.result(mode)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const json = await app.ready();
  expect(json.backend).toBe('webgl');
  expect(json.source?.shape).toEqual([512, 512, 3]);
  expect(json.out).toEqual([512, 512]);
  expect(Object.keys(json.results).sort()).toEqual([...PAD_MODES].sort());
  for (const mode of PAD_MODES) expect(json.results[mode]?.shape).toEqual([512, 512, 3]);
  // cval is 0 by default, so constant is zeros; the mirrors differ from zeros at the border.
  expect(json.results.constant?.hash).toBe(json.results.zeros?.hash);
  expect(json.results.reflect?.hash).not.toBe(json.results.zeros?.hash);
  expect(json.results.reflect?.hash).not.toBe(json.results.circular?.hash);
  await expect(page.getByTestId('image-output-shape')).toHaveText('512×512');
  await expect(page.getByTestId('image-diff-max')).toContainText('max |Δ|');
});

test('switching Border to explicit keeps the pads of the picture and its own kernel (it used to set 8,8,8,8)', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  // The sample's default kernel is a 9×9 box: SAME pads 4 on every side, whatever the grid view's 3×3 kernel.
  expect((await app.ready()).pads).toEqual([4, 4, 4, 4]);
  await page.getByLabel('Border', { exact: true }).selectOption('explicit');
  await expect.poll(() => page.url()).toContain('pad=4,4,4,4');
  expect((await app.ready()).pads).toEqual([4, 4, 4, 4]);
});

const W = 7;
const H = 6;
const PIXELS = randomIntegers(W * H * 3, 0, 255, 42);
const KERNEL = { text: '1 0 -1; 2 0.5 -2', h: 2, w: 3, values: [1, 0, -1, 2, 0.5, -2] };
const PAD: PadSpec = { kind: 'explicit', top: 2, bottom: 1, left: 3, right: 0 };

test('gives the exact reference pixels, per channel, for an uploaded PNG under every mode', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto('pad=2,1,3,0&s=1x2&cval=40');
  await app.ready();
  await app.chooseKernel('Custom…');
  await app.typeCustomKernel(KERNEL.text);
  const name = 'tiny <b>bold</b>.png';
  await app.upload(name, 'image/png', encodePng(W, H, PIXELS));
  const json = await app.ready(name);
  // The name is shown as text, never as HTML.
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  expect(await page.locator('.image-view b').count()).toBe(0);
  expect(json.source?.values).toEqual(PIXELS);
  expect(json.kernel).toMatchObject({ h: KERNEL.h, w: KERNEL.w, values: KERNEL.values });
  for (const mode of PAD_MODES) {
    const got = json.results[mode];
    expect(got?.complete, mode).toBe(true);
    for (let c = 0; c < 3; c++) {
      const config: Config = {
        ...DEFAULT_CONFIG,
        input: { h: H, w: W },
        kernel: { h: KERNEL.h, w: KERNEL.w },
        stride: { h: 1, w: 2 },
        pad: PAD,
        mode,
        cval: 40,
        x: { kind: 'values', values: PIXELS.filter((_, i) => i % 3 === c) },
        w: { kind: 'values', values: KERNEL.values },
      };
      const plan = derivePlan(config);
      if (!plan.ok) throw new Error(plan.message);
      expect(got?.shape).toEqual([plan.h.out, plan.w.out, 3]);
      const want = referenceConv(plan);
      want.forEach((v, i) => expect(Math.abs((got?.values[i * 3 + c] ?? NaN) - v), `${mode} c=${c} i=${i}`).toBeLessThan(1e-3));
    }
  }
});

test('explains a text file, an empty file, a truncated PNG and a corrupt PNG, and keeps the picture', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  const before = await app.ready();
  const png = encodePng(W, H, PIXELS);

  await app.upload('notes.txt', 'text/plain', Buffer.from('not a picture at all\n'));
  await expect(app.fileAlert()).toContainText('“notes.txt” is not an image');

  await app.upload('empty.png', 'image/png', Buffer.alloc(0));
  await expect(app.fileAlert()).toContainText('“empty.png” is empty (0 bytes)');

  await app.upload('cut.png', 'image/png', png.subarray(0, Math.floor(png.length / 2)));
  await expect(app.fileAlert()).toContainText('“cut.png” looks like a PNG file but it is cut short');

  // Damaged pixel data: Chromium would decode it into garbage, the chunk checksum says it is corrupt.
  const corrupt = Buffer.from(png);
  corrupt.fill(0xab, 41, corrupt.length - 16);
  await app.upload('garbage.png', 'image/png', corrupt);
  await expect(app.fileAlert()).toContainText('“garbage.png” is a corrupt PNG file: the checksum of its IDAT chunk does not match');

  // Well-formed chunks, impossible header (bit depth 3 for RGB): the browser's decoder refuses it.
  await app.upload('depth3.png', 'image/png', encodePng(W, H, PIXELS, 3));
  await expect(app.fileAlert()).toContainText('“depth3.png” could not be decoded as a PNG image');

  // Nothing froze: the earlier picture and its results are still there, and a good file still loads.
  expect((await app.json()).source?.hash).toBe(before.source?.hash);
  await expect(app.result('reflect')).toHaveAttribute('data-state', 'ready');
  await app.upload('good.png', 'image/png', png);
  await app.ready('good.png');
  await expect(app.fileAlert()).toHaveCount(0);
});

test('shows why a mode cannot pad a small picture that far, and runs the others', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto('pad=8,8,8,8');
  await app.ready();
  await app.upload('small.png', 'image/png', encodePng(W, H, PIXELS));
  const json = await app.ready('small.png');
  // 7x6 picture, 8 pixels per side: reflect allows n-1, symmetric and circular n.
  expect(json.invalid).toEqual({ reflect: 'reflect-limit', symmetric: 'symmetric-limit', circular: 'circular-limit' });
  expect(Object.keys(json.results).sort()).toEqual(['constant', 'replicate', 'zeros']);
  await expect(app.result('reflect')).toHaveAttribute('data-state', 'invalid');
  // One polite line names every mode that cannot run; the cards themselves are not alerts each.
  await expect(app.result('reflect')).not.toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('image-view-status')).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('image-view-status')).toHaveText('3 modes cannot run with these settings (reflect, symmetric, circular): their cards say why.');
  await expect(app.result('reflect')).toContainText('Reflect padding is limited to 5');
  await expect(app.result('replicate')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.image-diff')).toContainText('reflect cannot run with these settings');
});

test('can take a picture from the clipboard (paste) and from a drop', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  const png = encodePng(W, H, PIXELS);
  await app.deliver('paste', 'clip.png', 'image/png', png);
  expect((await app.ready('clip.png')).source).toMatchObject({ origin: 'paste', values: PIXELS });
  await app.deliver('drop', 'dropped.png', 'image/png', png);
  expect((await app.ready('dropped.png')).source).toMatchObject({ origin: 'file', values: PIXELS });
  await app.deliver('drop', 'dropped.txt', 'text/plain', Buffer.from('hello'));
  await expect(app.fileAlert()).toContainText('“dropped.txt” is not an image');
});

test('continues on the CPU backend with the reason when the WebGL context is lost', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  await app.upload('small.png', 'image/png', encodePng(W, H, PIXELS));
  const before = await app.ready('small.png');
  expect(before.backend).toBe('webgl');
  // The engine runs in its worker (engine/worker).
  expect(await loseWorkerWebglContext(page)).toBe(true);
  // Another kernel size, then back: both computed after the loss.
  await app.kernelSize().fill('3');
  await expect(page.getByTestId('image-backend')).toContainText('WebGL context was lost', { timeout: 15_000 });
  await app.ready('small.png');
  await app.kernelSize().fill('9');
  await expect.poll(async () => (await app.json()).kernel).toMatchObject({ h: 9 });
  const after = await app.ready('small.png');
  expect(after.backend).toBe('cpu');
  for (const mode of PAD_MODES) {
    const a = after.results[mode]?.values ?? [];
    const b = before.results[mode]?.values ?? [];
    expect(a.length).toBe(b.length);
    a.forEach((v, i) => expect(Math.abs(v - (b[i] ?? NaN)), `${mode} ${i}`).toBeLessThan(1e-3));
  }
});

test('scales a picture wider than 2048 pixels down, with a notice', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  const w = 3000;
  const h = 4;
  await app.upload('wide.png', 'image/png', encodePng(w, h, randomIntegers(w * h * 3, 0, 255, 1)));
  const json = await app.ready('wide.png');
  expect(json.source?.shape).toEqual([3, 2048, 3]);
  await expect(app.notice()).toContainText('scaled down to 2048×3');
});

test('can download a result as a PNG', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto();
  await app.ready();
  const { name, bytes } = await app.download('reflect');
  expect(name).toMatch(/^padlab-test-card-.*-box-9.9-reflect\.png$/);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('stays accessible with a file error, a kernel error and modes that cannot run', async ({ page }) => {
  const app = new ImagePage(page);
  await app.goto('pad=8,8,8,8');
  await app.ready();
  await app.upload('small.png', 'image/png', encodePng(W, H, PIXELS));
  await app.ready('small.png');
  await app.upload('notes.txt', 'text/plain', Buffer.from('hello'));
  await expect(app.fileAlert()).toBeVisible();
  await app.chooseKernel('Custom…');
  await app.typeCustomKernel('1 2; 3');
  await expect(page.getByTestId('kernel-error')).toContainText('Row 2 has 1 number but row 1 has 2');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
