/**
 * Transposed, grouped and causal convolutions on the tfjs CPU backend in Node
 * against the golden vectors (golden/convt2d.json): every valid case through
 * `runPlan`, and the Keras/TF-rule transposed cases (same/valid, dilation 1,
 * groups 1) once more through tfjs's own `conv2dTranspose` with its own
 * 'same'/'valid' and the output shape the rule gives — an oracle for the
 * generator's TF arithmetic that shares nothing with Padlab's core.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePlan, maxAbsDiff, type Plan } from '../core';
import { convtCaseConfig, convtGoldenCases, type ConvtGoldenCase } from '../testing/convtGolden';
import { startBackend } from './backend';
import { liveTensors, runPlan } from './runPlan';

const valid = convtGoldenCases.filter((c) => c.expect);

/** Float32 headroom: halves in, so every product and sum is exact; a margin for the summation order only. */
function tolerance(c: ConvtGoldenCase): number {
  return 1e-5 * Math.max(1, ...c.expect!.out.map(Math.abs));
}

function planOf(c: ConvtGoldenCase): Plan {
  const plan = derivePlan(convtCaseConfig(c));
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

beforeAll(async () => {
  const info = await startBackend('cpu');
  expect(info.name).toBe('cpu');
});

describe('engine vs transposed, grouped and causal golden vectors (tfjs cpu)', () => {
  for (const c of valid) {
    it(c.name, async () => {
      const before = liveTensors();
      const r = await runPlan(planOf(c));
      expect(r.shape).toEqual(c.expect!.outShape);
      expect(maxAbsDiff(r.values, c.expect!.out)).toBeLessThanOrEqual(tolerance(c));
      expect(r.matches).toBe(true);
      expect(liveTensors()).toBe(before);
    });
  }
});

/** TF's rule in TF's own words: pad 'same'/'valid', no dilation (tfjs conv2dTranspose has none), no groups. */
const tfRule = valid.filter(
  (c): c is ConvtGoldenCase & { pad: 'same' | 'valid' } =>
    c.op === 'convt' && (c.pad === 'same' || c.pad === 'valid') && c.groups === 1 && c.dilation[0] === 1 && c.dilation[1] === 1,
);

/**
 * Output `F*OH*OW` of tfjs's own transposed convolution: the case's `C*H*W`
 * input as NHWC, PyTorch's `(C, F, KH, KW)` weight as tfjs's
 * `[KH, KW, F, C]`, and the output size the golden case says the rule gives.
 */
function tfConvTranspose(c: ConvtGoldenCase & { pad: 'same' | 'valid' }): { shape: number[]; values: Float32Array } {
  return tf.tidy(() => {
    const [H, W] = c.input;
    const [KH, KW] = c.kernel;
    const [F, OH, OW] = c.expect!.outShape;
    const x = tf.transpose(tf.tensor3d(c.x, [c.channels, H, W]), [1, 2, 0]);
    const filter = tf.transpose(tf.tensor4d(c.w, [c.channels, F, KH, KW]), [2, 3, 1, 0]) as tf.Tensor4D;
    const y = tf.conv2dTranspose(x, filter, [OH, OW, F], c.stride, c.pad);
    const chw = tf.transpose(y, [2, 0, 1]);
    return { shape: chw.shape, values: chw.dataSync() as Float32Array };
  });
}

describe("tfjs's own conv2dTranspose with 'same'/'valid' agrees with the generator's TF rule", () => {
  it('has TF-rule cases of both pad names, with and without output padding', () => {
    for (const pad of ['same', 'valid'] as const) {
      const cases = tfRule.filter((c) => c.pad === pad);
      expect(cases.filter((c) => c.opad.some((q) => q > 0)).length).toBeGreaterThanOrEqual(8);
      expect(cases.filter((c) => c.opad.every((q) => q === 0)).length).toBeGreaterThanOrEqual(8);
    }
  });

  for (const c of tfRule) {
    it(`tf.conv2dTranspose: ${c.name}`, () => {
      const before = liveTensors();
      const got = tfConvTranspose(c);
      expect(got.shape).toEqual(c.expect!.outShape);
      expect(maxAbsDiff(got.values, c.expect!.out)).toBeLessThanOrEqual(tolerance(c));
      expect(liveTensors()).toBe(before);
    });
  }
});
