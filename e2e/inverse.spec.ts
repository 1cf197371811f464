/**
 * "Undo this layer": from a convolution whose floor drops a row, one click
 * (or Enter) opens the transposed convolution that gives its input size
 * back, saying why it needs output_padding; the link works in a new tab; the
 * way back returns. The WaveNet preset opens a causal layer and its stack.
 * The solver finds padding/output_padding for a transposed convolution.
 * Expected numbers come from the pure core, not from the page.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { derivePlan, effectiveKernel, inverseTransposed, referenceOf, solveSize, type Config, type Plan } from '../src/core';
import { formatQuery, parseQuery } from '../src/state/urlCodec';
import { InversePage } from './pages/inverse';

fs.mkdirSync('/tmp/inv-shots', { recursive: true });

function planOf(config: Config): Plan {
  const plan = derivePlan(config);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}
const configOf = (query: string): Config => parseQuery(query).state.config;

/** axe's serious and critical violations inside `selector`, one line each. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The core's reference output, nested `[F][OH][OW]`. */
function expectedOutput(plan: Plan): number[][][] {
  const flat = referenceOf(plan);
  const { h, w } = plan;
  return Array.from({ length: plan.filters }, (_, f) => Array.from({ length: h.out }, (_, r) => flat.slice((f * h.out + r) * w.out, (f * h.out + r + 1) * w.out)));
}

test('the inverse link of in=8 k=3 s=2 valid opens the transposed convolution that gives 8×8 back, with output_padding=1 and why', async ({ page }) => {
  const query = 'in=8&k=3&s=2&pad=valid';
  const conv = planOf(configOf(query));
  const inverse = inverseTransposed(conv);
  const back = planOf(inverse.config);
  expect([back.h.out, back.w.out]).toEqual([conv.h.n, conv.w.n]);

  const app = new InversePage(page);
  await app.goto(query);
  await expect(app.outputShape()).toHaveText(`${conv.h.out}×${conv.w.out}`);
  await expect(app.undoLink()).toHaveAttribute('href', `?${formatQuery({ config: inverse.config, view: parseQuery(query).state.view })}`);
  await expect(app.page.getByTestId('undo-layer')).toContainText(`gives ${back.h.out}×${back.w.out} back with output_padding=${inverse.dropped.h}`);

  await app.openWhy();
  const h = conv.h;
  await expect(app.undoWhy()).toContainText(
    `Rows: floor dropped ${inverse.dropped.h} row ((n + pb + pa − ke) mod s = (${h.n} + ${h.before} + ${h.after} − ${h.ke}) mod ${h.s} = ${inverse.dropped.h}), so output_padding = ${inverse.dropped.h}.`,
  );
  const t = back.transposed!.h;
  await expect(app.torchLine()).toHaveText(
    `nn.ConvTranspose2d(${back.channels}, ${back.filters}, ${back.config.kernel.h}, stride=${t.stride}, padding=${t.cropBefore}, output_padding=${t.q})`,
  );
  await app.shot('inverse-why', app.page.locator('.results-head'));

  // Keyboard: Enter on the link applies the inverse in place; focus stays on the link, now the way back.
  await app.undoLink().focus();
  await page.keyboard.press('Enter');
  await expect(app.outputShape()).toHaveText(`${back.h.out}×${back.w.out}`);
  await app.expectUrlToContain('op=convt');
  await app.expectUrlToContain(`opad=${inverse.dropped.h}x${inverse.dropped.w}`);
  expect((await app.padded()).pads).toEqual([...back.pads]);
  expect((await app.output()).values).toEqual(expectedOutput(back));
  await expect(app.undoLink()).toBeFocused();
  await expect(app.undoLink()).toHaveText(/^Way back/);
  await app.shot('inverse-convt');

  // The way back is a plain click: the convolution again, floor dropping the row output_padding added.
  await app.undoLink().click();
  await expect(app.outputShape()).toHaveText(`${conv.h.out}×${conv.w.out}`);
  await expect.poll(() => app.query()).not.toContain('op=');
});

