/**
 * The pooling path of the engine on the tfjs CPU backend in Node, at the
 * corners the random property may miss: windows of padding only (−∞), a ceil
 * window that PyTorch's rule removes although it would fit, dilation with
 * stride (tfjs's pool refuses both), and tfjs's own pooling with TF's rules.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Config, type Plan } from '../core';
import { startBackend } from './backend';
import { liveTensors, runPlan } from './runPlan';

const plan = (c: Partial<Config>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...c });
  if (!p.ok) throw new Error(p.message);
  return p;
};
const sq = (n: number) => ({ h: n, w: n });
const pads = (t: number, b: number, l: number, r: number) => ({ kind: 'explicit' as const, top: t, bottom: b, left: l, right: r });

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('pooling on tfjs', () => {
  it('max over windows of padding only gives −∞, as PyTorch (pads 3 around a 3×3, k=2 s=2)', async () => {
    const r = await runPlan(plan({ op: 'maxpool', input: sq(3), kernel: sq(2), stride: sq(2), pad: pads(3, 3, 3, 3) }));
    expect(r.shape).toEqual([1, 4, 4]);
    // Row 0 reads padded rows 0–1, all padding: −∞ everywhere; ramp 1..9 gives 1 at padded (3,3).
    expect(Array.from(r.values.slice(0, 4))).toEqual([-Infinity, -Infinity, -Infinity, -Infinity]);
    expect(r.values[5]).toBe(1);
    expect(r.matches).toBe(true);
  });

  it('a ceil window removed by the last-window rule is dropped even where tfjs would fit it (in=3 k=2 s=1 pads after 2)', async () => {
    // np = 5, ⌈(5−2)/1⌉+1 = 4 windows, but the 4th starts at 3 ≥ n + pb = 3: removed, 3 remain.
    const r = await runPlan(plan({ op: 'avgpool', input: sq(3), kernel: sq(2), stride: sq(1), pad: pads(0, 2, 0, 2), ceil: true }));
    expect(r.shape).toEqual([1, 3, 3]);
    expect(r.matches).toBe(true);
  });

  it('dilated max pooling with stride runs (tfjs refuses both in one pool) and matches the reference', async () => {
    const r = await runPlan(plan({ op: 'maxpool', input: sq(9), kernel: sq(3), stride: sq(2), dilation: sq(2), pad: pads(1, 1, 1, 1), ceil: true }));
    expect(r.matches).toBe(true);
  });

  it('TF SAME pooling gives what tfjs maxPool/avgPool give with pad "same" (its own rule: real cells only)', async () => {
    for (const op of ['maxpool', 'avgpool'] as const) {
      const p = plan({ op, input: { h: 5, w: 6 }, channels: 2, kernel: sq(3), stride: sq(2), pad: { kind: 'same' }, x: { kind: 'preset', preset: 'random' } });
      const r = await runPlan(p);
      const x = tf.transpose(tf.tensor4d(p.input as number[], [1, 2, 5, 6]), [0, 2, 3, 1]) as tf.Tensor4D;
      const y = op === 'maxpool' ? tf.maxPool(x, 3, 2, 'same') : tf.avgPool(x, 3, 2, 'same');
      const expected = tf.transpose(y, [0, 3, 1, 2]);
      const want = Array.from(await expected.data());
      tf.dispose([x, y, expected]);
      expect(r.shape).toEqual([2, 3, 3]);
      Array.from(r.values).forEach((v, i) => expect(v).toBeCloseTo(want[i] ?? NaN, 5));
    }
  });

  it('leaves no tensor behind', async () => {
    const before = liveTensors();
    await runPlan(plan({ op: 'avgpool', input: sq(7), kernel: sq(3), pad: pads(1, 1, 1, 1), ceil: true, cip: false }));
    await runPlan(plan({ op: 'maxpool', input: sq(7), kernel: sq(3), stride: sq(2), dilation: sq(2) }));
    expect(liveTensors()).toBe(before);
  });
});
