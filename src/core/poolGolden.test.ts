/**
 * Every pooling golden case (golden/pool2d.json: PyTorch 1.13 `max_pool2d` /
 * `avg_pool2d`, and a numpy reference of design.md for TF's same/valid and
 * pads PyTorch cannot take) replayed against the core: pads, shapes, the
 * ceil overhang and the last-window rule, the grid as the DOM contract shows
 * it, the divisors, the reference output, and each limit's code and words.
 */
import { describe, expect, it } from 'vitest';
import { poolCaseConfig, poolGolden, poolGoldenCases, withNegInfinity, type PoolGoldenCase } from '../testing/poolGolden';
import { paddedOf, referenceOf } from './planArrays';
import { derivePlan, type Plan } from './plan';
import { poolDivisor } from './poolReference';

const valid = poolGoldenCases.filter((c) => c.expect);
const refused = poolGoldenCases.filter((c) => c.error);

/**
 * The padded grid as design.md's DOM contract shows a pool, `C*HP*WP`: the
 * value where the cell counts on both axes (can win a max, or is in an
 * average's divisor), null where it does not.
 */
function shownGrid(plan: Plan): (number | null)[] {
  const { pool, h, w } = plan;
  if (!pool) throw new Error('not a pooling plan');
  const padded = paddedOf(plan);
  return padded.map((v, i) => {
    const r = Math.floor(i / w.padded) % h.padded;
    const q = i % w.padded;
    return pool.h.counted[r] && pool.w.counted[q] ? v : null;
  });
}

function planOf(c: PoolGoldenCase): Plan {
  const plan = derivePlan(poolCaseConfig(c));
  if (!plan.ok) throw new Error(`core refused a case ${c.source === 'torch' ? 'PyTorch ran' : 'the reference computes'}: ${plan.message}`);
  return plan;
}

describe(`pooling golden vectors from PyTorch ${poolGolden.torch} / numpy ${poolGolden.numpy}`, () => {
  it('holds at least 250 valid cases of both operations and several of every limit', () => {
    expect(valid.length).toBeGreaterThanOrEqual(250);
    for (const op of ['maxpool', 'avgpool'] as const) {
      expect(valid.filter((c) => c.op === op && c.source === 'torch').length).toBeGreaterThanOrEqual(50);
    }
    for (const code of ['pool-pad', 'pool-dilation', 'empty-output', 'pool-empty-window'] as const) {
      expect(refused.filter((c) => c.error?.code === code).length).toBeGreaterThanOrEqual(5);
    }
  });

  for (const c of valid) {
    it(c.name, () => {
      const e = c.expect!;
      const plan = planOf(c);
      expect(plan.pads).toEqual(e.pads);
      expect([plan.filters, plan.h.out, plan.w.out]).toEqual(e.outShape);
      expect([plan.channels, plan.h.padded, plan.w.padded]).toEqual(e.paddedShape);
      expect([plan.h.overhang, plan.w.overhang]).toEqual(e.overhang);
      expect([plan.h.removed, plan.w.removed]).toEqual(e.removed);
      expect(shownGrid(plan)).toEqual(e.padded);
      if (e.divisors) {
        const pool = plan.pool!;
        const divisors = Array.from({ length: plan.h.out * plan.w.out }, (_, i) =>
          poolDivisor(pool, Math.floor(i / plan.w.out), i % plan.w.out),
        );
        expect(divisors).toEqual(e.divisors);
      }
      // Sums of halves are exact and each average is one division: float64 agrees to the bit.
      expect(referenceOf(plan)).toEqual(withNegInfinity(e.out));
    });
  }

  for (const c of refused) {
    const e = c.error!;
    it(`${c.name} is invalid: ${e.code}`, () => {
      const plan = derivePlan(poolCaseConfig(c));
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(plan.code).toBe(e.code);
      if (e.axis) expect(plan.axis).toBe(e.axis);
      for (const words of e.words) expect(plan.message).toContain(words);
    });
  }
});
