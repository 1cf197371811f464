/**
 * Transposed, grouped and causal golden cases (golden/convt2d.json: PyTorch
 * 1.13 conv_transpose2d / conv2d) opened as links: the page's padded grid —
 * for a transposed convolution the direct picture (zeros inserted, a border
 * that is negative where it crops) — and the TensorFlow.js output through the
 * DOM contract, on WebGL and on the CPU fallback; and each limit as an alert
 * quoting the framework's words.
 */
import { expect, test } from '@playwright/test';
import { convtCaseQuery, convtGoldenCases, type ConvtGoldenCase } from '../src/testing/convtGolden';
import { AppPage } from './pages/app';

const valid = convtGoldenCases.filter((c) => c.expect);
const convt = (c: ConvtGoldenCase) => c.op === 'convt';
const explicit = (c: ConvtGoldenCase) => Array.isArray(c.pad);
const withQ = (c: ConvtGoldenCase) => c.opad.some((q) => q > 0);
const strided = (c: ConvtGoldenCase) => c.stride.some((s) => s > 1);
const dilated = (c: ConvtGoldenCase) => c.dilation.some((d) => d > 1);
const depthwise = (c: ConvtGoldenCase) => c.groups > 1 && c.groups === c.channels && c.groups === c.filters;
const pastFull = (c: ConvtGoldenCase) => (c.expect!.transposed?.crop ?? [0, 0, 0, 0]).some((v) => v < 0);
const bordersOf = (c: ConvtGoldenCase) => c.expect!.pads;
const cropsSomething = (c: ConvtGoldenCase) => Array.isArray(c.pad) && c.pad.some((p) => p > 0);

/** One sample per behaviour: the first valid case of the golden file that shows it. */
const SAMPLES: readonly [string, (c: ConvtGoldenCase) => boolean][] = [
  ['convt, PyTorch padding=p with stride 2', (c) => convt(c) && c.framework === 'torch' && strided(c) && !withQ(c) && c.groups === 1 && cropsSomething(c) && bordersOf(c).every((p) => p >= 0)],
  ['convt, PyTorch output_padding', (c) => convt(c) && c.framework === 'torch' && withQ(c) && strided(c) && !dilated(c)],
  ['convt, asymmetric crops (ONNX pads)', (c) => convt(c) && c.framework === 'onnx' && explicit(c) && bordersOf(c).every((p) => p >= 0)],
  ['convt, crop past ke−1: negative border before', (c) => convt(c) && explicit(c) && (bordersOf(c)[0] < 0 || bordersOf(c)[2] < 0) && strided(c)],
  ['convt, negative border after only', (c) => convt(c) && explicit(c) && bordersOf(c)[0] >= 0 && bordersOf(c)[2] >= 0 && (bordersOf(c)[1] < 0 || bordersOf(c)[3] < 0)],
  ['convt, Keras same at stride 2', (c) => convt(c) && c.pad === 'same' && !withQ(c) && c.stride.every((s) => s === 2)],
  ['convt, Keras same with output_padding', (c) => convt(c) && c.pad === 'same' && withQ(c)],
  ['convt, Keras valid past the uncropped output', (c) => convt(c) && c.pad === 'valid' && pastFull(c)],
  ['convt, Keras valid with output_padding', (c) => convt(c) && c.pad === 'valid' && withQ(c)],
  ['convt, ONNX SAME_LOWER', (c) => convt(c) && c.pad === 'same-lower' && strided(c)],
  ['convt, output padding the dilation allows (q ≥ s, q < d)', (c) => convt(c) && c.opad.some((q, i) => q >= c.stride[i]!)],
  ['convt, depthwise', (c) => convt(c) && depthwise(c) && strided(c)],
  ['convt, groups with a channel multiplier', (c) => convt(c) && c.groups > 1 && c.filters !== c.channels],
  ['conv, groups 2 of 4 channels', (c) => !convt(c) && c.groups === 2 && c.channels === 4 && c.pad !== 'causal' && c.kernel.every((k) => k > 1)],
  ['conv, depthwise with stride', (c) => !convt(c) && depthwise(c) && strided(c) && c.pad !== 'causal'],
  ['conv, grouped TF same', (c) => !convt(c) && c.groups > 1 && c.pad === 'same' && c.kernel.every((k) => k > 1)],
  ['conv, grouped with reflect padding', (c) => !convt(c) && c.groups > 1 && c.mode === 'reflect'],
  ['conv, causal WaveNet layer (d = 4)', (c) => c.pad === 'causal' && c.dilation[1] === 4 && c.kernel[1] === 2],
  ['conv, causal with groups', (c) => c.pad === 'causal' && c.groups > 1],
  ['conv, causal with stride 2', (c) => c.pad === 'causal' && c.stride[1] === 2 && c.kernel[1] > 1],
];

