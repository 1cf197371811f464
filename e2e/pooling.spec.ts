/**
 * Pooling layers in the explorer (issue 14): the window ceil_mode adds,
 * hanging past the padding; a window PyTorch's last-window rule removes,
 * crossed out with the rule; max pooling's winners; average pooling's
 * divisors — through the DOM contract, the step-through and the hover lines.
 * Expected numbers come from the pure core, never from the page. Each test
 * leaves screenshots in $POOL_SHOTS (default /tmp/pool-shots) for a person
 * to look at.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { derivePlan, referenceOf, type Plan } from '../src/core';
import { parseQuery } from '../src/state/urlCodec';
import { PoolingPage } from './pages/pooling';

const SHOTS = process.env.POOL_SHOTS ?? '/tmp/pool-shots';
fs.mkdirSync(SHOTS, { recursive: true });

// Tall enough that the results panel fits: the sticky line under the grids then sits below it,
// over neither the screenshots nor the bottom rows a pointer aims at.
test.use({ viewport: { width: 1280, height: 1500 } });

function planOf(query: string): Plan {
  const plan = derivePlan(parseQuery(query).state.config);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

/** The core's reference output of a link, nested `[C][OH][OW]`, −∞ as null (JSON's way). */
function expectedOutput(query: string): (number | null)[][][] {
  const plan = planOf(query);
  const flat = referenceOf(plan).map((v) => (Number.isFinite(v) ? v : null));
  const { h, w } = plan;
  return Array.from({ length: plan.filters }, (_, f) => Array.from({ length: h.out }, (_, r) => flat.slice((f * h.out + r) * w.out, (f * h.out + r + 1) * w.out)));
}

