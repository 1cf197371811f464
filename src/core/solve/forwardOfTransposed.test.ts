/**
 * The way back from a transposed convolution, checked by hand and as the
 * inverse of core's inverseTransposed: convolution → transposed → convolution
 * comes back to the same sizes and pads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../config';
import { inverseTransposed } from '../inverseTransposed';
import { derivePlan, type Plan } from '../plan';
import { forwardOfTransposed } from './forwardOfTransposed';

const planOf = (c: Config): Plan => {
  const plan = derivePlan(c);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
};
const convt = (patch: Partial<Config>): Plan => planOf({ ...DEFAULT_CONFIG, op: 'convt', ...patch });

describe('forwardOfTransposed', () => {
  it('in=3 k=3 s=2 output_padding=1 -> 8: Conv2d(k=3, s=2) on 8 gives 3, floor dropping the 1 row output padding added', () => {
    // full = 2·2 + 3 = 7, out = 8; forward: ⌊(8 − 3)/2⌋ + 1 = 3, (8 − 3) mod 2 = 1.
    const back = forwardOfTransposed(convt({ input: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 }, opad: { h: 1, w: 1 } }));
    expect(back?.op).toBe('conv');
    expect(back?.input).toEqual({ h: 8, w: 8 });
    const plan = planOf(back!);
    expect([plan.h.out, plan.h.remainder]).toEqual([3, 1]);
  });

  it('keeps the kernel tensor and swaps the channels: ConvTranspose2d(2, 4) comes back as Conv2d(4, 2)', () => {
    const w = { kind: 'values' as const, values: Array.from({ length: 2 * 4 * 9 }, (_, i) => i) };
    const back = forwardOfTransposed(convt({ channels: 2, filters: 4, w }));
    expect([back?.channels, back?.filters]).toEqual([4, 2]);
    expect(back?.w).toEqual(w);
  });

  it('offers no way back when output_padding reaches the stride (allowed by the dilation) or valid outputs past full', () => {
    // s=1 d=2 q=1: the forward convolution would give n + 1.
    expect(forwardOfTransposed(convt({ dilation: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 }, opad: { h: 1, w: 0 } }))).toBeNull();
    // k=1 s=2 valid: out = n·s = 10 > full = 9, a crop of −1 after.
    expect(forwardOfTransposed(convt({ kernel: { h: 1, w: 1 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } }))).toBeNull();
  });

  it('undoes inverseTransposed: convolution -> transposed -> convolution keeps the sizes and the pads', () => {
    const conv = fc
      .record({
        input: fc.record({ h: fc.integer({ min: 1, max: 16 }), w: fc.integer({ min: 1, max: 16 }) }),
        kernel: fc.record({ h: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 5 }) }),
        stride: fc.record({ h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }) }),
        dilation: fc.record({ h: fc.integer({ min: 1, max: 2 }), w: fc.integer({ min: 1, max: 2 }) }),
        pad: fc.constantFrom({ kind: 'same' } as const, { kind: 'valid' } as const, { kind: 'full' } as const, { kind: 'causal' } as const),
      })
      .map((c) => derivePlan({ ...DEFAULT_CONFIG, ...c }))
      .filter((p): p is Plan => p.ok);
    fc.assert(
      fc.property(conv, (plan) => {
        const there = derivePlan(inverseTransposed(plan).config);
        if (!there.ok) return true; // beyond the grid's limits (an output over 64): not this test's question
        const back = forwardOfTransposed(there);
        expect(back?.input).toEqual(plan.config.input);
        expect(planOf(back!).pads).toEqual(plan.pads);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