function sample(label: string, wanted: (c: ConvtGoldenCase) => boolean): ConvtGoldenCase {
  const c = valid.find(wanted);
  if (!c) throw new Error(`no transposed golden case shows: ${label}`);
  return c;
}

/** Float32 headroom: halves in, so every product and sum is exact; a margin for the summation order only. */
function tolerance(c: ConvtGoldenCase): number {
  return 1e-5 * Math.max(1, ...c.expect!.out.map(Math.abs));
}

for (const [label, wanted] of SAMPLES) {
  const c = sample(label, wanted);
  test(`shows PyTorch's layer through the DOM contract: ${label} (${c.name})`, async ({ page }, testInfo) => {
    const e = c.expect!;
    const app = new AppPage(page);
    await app.goto(convtCaseQuery(c));
    await expect(app.alert()).toHaveCount(0);
    await expect(app.notices()).toHaveCount(0);
    await expect(app.outputShape()).toHaveText(`${e.outShape[1]}×${e.outShape[2]}`);

    const padded = await app.padded();
    expect(padded.pads).toEqual(e.pads);
    expect(padded.shape).toEqual(e.paddedShape);
    expect(padded.values.flat(2)).toEqual(e.padded);

    const out = await app.output();
    expect(out.backend).toBe(testInfo.project.name === 'cpu' ? 'cpu' : 'webgl');
    expect(out.shape).toEqual(e.outShape);
    const got = out.values.flat(2);
    expect(got).toHaveLength(e.out.length);
    got.forEach((v, i) => expect(Math.abs(v - (e.out[i] ?? NaN))).toBeLessThanOrEqual(tolerance(c)));
    expect(out.maxAbsDiff).toBeLessThanOrEqual(tolerance(c));
  });
}

/** One refusal per limit; output padding twice, as PyTorch's rule (q < s or q < d) and Keras' (q < s, same/valid). */
const LIMITS: readonly [string, (c: ConvtGoldenCase) => boolean][] = [
  ['convt-pad', (c) => c.error?.code === 'convt-pad'],
  ['convt-mode', (c) => c.error?.code === 'convt-mode'],
  ['groups', (c) => c.error?.code === 'groups' && convt(c)],
  ['opad (PyTorch)', (c) => c.error?.code === 'opad' && explicit(c)],
  ['opad (Keras)', (c) => c.error?.code === 'opad' && (c.pad === 'same' || c.pad === 'valid')],
  ['empty-output', (c) => c.error?.code === 'empty-output'],
];

for (const [label, wanted] of LIMITS) {
  const c = convtGoldenCases.find(wanted);
  if (!c) throw new Error(`no transposed golden case is refused with ${label}`);
  test(`refuses a transposed layer with the framework's words: ${label} (${c.name})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.goto(convtCaseQuery(c));
    for (const words of c.error!.words) await expect(app.alert()).toContainText(words);
    await expect(page.getByTestId('padded-json')).toHaveCount(0);
  });
}