/** tfjs computes in float32: each value within 1e-6 relative of the reference; −∞ (null) only where the reference has it. */
function expectClose(got: (number | null)[][][], want: (number | null)[][][]): void {
  const g = got.flat(2);
  const w = want.flat(2);
  expect(g).toHaveLength(w.length);
  w.forEach((v, i) => {
    if (v === null) expect(g[i], `value ${i}`).toBeNull();
    else expect(Math.abs((g[i] ?? NaN) - v), `value ${i}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
  });
}

const MAX_CEIL = 'op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1';

test('shows the window ceil_mode adds, hanging one cell past the padding, and never counts it', async ({ page }) => {
  const app = new PoolingPage(page);
  await app.goto(MAX_CEIL);
  await expect(app.outputShape()).toHaveText('4×4');
  // (8 − 3)/2 rounded up is 3, + 1 = 4 windows; the fourth starts at 6 < 6 + 1 and reaches 8.
  const padded = await app.padded();
  expect(padded.pads).toEqual([1, 1, 1, 1]);
  expect(padded.shape).toEqual([1, 9, 9]);
  expect(padded.values[0]![1]).toEqual([null, 1, 2, 3, 4, 5, 6, null, null]);
  expect(padded.values[0]![8]).toEqual(Array(9).fill(null));
  for (const axis of ['h', 'w'] as const) {
    await expect(app.ceilWindows(axis)).toHaveAttribute('data-removed', 'false');
    await expect(app.overhangNote(axis)).toContainText('hangs 1 cell past the padding (position 8); that cell never counts');
  }
  await expect(app.legend()).toContainText('past the padding');
  await expect(app.derivation()).toContainText('o = o′, since (o′−1)·s < n + pb: (4−1)·2 = 6 < 6 + 1, so o = 4');
  await expect(app.poolWindow()).toContainText('Max pooling window 3×3');
  await expect(app.grid('kernel')).toHaveCount(0);

  // The overhang cell in words, from the keyboard (the sticky line under the grids may cover the bottom row
  // for a pointer): the first arrow puts the cursor on (0, 0), then down 8 and right 3 to padded (8, 3).
  await app.grid('padded').focus();
  for (const key of ['ArrowDown', ...Array(8).fill('ArrowDown'), ...Array(3).fill('ArrowRight')]) await page.keyboard.press(key);
  await expect(app.info()).toHaveText(/^Overhang cell \(padded row 8, col 3\): past the padding.*never counts/);

  const out = await app.output();
  expect(out.shape).toEqual([1, 4, 4]);
  expect(out.values).toEqual(expectedOutput(MAX_CEIL));
  expect(out.maxAbsDiff).toBe(0);
  await app.shoot(SHOTS, 'ceil-window-max');
});

test('crosses out the window PyTorch removes, with the last-window rule and its numbers', async ({ page }) => {
  const app = new PoolingPage(page);
  const query = 'op=maxpool&in=5&k=3&s=3&pad=1,1,1,1&ceil=1&fw=torch';
  await app.goto(query);
  // Rounded up: ⌈(7 − 3)/3⌉ + 1 = 3 windows; the third would start at 6 ≥ 5 + 1, so 2 remain.
  await expect(app.outputShape()).toHaveText('2×2');
  for (const axis of ['h', 'w'] as const) {
    await expect(app.ceilWindows(axis)).toHaveAttribute('data-removed', 'true');
    await expect(app.ceilWindows(axis).getByRole('img')).toHaveAttribute('aria-label', /3 \w+ windows over positions 0–8, the last crossed out/);
    await expect(app.removedRule(axis)).toContainText('window 2 would start at 6 ≥ n + pb = 5 + 1');
    await expect(app.removedRule(axis)).toContainText('the last window would start past the input and the top/left padding');
  }
  await expect(app.derivation()).toContainText('o = o′ − 1, since (o′−1)·s ≥ n + pb: (3−1)·3 = 6 ≥ 5 + 1, so o = 2');
  await expect(app.warnings()).toContainText('drop it: 2 windows, not 3');
  // The last padded row is read by no window now: the legend says why.
  await expect(app.legend()).toContainText("1 row past the last window: ceil_mode's window 2, which would start at 6 ≥ n + pb = 5 + 1, was removed");
  expect((await app.padded()).shape).toEqual([1, 7, 7]);
  expect((await app.output()).values).toEqual(expectedOutput(query));
  await app.shoot(SHOTS, 'removed-window');
});

test('marks the winner of each max window: in the step-through, on the grid and in the hover line', async ({ page }) => {
  const app = new PoolingPage(page);
  await app.goto(MAX_CEIL);
  const step = app.step();
  const pool = app.poolStep();
  await expect(pool.expression).toHaveText('out[0, 0, 0] = max(−∞ (padding, never wins), −∞ (padding, never wins), −∞ (padding, never wins), −∞ (padding, never wins), 1, 2, −∞ (padding, never wins), 7, 8 (the winner)) = 8');
  await expect(pool.winner).toHaveText('8 (the winner)');
  await expect(step.dot).toHaveCount(0);
  await expect(step.reference).toHaveText('8');
  // The window fills the four input cells that can win, not the five −∞ padding cells.
  expect(await app.overlayFilled('padded')).toEqual(['1,1', '1,2', '2,1', '2,2']);

  // Step forward: window (0, 1) covers input rows 0–1, cols 1–3; 10 = input (1, 3) wins.
  await step.root.getByRole('button', { name: 'Step forward' }).click();
  await expect(pool.winner).toHaveText('10 (the winner)');
  await expect(pool.expression).toContainText('= 10');
  // The last window: input (5, 5) = 36 wins over 8 padding or overhang cells.
  await step.root.getByRole('button', { name: 'Last cell' }).click();
  await expect(pool.winner).toHaveText('36 (the winner)');
  await expect(pool.legend).toContainText('8 of 9 are padding (−∞), which never wins');

  await app.hoverCell('output', 1, 2);
  await expect(app.info()).toHaveText(
    'Output (row 1, col 2) = 24: the max of its window covers padded rows 2–4, cols 4–6 (9 taps, 9 counted); the winner is input (row 3, col 5) at padded (4, 6)',
  );
  await app.hoverCell('padded', 4, 6);
  await expect(app.info()).toHaveText(/^Input cell \(row 3, col 5\) at padded \(4, 6\) = 24; read by 4 windows; wins 2 windows$/);
  await expect(app.legend()).toContainText('corner flag: the cell wins at least one window');
  await step.root.getByRole('button', { name: 'First cell', exact: true }).click();
  await app.shoot(SHOTS, 'max-winners');
});

test("shows each average output cell's divisor and the cells it counted, with and without count_include_pad", async ({ page }) => {
  const app = new PoolingPage(page);
  const query = 'op=avgpool&in=5&k=3&s=2&pad=1,1,1,1&cip=0';
  await app.goto(query);
  await expect(app.outputShape()).toHaveText('3×3');
  const pool = app.poolStep();
  // Corner window: 4 input cells (1 + 2 + 6 + 7 = 16); cip=0 leaves the 5 padding cells out of the divisor.
  await expect(pool.divisor).toHaveText('4');
  await expect(pool.expression).toContainText('/ 4 = 16 / 4 = 4');
  await expect(pool.legend).toContainText('Divided by 4: the 4 cells of the window that count (count_include_pad=False: only input cells count). 5 of 9 do not count');
  expect(await app.overlayFilled('padded')).toEqual(['1,1', '1,2', '2,1', '2,2']);
  const padded = await app.padded();
  expect(padded.values[0]![0]).toEqual(Array(7).fill(null));
  expect(padded.values[0]![1]).toEqual([null, 1, 2, 3, 4, 5, null]);
  expectClose((await app.output()).values, expectedOutput(query));

  // The centre window reads input only: 9 cells.
  await app.step().scrub.fill('4');
  await expect(pool.divisor).toHaveText('9');
  await app.hoverCell('output', 0, 1);
  await expect(app.info()).toHaveText(/^Output \(row 0, col 1\) = 5\.5: the sum of its window covers padded rows 0–2, cols 2–4 \(9 taps, 6 counted\) divided by 6, the counted cells/);
  await app.shoot(SHOTS, 'avg-divisors-cip0');

  // count_include_pad=True: the padding counts as 0, so the corner divides by 9.
  await app.control('Count padding (count_include_pad)').check();
  // URL writes are throttled; cip=1 is the default, so the link drops the key.
  await expect.poll(() => app.query(), { timeout: 5_000 }).not.toContain('cip=');
  await app.step().scrub.fill('0');
  await expect(pool.divisor).toHaveText('9');
  await expect(pool.expression).toContainText('/ 9 = 16 / 9 = 1.778');
  expect(await app.overlayFilled('padded')).toHaveLength(9);
  expect((await app.padded()).values[0]![0]).toEqual(Array(7).fill(0));
  expectClose((await app.output()).values, expectedOutput(app.query()));
  await app.shoot(SHOTS, 'avg-divisors-cip1');
});

test('an average with ceil_mode divides the hanging window by its counted cells only', async ({ page }) => {
  const app = new PoolingPage(page);
  const query = 'op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1&step=15';
  await app.goto(query);
  // Window (3, 3) reads input (5, 5), three padding cells (counted) and five overhang cells (never): 36 / 4.
  await expect(app.poolStep().divisor).toHaveText('4');
  await expect(app.poolStep().expression).toContainText('= 36 / 4 = 9');
  expect(await app.overlayFilled('padded')).toEqual(['6,6', '6,7', '7,6', '7,7']);
  const padded = await app.padded();
  expect(padded.values[0]![1]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, null]);
  expectClose((await app.output()).values, expectedOutput(query));
  await app.shoot(SHOTS, 'ceil-window-avg');
});

test('a max window of padding only is −∞: written out, with no winner, and null in output-json', async ({ page }) => {
  const app = new PoolingPage(page);
  const query = 'op=maxpool&in=2x2&k=2&s=1&pad=2,2,2,2&x=1,2,3,4';
  await app.goto(query);
  await expect(app.outputShape()).toHaveText('5×5');
  await expect(app.poolStep().expression).toHaveText(
    'out[0, 0, 0] = max(−∞ (padding, never wins), −∞ (padding, never wins), −∞ (padding, never wins), −∞ (padding, never wins)) = −∞',
  );
  await expect(app.poolStep().winner).toHaveCount(0);
  await expect(app.step().reference).toHaveText('−∞');
  await expect(app.warnings()).toContainText('read only padding: max pooling gives −∞ there');
  const out = await app.output();
  expect(out.values[0]![0]![0]).toBeNull();
  expect(out.values[0]![2]![2]).toBe(4);
  expect(out.values).toEqual(expectedOutput(query));
  await app.shoot(SHOTS, 'max-padding-only');
});
