/**
 * Transposed convolution, groups and causal padding in the explorer
 * (issue 13): the two pictures behind one toggle (by mouse and by keyboard),
 * the step-through in each — output cells over the direct picture, input
 * cells' stamps in the scatter —, a crop drawn as such, the grouping drawn,
 * and a causal one-row input. Expected numbers come from the pure core,
 * never from the page. Each test leaves screenshots in $CONVT_SHOTS
 * (default /tmp/convt-shots) for a person to look at.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { derivePlan, nest, overlapCounts, paddedOf, referenceOf, stampAxis, type Plan } from '../src/core';
import { parseQuery } from '../src/state/urlCodec';
import { TransposedPage } from './pages/transposed';

const SHOTS = process.env.CONVT_SHOTS ?? '/tmp/convt-shots';
fs.mkdirSync(SHOTS, { recursive: true });

// Tall enough that the results panel fits: the sticky line under the grids sits below it.
test.use({ viewport: { width: 1280, height: 1600 } });

function planOf(query: string): Plan {
  const plan = derivePlan(parseQuery(query).state.config);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

/** tfjs computes in float32: each value within 1e-6 relative of the core's reference. */
function expectReference(got: number[][][], plan: Plan): void {
  const want = referenceOf(plan);
  const g = got.flat(2);
  expect(g).toHaveLength(want.length);
  want.forEach((v, i) => expect(Math.abs((g[i] ?? NaN) - v), `value ${i}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v))));
}

/** How the step-through prints a number: integers as they are, the hyphen-minus. */
const printed = (v: number) => String(v);

const PLAIN = 'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1&x=random&w=random&seed=2';
const CROPPED = 'op=convt&in=3&k=3&s=2&pad=3,3,3,3';

test('the direct picture: zeros inserted, the border, the kernel rotated 180°, the step-through over output cells', async ({ page }) => {
  const app = new TransposedPage(page);
  const plan = planOf(PLAIN);
  await app.goto(PLAIN);
  await expect(app.pictureRadio('As a direct convolution')).toBeChecked();
  await expect(app.outputShape()).toHaveText(`${plan.h.out}×${plan.w.out}`);

  // DOM contract: padded-json is the direct picture, output-json the layer's output.
  const padded = await app.padded();
  expect(padded.pads).toEqual([...plan.pads]);
  expect(padded.shape).toEqual([1, plan.h.padded, plan.w.padded]);
  expect(padded.values).toEqual(nest([...paddedOf(plan)], 1, plan.h.padded, plan.w.padded));
  const out = await app.output();
  expect(out.shape).toEqual([plan.filters, plan.h.out, plan.w.out]);
  expectReference(out.values, plan);

  await expect(app.legendLine('legend-inserted')).toContainText('s − 1 = 1 between rows');
  await expect(app.legendLine('legend-border')).toContainText('top 1 (ke − 1 − T = 3 − 1 − 1), bottom 2 (ke − 1 − B + q = 3 − 1 − 1 + 1)');
  await expect(app.kernelFigure()).toContainText('Kernel rotated 180°');
  await expect(app.page.getByTestId('kernel-rotated')).toContainText('tap (i, j) holds w[…, 2−i, 2−j]');
  // Picture cell (1, 2) is a zero inserted between input columns 0 and 1: amber, unlike the white input (1, 1) and the grey border (0, 0).
  const [ir, ig, ib] = await app.cellColour(app.grid('padded'), plan.w.padded, 1, 2);
  expect(ir - ib, 'inserted zero is amber').toBeGreaterThan(25);
  expect(ig).toBeGreaterThan(200);
  const [pr, , pb] = await app.cellColour(app.grid('padded'), plan.w.padded, 0, 0);
  expect(Math.abs(pr - pb), 'border is grey-blue, not amber').toBeLessThan(20);

  // The step-through walks output cells: the last one, by keyboard, with the core's value.
  const step = app.step();
  await expect(step.root.getByRole('heading', { level: 2 })).toHaveText('Step through the output');
  await app.focusBody();
  await page.keyboard.press('End');
  const last = plan.h.out * plan.w.out - 1;
  await app.expectUrlStep(last);
  await expect(step.window).toContainText('of the direct picture (stride 1×1 over the zero-inserted input, whose gaps are the layer\'s stride 2×2');
  await expect(step.reference).toHaveText(printed(referenceOf(plan)[last]!));
  await expect(step.dot).toContainText(`= ${printed(referenceOf(plan)[last]!)}`);
  await expect(step.root.locator('.dot-legend').first()).toContainText('zeros inserted between input cells');
  await app.shoot(SHOTS, 'direct');
});

test('the scatter, switched by keyboard: stamps onto the uncropped output, overlap counts, the step-through over input cells', async ({ page }) => {
  const app = new TransposedPage(page);
  const plan = planOf(PLAIN);
  await app.goto(`${PLAIN}&step=4`);
  await app.output();
  await app.pictureRadio('As a direct convolution').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.pictureRadio('As a scatter')).toBeChecked();
  await expect(app.pictureRadio('As a scatter')).toBeFocused();

  // The output drawn whole: full + q per axis, the kept block inside.
  const full = plan.transposed!.h.full + plan.transposed!.h.q;
  const figure = page.locator('figure', { has: app.scatterGrid('output') });
  await expect(figure.locator('.grid-dims')).toHaveText(`${full}×${full}`);
  await expect(figure).toContainText(`kept ${plan.h.out}×${plan.w.out} inside the thick outline`);
  await expect(app.legendLine('legend-crop')).toContainText("PyTorch's padding crops the output");
  await expect(app.kernelFigure()).not.toContainText('rotated');

  // Overlaps: the count of kept cell (1, 1) is the core's per-axis counts multiplied.
  await app.outputShows('Overlaps');
  await app.scatterGrid('output').scrollIntoViewIfNeeded();
  const box = (await app.scatterGrid('output').boundingBox())!;
  const cell = (box.width - 6 - 20) / full;
  const T = plan.transposed!.h.cropBefore;
  await page.mouse.move(box.x + 3 + 20 + (T + 1.5) * cell, box.y + 3 + 20 + (T + 1.5) * cell);
  const count = overlapCounts(plan, 'h')[1]! * overlapCounts(plan, 'w')[1]!;
  await expect(app.scatterInfo()).toContainText(`Output (row 1, col 1) of filter 0 = `);
  await expect(app.scatterInfo()).toContainText(`${count} stamps land here`);
  await app.unhover();

  // The step-through walks the 3×3 input; the URL's output step stays as it was.
  const stamp = app.stamp();
  await expect(stamp.heading).toHaveText('Step through the input (the scatter)');
  await app.focusBody();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(stamp.scrub).toHaveValue('1');
  await expect(stamp.scrub).toHaveAttribute('max', String(plan.h.n * plan.w.n - 1));
  await app.expectUrlStep(4);
  // Input (0, 1): its taps land on rows stampAxis(h, 0), cols stampAxis(w, 1); the ones outside 0..out−1 are cut.
  const rows = stampAxis(plan, 'h', 0).targets;
  const cols = stampAxis(plan, 'w', 1).targets;
  const inside = (t: number, n: number) => t >= 0 && t < n;
  const cut = rows.flatMap((r) => cols.map((c) => !(inside(r, plan.h.out) && inside(c, plan.w.out)))).filter(Boolean).length;
  await expect(stamp.rows).toHaveCount(plan.h.k * plan.w.k);
  await expect(stamp.cutRows).toHaveCount(cut);
  await expect(stamp.line).toContainText(`x[0, 0, 1] stamps w[0, 0] onto out[0]`);
  // The first kept target's sum is the core's output there.
  const first = rows.flatMap((r) => cols.map((c) => [r, c] as const)).find(([r, c]) => inside(r, plan.h.out) && inside(c, plan.w.out))!;
  const value = referenceOf(plan)[first[0] * plan.w.out + first[1]]!;
  await expect(stamp.sum).toContainText(`out[0, ${first[0]}, ${first[1]}] =`);
  await expect(stamp.reference).toHaveText(printed(value));
  await app.shoot(SHOTS, 'scatter');

  // Back by keyboard: the direct picture and its output walk, at the URL's step.
  await app.pictureRadio('As a scatter').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(app.pictureRadio('As a direct convolution')).toBeChecked();
  await expect(app.step().root.getByRole('heading', { level: 2 })).toHaveText('Step through the output');
  await expect(app.step().scrub).toHaveValue('4');
});

test('a crop is drawn as such: the cut input rows outside the direct picture, the cut output outside the kept one', async ({ page }) => {
  const app = new TransposedPage(page);
  const plan = planOf(CROPPED);
  await app.goto(CROPPED);
  const padded = await app.padded();
  expect(padded.pads).toEqual([-1, -1, -1, -1]);
  expect(padded.shape).toEqual([1, 3, 3]);
  expectReference((await app.output()).values, plan);
  await expect(app.grid('padded')).toHaveAttribute('aria-label', /it cuts 1 row off the top, 1 row off the bottom, 1 column off the left, 1 column off the right/);
  await expect(app.legendLine('legend-crop')).toContainText('1 row off the top');
  await expect(app.page.getByTestId('crop-note')).toContainText('✂ cropped T = 3: 1 row off the top; B = 3: 1 row off the bottom');
  await expect(app.derivation()).toContainText('pb = ke − 1 − T = 3 − 1 − 3 = −1 → 1 cell cropped');
  // Drawn 5×5: the 3×3 picture and a cut ring; the ring's top-left cell is red-hatched, the centre plain.
  const [r, g] = await app.cellColour(app.grid('padded'), 5, 0, 0);
  expect(r - g, 'cut cell is red').toBeGreaterThan(20);
  const [cr, cg, cb] = await app.cellColour(app.grid('padded'), 5, 2, 2);
  expect(Math.max(cr, cg, cb) - Math.min(cr, cg, cb), 'kept input cell is not red').toBeLessThan(40);
  await app.shoot(SHOTS, 'crop-direct');

  await app.showPicture('As a scatter');
  const full = plan.transposed!.h.full;
  await expect(page.locator('figure', { has: app.scatterGrid('output') }).locator('.grid-dims')).toHaveText(`${full}×${full}`);
  const [sr, sg] = await app.cellColour(app.scatterGrid('output'), full, 0, 0);
  expect(sr - sg, 'cut output cell is red').toBeGreaterThan(20);
  await app.shoot(SHOTS, 'crop-scatter');
});

test('groups are drawn: which channels feed which filters, depthwise named, the dot product skips the other groups', async ({ page }) => {
  const app = new TransposedPage(page);
  const query = 'op=conv&c=4&f=4&g=4&x=random&w=random';
  const plan = planOf(query);
  await app.goto(query);
  expectReference((await app.output()).values, plan);
  await expect(app.groupDiagram()).toContainText('4 groups — depthwise (g = C = F): each channel has its own filter');
  await expect(app.groupDiagram()).toContainText('group 2: channel 2 → filter 2');
  await app.pick('Filter', '2');
  await expect(app.filterReads()).toHaveText('filter 2 reads channel 2 (group 2 of 4)');
  const step = app.step();
  await expect(step.dot).toContainText('c2:');
  await expect(step.dot).not.toContainText('c0:');
  await expect(step.root.getByTestId('dot-skipped')).toContainText('does not read channels 0, 1, 3 (another group)');
  await expect(step.reference).toHaveText(printed(referenceOf(plan)[2 * plan.h.out * plan.w.out]!));
  // Another group's kernel is all zeros, said so.
  await app.pick('Input channel', '0');
  await expect(page.getByTestId('kernel-cross-group')).toContainText('filter 2 reads channel 2 (group 2 of 4), not channel 0');
  await app.shoot(SHOTS, 'groups-depthwise');

  const convt = 'op=convt&in=4&k=4&s=2&pad=same&c=2&f=4&g=2&x=random&w=random';
  await app.goto(convt);
  expectReference((await app.output()).values, planOf(convt));
  await expect(app.groupDiagram()).toContainText('group 1: channel 1 → filters 2–3');
  await app.showPicture('As a scatter');
  await app.pick('Filter', '3');
  await expect(app.stamp().line).toContainText('x[0, 0, 0] stamps w[0, 1] onto no cell of filter 3: channel 0 is in another group.');
  await app.pick('Input channel', '1');
  await expect(app.stamp().line).toContainText('x[1, 0, 0] stamps w[1, 1] onto out[3]');
  await app.shoot(SHOTS, 'groups-convt');
});

test('a causal one-row input: left padding only, output t reads inputs up to t, nothing cramped', async ({ page }) => {
  const app = new TransposedPage(page);
  const query = 'pad=causal&in=1x8&k=1x3&d=1x2';
  const plan = planOf(query);
  await app.goto(query);
  const padded = await app.padded();
  expect(padded.pads).toEqual([...plan.pads]);
  expect(padded.pads).toEqual([0, 0, 4, 0]);
  expectReference((await app.output()).values, plan);
  await expect(app.legendLine('legend-causal')).toContainText('ke − 1 = 4 zeros on the left, none on the right — output t reads inputs up to t');
  await app.focusBody();
  await page.keyboard.press('End');
  await expect(app.infoBlock()).toContainText('causal: output t = 7 reads inputs 3, 5, 7 — up to t, never a later one');
  await app.hoverCell('output', 0, 2);
  await expect(app.info()).toContainText('causal: output t = 2 reads inputs 0, 2 — up to t');
  await app.unhover();
  // Nothing cramped: the kernel caption takes at most three lines, and no two figures overlap.
  const caption = await app.kernelFigure().locator('figcaption').boundingBox();
  expect(caption!.height).toBeLessThan(3.5 * 18);
  const boxes = await Promise.all(['padded-grid', 'kernel-grid', 'output-grid'].map((id) => page.getByTestId(id).boundingBox()));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `grids ${i} and ${j} overlap`).toBe(false);
    }
  await app.shoot(SHOTS, 'causal');
});

/** axe's serious and critical violations, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds nothing serious in either picture of a grouped, cropped transposed convolution', async ({ page }) => {
  const app = new TransposedPage(page);
  await app.goto('op=convt&in=3&k=3&s=2&pad=3,1,1,3&c=2&f=2&g=2&x=random&w=random');
  await app.output();
  expect(await seriousViolations(page)).toEqual([]);
  await app.showPicture('As a scatter');
  await app.outputShows('Overlaps');
  expect(await seriousViolations(page)).toEqual([]);
});
