/**
 * The compare view from links and clicks, "solve for a size", and sharing
 * (copy link, hide= for a class). Expectations are computed here from the
 * pure core, independently of the page.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_CONFIG, derivePlan, referenceOf, type Config } from '../src/core';
import { parseQuery } from '../src/state/urlCodec';
import { ComparePage } from './pages/compare';

/** Output shape and filter-0 (a pool: channel-0) values of a config, from the core's reference. */
function reference(c: Config) {
  const plan = derivePlan(c);
  if (!plan.ok) throw new Error(plan.message);
  return { rows: plan.h.out, cols: plan.w.out, values: referenceOf(plan).slice(0, plan.h.out * plan.w.out) };
}

/** The first cell (row-major over the overlap) where A and B differ, or null. */
function firstDifference(a: Config, b: Config) {
  const ra = reference(a);
  const rb = reference(b);
  for (let row = 0; row < Math.min(ra.rows, rb.rows); row++)
    for (let col = 0; col < Math.min(ra.cols, rb.cols); col++) {
      const va = ra.values[row * ra.cols + col]!;
      const vb = rb.values[row * rb.cols + col]!;
      if (va !== vb) return { row, col, a: va, b: vb };
    }
  return null;
}

const k4 = { ...DEFAULT_CONFIG, kernel: { h: 4, w: 4 } };
const compareLink = (b: string) => `view=compare&pad=same&k=4&b=${encodeURIComponent(b)}`;

test('can show from a link that TF SAME and explicit 1,2,1,2 give identical outputs', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto(compareLink('pad=1,2,1,2&k=4&fw=torch'));
  const b: Config = { ...k4, pad: { kind: 'explicit', top: 1, bottom: 2, left: 1, right: 2 }, framework: 'torch' };
  expect(firstDifference(k4, b)).toBeNull();
  await expect(app.shape('a')).toHaveText('5×5');
  await expect(app.shape('b')).toHaveText('5×5');
  await expect(app.pads('b')).toHaveText('1, 2, 1, 2');
  await expect(app.firstDiff()).toContainText('Identical');
  expect((await app.json()).identical).toBe(true);
});

test('can show from a link where PyTorch padding=2 differs from TF SAME (k=4)', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto(compareLink('pad=2,2,2,2&k=4&fw=torch'));
  const b: Config = { ...k4, pad: { kind: 'explicit', top: 2, bottom: 2, left: 2, right: 2 }, framework: 'torch' };
  const first = firstDifference(k4, b)!;
  expect(first).not.toBeNull();
  await expect(app.shape('a')).toHaveText('5×5');
  await expect(app.shape('b')).toHaveText('6×6');
  await expect(app.summary()).toContainText('Shapes differ: 5×5 vs 6×6 — compare the overlapping top-left 5×5');
  await expect(app.firstDiff()).toContainText(`row ${first.row}, column ${first.col}`);
  await expect(app.firstDiff()).toContainText(`A = ${first.a}, B = ${first.b}`);
  expect((await app.json()).first).toEqual(first);
});

test("shows B's notices when its link has bad values", async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto(compareLink('k=99&pad=zzz'));
  await expect(page.getByTestId('compare-notices-b')).toContainText('pad');
  await expect(app.shape('b')).toBeVisible();
});

test('can show TF SAME vs PyTorch padding=k//2 in one click: a one-cell shift for an even kernel', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('k=4&pad=valid');
  await app.tfSameVsTorch().click();
  await app.expectUrlToContain('view=compare');
  await expect(app.pads('a')).toHaveText('1, 2, 1, 2');
  await expect(app.pads('b')).toHaveText('2, 2, 2, 2');
  await expect(app.shift()).toContainText('1 row down and 1 column right');
  expect((await app.json()).shift).toEqual({ dy: 1, dx: 1 });
});

test("can show Keras Conv2DTranspose 'same' vs PyTorch's usual port in one click: the same size, one cell shifted", async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('in=4&op=convt&s=2');
  await app.kerasSameVsTorchTransposed().click();
  await app.expectUrlToContain('view=compare');
  // full = (4−1)·2 + 3 = 9; Keras same: 8, crops ⌊1/2⌋ = 0 first; PyTorch padding=1, output_padding=1: 9 + 1 − 2 = 8, crops 1 first.
  await expect(app.shape('a')).toHaveText('8×8');
  await expect(app.shape('b')).toHaveText('8×8');
  await expect(app.shift()).toContainText('1 row up and 1 column left');
});

/** The stem pool both pooling comparisons use from here: 3×3, stride 2. */
const pool = (n: number, patch: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, input: { h: n, w: n }, kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, ...patch });

test('can show PyTorch MaxPool2d ceil_mode=True vs TF MaxPooling2D SAME in one click: other sizes, other windows from the corner', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('in=6&op=maxpool&s=2');
  await app.maxPoolCeilVsTfSame().click();
  await app.expectUrlToContain('view=compare');
  // A: ⌈(6 + 2 − 3)/2⌉ + 1 = 4 (the 4th window starts at 6 < 6 + 1); B: TF SAME ⌈6/2⌉ = 3, P = 2·2 + 3 − 6 = 1 → pads 0,1.
  await expect(app.shape('a')).toHaveText('4×4');
  await expect(app.shape('b')).toHaveText('3×3');
  await expect(app.pads('a')).toHaveText('1, 1, 1, 1');
  await expect(app.pads('b')).toHaveText('0, 1, 0, 1');
  await expect(app.summary()).toContainText('Shapes differ: 4×4 vs 3×3');
  // Ramp 1..36: A's corner window holds rows/cols 0..1 (padding never wins) → 8; B's rows/cols 0..2 → 15.
  const a = pool(6, { op: 'maxpool', pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, framework: 'torch', ceil: true });
  const b = pool(6, { op: 'maxpool', pad: { kind: 'same' } });
  expect(firstDifference(a, b)).toEqual({ row: 0, col: 0, a: 8, b: 15 });
  await expect(app.firstDiff()).toContainText('row 0, column 0');
  await expect(app.firstDiff()).toContainText('A = 8, B = 15');
  await expect(app.side('a')).toContainText('ceil_mode=True');
});