test('the inverse link opens in a new tab as a link of its own', async ({ page, context }) => {
  const app = new InversePage(page);
  await app.goto('in=8&k=3&s=2&pad=valid');
  const href = await app.undoLink().getAttribute('href');
  const back = planOf(configOf(href!));
  const tab = new InversePage(await context.newPage());
  await tab.page.goto(new URL(href!, page.url()).toString());
  await expect(tab.outputShape()).toHaveText(`${back.h.out}×${back.w.out}`);
  expect((await tab.output()).values).toEqual(expectedOutput(back));
  // The original tab is untouched.
  await expect(app.outputShape()).toHaveText('3×3');
});

test('the WaveNet preset opens in=1x16 k=1x2 causal and its stack: dilations 1, 2, 4, 8, receptive field 2, 4, 8, 16; a row opens its layer', async ({ page }) => {
  const app = new InversePage(page);
  await app.goto();
  await app.preset('wavenet').click();
  await app.expectUrlToContain('in=1x16&k=1x2&pad=causal');
  const first = configOf(app.query());
  await expect(app.outputShape()).toHaveText(`${planOf(first).h.out}×${planOf(first).w.out}`);

  // Expected rows from the core: each layer's left pad from its Plan, the field 1 + Σ(ke − 1).
  let rf = 1;
  const expected = [1, 2, 4, 8].map((d, i) => {
    const plan = planOf({ ...first, dilation: { h: 1, w: d } });
    const ke = effectiveKernel(first.kernel.w, d);
    rf += ke - 1;
    return [i === 0 ? 'Layer 1 (this one)' : `Layer ${i + 1}`, d, ke, plan.w.before, plan.w.out, rf].map(String);
  });
  expect(expected.map((r) => r[5])).toEqual(['2', '4', '8', '16']);
  await expect.poll(() => app.stackTable()).toEqual(expected);
  await app.shot('wavenet-stack', app.stack());

  // Nothing to solve for causal padding, and the solver says so.
  await app.solveFor(1, 16);
  await expect(app.solveCausal()).toContainText(`pads ke − 1 = ${planOf(first).w.before} on the left`);

  await app.stackLink('Layer 3').click();
  await app.expectUrlToContain('d=1x4');
  const third = planOf({ ...first, dilation: { h: 1, w: 4 } });
  expect((await app.padded()).pads).toEqual([...third.pads]);
  expect((await app.output()).values).toEqual(expectedOutput(third));
  await expect(app.stack().locator('[aria-current="true"]')).toContainText('Layer 3 (this one)');
  await app.shot('wavenet-layer3');
});

test('the solver finds padding and output_padding for a transposed convolution: in=16 k=4 s=2 -> 33 rows', async ({ page }) => {
  const query = 'op=convt&in=16&k=4&s=2&pad=1,1,1,1';
  const wanted = { h: 33, w: 32 };
  const first = solveSize(configOf(query), wanted).h[0]!;
  const app = new InversePage(page);
  await app.goto(query);
  await app.solveFor(wanted.h, wanted.w);
  const rows = app.solveList(/^Rows/);
  await expect(rows.getByTestId('solve-link').first()).toHaveText(`padding ${first.h.before}, output_padding ${first.h.q}`);
  await app.shot('solve-convt', app.page.getByTestId('solve-panel'));
  await rows.getByRole('button', { name: /^Apply/ }).first().click();
  await expect(app.outputShape()).toHaveText(`${wanted.h}×${wanted.w}`);
  await app.expectUrlToContain(`opad=${first.config.opad.h}x${first.config.opad.w}`);
});

test('axe finds nothing serious in the undo line, its why, the presets and the causal stack', async ({ page }) => {
  const app = new InversePage(page);
  await app.goto('in=8&k=3&s=2&pad=same');
  await app.openWhy();
  // TF SAME pads 0/1 here: the inverse crops asymmetrically, and the why says how PyTorch slices.
  await expect(app.undoWhy()).toContainText('The crops are asymmetric');
  expect(await seriousViolations(page, '.results-head')).toEqual([]);
  await app.shot('inverse-asymmetric', app.page.locator('.results-head'));
  await app.preset('wavenet').click();
  await expect(app.stack()).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="presets"]')).toEqual([]);
  expect(await seriousViolations(page, '[data-testid="causal-stack"]')).toEqual([]);
});
