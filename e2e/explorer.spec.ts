/**
 * The explorer through the DOM contract: default view, every pad spec and
 * mode against the PyTorch golden vectors, shared links, invalid and clamped
 * links, and the WebGL backend.
 */
import { expect, test } from '@playwright/test';
import { goldenCases } from '../src/testing/golden';
import { goldenQuery } from './goldenQuery';
import { AppPage } from './pages/app';

const flat = (v: number[][][]) => v.flat(2);

test('can show the default view: 5x5 ramp, same padding, 5x5 output on WebGL', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(app.outputShape()).toHaveText('5×5');
  const padded = await app.padded();
  expect(padded.pads).toEqual([1, 1, 1, 1]);
  expect(padded.shape).toEqual([1, 7, 7]);
  const out = await app.output();
  expect(out.backend).toBe('webgl');
  expect(out.maxAbsDiff).toBe(0);
  await expect(app.backend()).toHaveText(/webgl/);
  // Centre of a ones-kernel over the ramp 1..25: 7+8+9+12+13+14+17+18+19.
  expect(out.values[0]![2]![2]).toBe(117);
  await expect(app.derivation()).toContainText('⌈5/1⌉');
});

// One golden case per (pad spec, mode) pair, from real PyTorch/numpy.
const picked = new Map<string, (typeof goldenCases)[number]>();
for (const c of goldenCases) {
  if (!c.expect || !c.exact) continue;
  const spec = typeof c.pad === 'string' ? c.pad : c.pad[0] === c.pad[1] && c.pad[2] === c.pad[3] ? 'explicit' : 'explicit-asym';
  const key = `${spec}/${c.mode}`;
  if (!picked.has(key) && c.x.length <= 400) picked.set(key, c);
}

for (const [key, c] of picked) {
  test(`shows the right padded values and output for ${key}: ${c.name}`, async ({ page }) => {
    const app = new AppPage(page);
    await app.goto(goldenQuery(c));
    const padded = await app.padded();
    expect(padded.pads).toEqual(c.expect!.pads);
    expect(padded.shape).toEqual(c.expect!.paddedShape);
    expect(flat(padded.values)).toEqual(c.expect!.padded);
    const out = await app.output();
    expect(out.shape).toEqual(c.expect!.outShape);
    const scale = Math.max(1, ...c.expect!.out.map(Math.abs));
    flat(out.values).forEach((v, i) => expect(Math.abs(v - c.expect!.out[i]!)).toBeLessThanOrEqual(1e-5 * scale));
    await expect(app.outputShape()).toHaveText(`${c.expect!.outShape[1]}×${c.expect!.outShape[2]}`);
  });
}

test('can reproduce a shared link exactly, including the step', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.goto('in=7x6&k=3x2&s=2x1&d=1x2&pad=1,0,2,1&mode=circular&fw=torch&x=random&seed=9&w=sobel-x&step=3');
  const first = { padded: await app.padded(), out: await app.output() };
  await app.control('Padding mode').selectOption('replicate');
  await app.expectUrlToContain('mode=replicate');
  const shared = page.url();
  const replicate = { padded: await app.padded(), out: await app.output() };
  expect(replicate.padded.values).not.toEqual(first.padded.values);

  const other = new AppPage(await context.newPage());
  await other.page.goto(shared);
  expect(await other.padded()).toEqual(replicate.padded);
  expect((await other.output()).values).toEqual(replicate.out.values);
  expect(other.query()).toContain('step=3');
});

test('an invalid configuration shows an alert with the reason, and the page keeps working', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=3x3&pad=3,0,0,0&mode=reflect');
  await expect(app.alert()).toContainText('Reflect padding is limited to 2 cells per side');
  await expect(page.getByTestId('padded-json')).toHaveCount(0);
  await app.control('Padding mode').selectOption('replicate');
  await expect(app.alert()).toHaveCount(0);
  expect((await app.padded()).pads).toEqual([3, 0, 0, 0]);
});

test('a hand-edited link is clamped with a status notice, never a blank page', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('k=99&mode=<b>mirror</b>&zoom=2');
  await expect(app.notices()).toContainText('k=99 is outside 1..15');
  await expect(app.notices()).toContainText('Unknown mode=<b>mirror</b>');
  await expect(app.notices()).toContainText('Ignored unknown setting "zoom"');
  await expect(page.locator('b', { hasText: 'mirror' })).toHaveCount(0);
  await expect(app.outputShape()).toHaveText('5×5');
});

test('changing a control updates shape, derivation and URL', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=6x6');
  await app.control('Border').selectOption('valid');
  await app.control('Stride height').fill('2');
  await expect(app.outputShape()).toHaveText('2×2');
  await expect(app.derivation()).toContainText('⌊(6 − 3)/2⌋ + 1');
  await app.expectUrlToContain('s=2x2');
  await app.expectUrlToContain('pad=valid');
  await expect(page.getByTestId('warnings')).toContainText('floor drops the last 1 padded');
});
