/**
 * Pooling on the tfjs CPU backend in Node against the golden vectors
 * (golden/pool2d.json): every valid case through `runPlan`, and the TF-rule
 * cases (same/valid, no dilation, no ceil) once more through tfjs's own
 * `maxPool`/`avgPool` with its own 'same'/'valid' — an oracle for the
 * generator's TF arithmetic that shares nothing with Padlab's core.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePlan, maxAbsDiff, type Plan } from '../core';
import { poolCaseConfig, poolGoldenCases, withNegInfinity, type PoolGoldenCase } from '../testing/poolGolden';
import { startBackend } from './backend';
import { liveTensors, runPlan } from './runPlan';

const valid = poolGoldenCases.filter((c) => c.expect);

/** Float32 headroom: the values are halves, so only an average's one division rounds. */
function tolerance(c: PoolGoldenCase): number {
  const finite = c.expect!.out.filter((v): v is number => v !== null);
  return 1e-5 * Math.max(1, ...finite.map(Math.abs));
}

function planOf(c: PoolGoldenCase): Plan {
  const plan = derivePlan(poolCaseConfig(c));
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

beforeAll(async () => {
  const info = await startBackend('cpu');
  expect(info.name).toBe('cpu');
});

describe('engine vs pooling golden vectors (tfjs cpu)', () => {
  for (const c of valid) {
    it(c.name, async () => {
      const before = liveTensors();
      const r = await runPlan(planOf(c));
      expect(r.shape).toEqual(c.expect!.outShape);
      expect(maxAbsDiff(r.values, withNegInfinity(c.expect!.out))).toBeLessThanOrEqual(tolerance(c));
      expect(r.matches).toBe(true);
      expect(liveTensors()).toBe(before);
    });
  }
});

/** TF's rule in TF's own words: pad 'same'/'valid', dense windows, floor rounding. */
const tfRule = valid.filter(
  (c): c is PoolGoldenCase & { pad: 'same' | 'valid' } =>
    typeof c.pad === 'string' && !c.ceil && c.dilation[0] === 1 && c.dilation[1] === 1,
);

/** Output `C*OH*OW` of tfjs's own pooling, from the case's `C*H*W` input (NHWC in between). */
function tfPool(c: PoolGoldenCase & { pad: 'same' | 'valid' }): { shape: number[]; values: Float32Array } {
  return tf.tidy(() => {
    const [H, W] = c.input;
    const x = tf.expandDims<tf.Tensor4D>(tf.transpose(tf.tensor3d(c.x, [c.channels, H, W]), [1, 2, 0]), 0);
    const k: [number, number] = c.kernel;
    const s: [number, number] = c.stride;
    const y = c.op === 'maxpool' ? tf.maxPool(x, k, s, c.pad) : tf.avgPool(x, k, s, c.pad);
    const chw = tf.transpose(tf.squeeze<tf.Tensor3D>(y, [0]), [2, 0, 1]);
    return { shape: chw.shape, values: chw.dataSync() as Float32Array };
  });
}

describe("tfjs's own maxPool/avgPool with 'same'/'valid' agree with the generator's TF rule", () => {
  it('has TF-rule cases of both operations and both pad names', () => {
    for (const op of ['maxpool', 'avgpool'] as const) {
      for (const pad of ['same', 'valid'] as const) {
        expect(tfRule.filter((c) => c.op === op && c.pad === pad).length).toBeGreaterThanOrEqual(8);
      }
    }
  });

  for (const c of tfRule) {
    it(`tf.${c.op === 'maxpool' ? 'maxPool' : 'avgPool'}: ${c.name}`, () => {
      const got = tfPool(c);
      expect(got.shape).toEqual(c.expect!.outShape);
      expect(maxAbsDiff(got.values, withNegInfinity(c.expect!.out))).toBeLessThanOrEqual(tolerance(c));
    });
  }
});