test('can show PyTorch AvgPool2d count_include_pad=True vs TF AveragePooling2D SAME in one click: the same windows, other divisors at the border', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto(compareLink('in=5'));
  await app.avgPoolCipVsTfSame().click();
  // in=5: TF SAME pads 1,1 (P = 2·2 + 3 − 5 = 2), as PyTorch's padding=1: both 3×3 over the same windows.
  await expect(app.shape('a')).toHaveText('3×3');
  await expect(app.shape('b')).toHaveText('3×3');
  await expect(app.pads('b')).toHaveText('1, 1, 1, 1');
  // Corner: x[0..1][0..1] = 1 + 2 + 6 + 7 = 16; PyTorch divides by 9, TF by the 4 real cells.
  const a = pool(5, { op: 'avgpool', pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, framework: 'torch' });
  const b = pool(5, { op: 'avgpool', pad: { kind: 'same' }, cip: false });
  expect(firstDifference(a, b)).toEqual({ row: 0, col: 0, a: 16 / 9, b: 4 });
  await expect(app.firstDiff()).toContainText('row 0, column 0');
  await expect(app.firstDiff()).toContainText('A = 1.778, B = 4');
  // Every border cell differs (a window with padding: 9 against 4 or 6 cells); the centre's window is all input.
  const delta = await app.deltaCells();
  expect(delta.map((t) => t !== '0')).toEqual([true, true, true, true, false, true, true, true, true]);
  await expect(app.side('b')).toContainText('divides by the real cells');
});

test('can edit B and swap A and B', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto(compareLink('k=4'));
  await app.editor('B').getByLabel('Border').selectOption('valid');
  await expect(app.shape('b')).toHaveText('2×2');
  await app.expectUrlToContain('b=v=1&k=4x4&pad=valid');
  await app.swap().click();
  await expect(app.shape('a')).toHaveText('2×2');
  await expect(app.shape('b')).toHaveText('5×5');
});

test('can solve for a size: every link gives the asked shape, and following one shows it', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('in=7x7&k=3');
  await app.solveFor(4, 3);
  const links = app.solveLinks();
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    const plan = derivePlan(parseQuery(href).state.config);
    expect(plan.ok && [plan.h.out, plan.w.out], href).toEqual([4, 3]);
  }
  await app.solveList(/^Rows/).getByTestId('solve-link').first().click();
  await expect(app.outputShape()).toHaveText('4×3');
  await app.solveFor(2, 6);
  await app.solveList(/^Columns/).getByRole('button', { name: /^Apply/ }).first().click();
  await expect(app.outputShape()).toHaveText('2×6');
});

test('can solve for a pool size with ceil_mode: MaxPool2d(3, 2, padding=1) on 56 gives 28, ceil_mode=True gives 29', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('in=56&op=maxpool&s=2&pad=1,1,1,1&fw=torch');
  // ⌊(56 + 2 − 3)/2⌋ + 1 = 28; ⌈55/2⌉ + 1 = 29, its last window starting at 56 < 57.
  await expect(app.outputShape()).toHaveText('28×28');
  await app.solveFor(29, 29);
  const rows = app.solveList(/^Rows/);
  await expect(rows.getByRole('listitem').first()).toContainText('pad 1 each side, stride 2, ceil_mode=True');
  await expect(rows.getByRole('listitem').first()).toContainText('ceil_mode=True gives 29 where floor gives 28');
  await rows.getByRole('button', { name: /^Apply/ }).first().click();
  await expect(app.outputShape()).toHaveText('29×29');
  await app.expectUrlToContain('ceil=1');
});

test('can copy a link that reproduces the compare view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const app = new ComparePage(page);
  await app.goto(compareLink('pad=2,2,2,2&k=4&fw=torch'));
  const before = await app.json();
  await app.copyLink().click();
  await expect(app.shareStatus()).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`${baseURL}/?`)).toBe(true);
  const again = new ComparePage(await context.newPage());
  await again.page.goto(copied);
  await expect(again.shape('b')).toHaveText('6×6');
  expect(await again.json()).toEqual(before);
});

test('hides the controls named by hide=, and a teacher can choose them without editing the URL', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('hide=mode,pad');
  await expect(app.outputShape()).toHaveText('5×5');
  await expect(page.getByText('Padding mode', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Border', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Kernel height' })).toHaveCount(1);
  await app.openTeacher();
  await page.getByRole('checkbox', { name: 'k Kernel' }).check();
  await expect(page.getByRole('spinbutton', { name: 'Kernel height' })).toHaveCount(0);
  await app.expectUrlToContain('hide=k,pad,mode');
});

test('offers the link to copy by hand when the clipboard is refused', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const app = new ComparePage(page);
  await app.goto('k=5&mode=reflect');
  await app.copyLink().click();
  await expect(app.shareStatus()).toContainText('press Ctrl+C');
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  expect(await field.inputValue()).toBe(`${baseURL}/?v=1&k=5x5&mode=reflect`);
});

test('opens the compare view from the view switcher with B a copy of A that stays put', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('k=5&pad=valid');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(app.firstDiff()).toContainText('Identical');
  await app.expectUrlToContain('b=v=1&k=5x5&pad=valid');
  await app.editor('A').getByLabel('Border').selectOption('same');
  await expect(app.shape('a')).toHaveText('5×5');
  await expect(app.shape('b')).toHaveText('1×1');
});
