/**
 * Keras Conv1D(padding='causal') on a one-row input (design.md, `pad=causal`):
 * ke − 1 zeros before the time axis, none after, none on the height axis, so
 * output t reads inputs t−(ke−1)·… ≤ t only and the length is kept.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { derivePlan, type Plan } from './plan';
import { referenceOf } from './planArrays';

const causal = (c: Partial<Config>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, pad: { kind: 'causal' }, ...c });
  if (!p.ok) throw new Error(p.message);
  return p;
};

describe('causal padding', () => {
  it('in=1x8 k=1x3 d=1x2: ke = 5, so 4 zeros on the left only and 8 outputs', () => {
    const p = causal({ input: { h: 1, w: 8 }, kernel: { h: 1, w: 3 }, dilation: { h: 1, w: 2 } });
    expect(p.pads).toEqual([0, 0, 4, 0]);
    expect([p.h.out, p.w.out]).toEqual([1, 8]);
  });

  it('output t sums inputs t−4, t−2, t (zeros before the start): no output sees a later input', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const p = causal({ input: { h: 1, w: 8 }, kernel: { h: 1, w: 3 }, dilation: { h: 1, w: 2 }, x: { kind: 'values', values: x } });
    const at = (t: number) => (t >= 0 ? (x[t] ?? 0) : 0);
    expect(referenceOf(p)).toEqual(x.map((_, t) => at(t - 4) + at(t - 2) + at(t)));
  });

  it('a WaveNet layer: k=1x2 with dilation 1, 2, 4, 8 pads 1, 2, 4, 8 on the left', () => {
    expect([1, 2, 4, 8].map((d) => causal({ input: { h: 1, w: 16 }, kernel: { h: 1, w: 2 }, dilation: { h: 1, w: d } }).pads[2])).toEqual([1, 2, 4, 8]);
  });

  it('pooling and transposed convolution refuse it, saying whose border it is', () => {
    for (const op of ['maxpool', 'convt'] as const) {
      const p = derivePlan({ ...DEFAULT_CONFIG, op, pad: { kind: 'causal' } });
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.message).toMatch(/causal|forward convolution/);
    }
  });
});
