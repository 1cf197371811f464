/**
 * tfjs' own shape arithmetic as an oracle (style.md §1): computeConv2DInfo
 * with explicit pad tuples must give the core's output size and pads, and with
 * 'same'/'valid' the core's pads. Explicit tuples only: a single numeric pad
 * takes the width from the height (tfjs issue 649).
 */
import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core';
import { derivePlan } from '../core';

const { computeConv2DInfo } = tf.backend_util;

const geometry = fc.record({
  n: fc.record({ h: fc.integer({ min: 1, max: 20 }), w: fc.integer({ min: 1, max: 20 }) }),
  k: fc.record({ h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }) }),
  s: fc.record({ h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }) }),
  d: fc.record({ h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }) }),
});

describe('core vs tf.backend_util.computeConv2DInfo', () => {
  it.each([
    ['in=6x6 k=3 s=2 pad=same -> out 3x3, pads 0/1/0/1', 6, 6, 3, 2, [0, 1, 0, 1], [3, 3]],
    ['in=5x7 k=3 s=1 pad=same -> out 5x7, pads 1/1/1/1', 5, 7, 3, 1, [1, 1, 1, 1], [5, 7]],
    ['in=4x4 k=2 s=1 pad=same -> out 4x4, pads 0/1/0/1', 4, 4, 2, 1, [0, 1, 0, 1], [4, 4]],
  ] as const)('%s', (_name, h, w, k, s, pads, out) => {
    const info = computeConv2DInfo([1, h, w, 1], [k, k, 1, 1], [s, s], [1, 1], 'same');
    const plan = derivePlan({
      ...DEFAULT_CONFIG,
      input: { h, w },
      kernel: { h: k, w: k },
      stride: { h: s, w: s },
    });
    if (!plan.ok) throw new Error(plan.message);
    const { top, bottom, left, right } = info.padInfo;
    expect([top, bottom, left, right]).toEqual(pads);
    expect(plan.pads).toEqual(pads);
    expect([plan.h.out, plan.w.out]).toEqual(out);
  });

  it("'same' and 'valid' pads and sizes agree on random geometry (stride or dilation 1, as tfjs requires)", () => {
    fc.assert(
      fc.property(geometry, fc.constantFrom('same' as const, 'valid' as const), ({ n, k, s, d }, pad) => {
        const dil = s.h > 1 || s.w > 1 ? { h: 1, w: 1 } : d;
        const plan = derivePlan({ ...DEFAULT_CONFIG, input: n, kernel: k, stride: s, dilation: dil, pad: { kind: pad } });
        if (!plan.ok) return; // valid with a kernel larger than the input: tfjs reports size ≤ 0
        const info = computeConv2DInfo([1, n.h, n.w, 1], [k.h, k.w, 1, 1], [s.h, s.w], [dil.h, dil.w], pad);
        expect([info.outHeight, info.outWidth]).toEqual([plan.h.out, plan.w.out]);
        expect([info.padInfo.top, info.padInfo.bottom, info.padInfo.left, info.padInfo.right]).toEqual([...plan.pads]);
      }),
      { numRuns: 400 },
    );
  });

  it('explicit pad tuples give the same output size', () => {
    fc.assert(
      fc.property(geometry, fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6), fc.nat(6)), ({ n, k, s }, [t, b, l, r]) => {
        const plan = derivePlan({
          ...DEFAULT_CONFIG,
          input: n,
          kernel: k,
          stride: s,
          pad: { kind: 'explicit', top: t, bottom: b, left: l, right: r },
        });
        if (!plan.ok) return;
        const info = computeConv2DInfo([1, n.h, n.w, 1], [k.h, k.w, 1, 1], [s.h, s.w], [1, 1], [
          [0, 0],
          [t, b],
          [l, r],
          [0, 0],
        ]);
        expect([info.outHeight, info.outWidth]).toEqual([plan.h.out, plan.w.out]);
      }),
      { numRuns: 400 },
    );
  });
});
