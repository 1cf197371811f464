/**
 * Pooling golden cases (golden/pool2d.json: PyTorch 1.13 and a numpy
 * reference of design.md) opened as links: the page's padded grid (null
 * where a cell does not count) and the TensorFlow.js output (null for −∞)
 * through the DOM contract, on WebGL and on the CPU fallback; and each limit
 * as an alert quoting the framework's words.
 */
import { expect, test } from '@playwright/test';
import { poolCaseQuery, poolGoldenCases, type PoolGoldenCase } from '../src/testing/poolGolden';
import { AppPage } from './pages/app';

/** The contract's JSON for a pool: null where a cell does not count, or where the output is −∞. */
type Grid = (number | null)[][][];
const flat = (v: Grid) => v.flat(2);

const valid = poolGoldenCases.filter((c) => c.expect);
const removes = (c: PoolGoldenCase) => c.expect!.removed.some(Boolean);
const hangsOver = (c: PoolGoldenCase) => c.expect!.overhang.some((o) => o > 0);
const dilated = (c: PoolGoldenCase) => c.dilation.some((d) => d > 1);
const readsOnlyPadding = (c: PoolGoldenCase) => c.expect!.out.includes(null);
const hasPadding = (c: PoolGoldenCase) => c.expect!.pads.some((p) => p > 0);

/** One sample per behaviour (about six per operation): the first case of the golden file that shows it. */
const SAMPLES: readonly [string, (c: PoolGoldenCase) => boolean][] = [
  ['max, PyTorch, floor', (c) => c.op === 'maxpool' && c.source === 'torch' && !c.ceil && hasPadding(c) && c.channels > 1],
  ['max, ceil window hanging past the padding', (c) => c.op === 'maxpool' && hangsOver(c) && c.source === 'torch' && hasPadding(c) && !dilated(c)],
  ['max, a ceil window removed by the last-window rule', (c) => c.op === 'maxpool' && removes(c)],
  ['max, TF same', (c) => c.op === 'maxpool' && c.pad === 'same' && c.channels > 1],
  ['max, dilated with stride', (c) => c.op === 'maxpool' && dilated(c) && c.stride.some((s) => s > 1) && c.ceil],
  ['max, a window of padding only (−∞)', (c) => c.op === 'maxpool' && readsOnlyPadding(c) && dilated(c)],
  ['avg, count_include_pad=True at the border', (c) => c.op === 'avgpool' && c.source === 'torch' && c.cip && !c.ceil && c.pad.toString() === '1,1,1,1'],
  ['avg, count_include_pad=False', (c) => c.op === 'avgpool' && c.source === 'torch' && !c.cip && !c.ceil && hasPadding(c)],
  ['avg, ceil overhang not counted, padding counted', (c) => c.op === 'avgpool' && c.cip && hangsOver(c) && c.source === 'torch' && hasPadding(c)],
  ['avg, a ceil window removed by the last-window rule', (c) => c.op === 'avgpool' && removes(c)],
  ['avg, TF same divides by the real cells', (c) => c.op === 'avgpool' && c.pad === 'same' && c.cip && c.stride.some((s) => s > 1)],
  ['avg, asymmetric pads (numpy reference)', (c) => c.op === 'avgpool' && Array.isArray(c.pad) && c.framework === 'keras' && !c.cip],
];

function sample(label: string, wanted: (c: PoolGoldenCase) => boolean): PoolGoldenCase {
  const c = valid.find(wanted);
  if (!c) throw new Error(`no pooling golden case shows: ${label}`);
  return c;
}

/** Float32 headroom: halves in, so only an average's one division rounds. */
function tolerance(c: PoolGoldenCase): number {
  return 1e-5 * Math.max(1, ...c.expect!.out.filter((v): v is number => v !== null).map(Math.abs));
}

for (const [label, wanted] of SAMPLES) {
  const c = sample(label, wanted);
  test(`shows PyTorch's pooling through the DOM contract: ${label} (${c.name})`, async ({ page }, testInfo) => {
    const e = c.expect!;
    const app = new AppPage(page);
    await app.goto(poolCaseQuery(c));
    await expect(app.alert()).toHaveCount(0);
    await expect(app.notices()).toHaveCount(0);
    await expect(app.outputShape()).toHaveText(`${e.outShape[1]}×${e.outShape[2]}`);

    const padded = await app.padded();
    expect(padded.pads).toEqual(e.pads);
    expect(padded.shape).toEqual(e.paddedShape);
    expect(flat(padded.values as Grid)).toEqual(e.padded);

    const out = await app.output();
    expect(out.backend).toBe(testInfo.project.name === 'cpu' ? 'cpu' : 'webgl');
    expect(out.shape).toEqual(e.outShape);
    const got = flat(out.values as Grid);
    expect(got.map((v) => v === null)).toEqual(e.out.map((v) => v === null));
    got.forEach((v, i) => {
      const want = e.out[i];
      if (v !== null && want !== null && want !== undefined) expect(Math.abs(v - want)).toBeLessThanOrEqual(tolerance(c));
    });
    expect(out.maxAbsDiff).toBeLessThanOrEqual(tolerance(c));
  });
}

for (const code of ['pool-pad', 'pool-dilation', 'empty-output', 'pool-empty-window'] as const) {
  const c = poolGoldenCases.find((g) => g.error?.code === code);
  if (!c) throw new Error(`no pooling golden case is refused with ${code}`);
  test(`refuses a pooling layer with the framework's words: ${code} (${c.name})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.goto(poolCaseQuery(c));
    for (const words of c.error!.words) await expect(app.alert()).toContainText(words);
    await expect(page.getByTestId('padded-json')).toHaveCount(0);
  });
}
