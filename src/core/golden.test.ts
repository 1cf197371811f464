import { describe, expect, it } from 'vitest';
import { caseConfig, golden, goldenCases, maxAbsDiff } from '../testing/golden';
import { paddedInput } from './padded';
import { derivePlan } from './plan';
import { referenceConv } from './reference';

describe(`golden vectors from PyTorch ${golden.torch} / numpy ${golden.numpy}`, () => {
  it('has enough cases to pin every pad spec and mode', () => {
    expect(goldenCases.filter((c) => c.expect).length).toBeGreaterThanOrEqual(400);
    expect(goldenCases.filter((c) => c.invalid).length).toBeGreaterThanOrEqual(20);
  });

  for (const c of goldenCases.filter((g) => g.expect)) {
    it(c.name, () => {
      const plan = derivePlan(caseConfig(c));
      if (!plan.ok) throw new Error(`core refused a case PyTorch ran: ${plan.message}`);
      const e = c.expect!;
      expect(plan.pads).toEqual(e.pads);
      expect([plan.channels, plan.h.padded, plan.w.padded]).toEqual(e.paddedShape);
      expect([plan.filters, plan.h.out, plan.w.out]).toEqual(e.outShape);
      const padded = paddedInput(plan);
      expect(padded).toEqual(e.padded);
      const out = referenceConv(plan, padded);
      if (c.exact) expect(out).toEqual(e.out);
      else expect(maxAbsDiff(out, e.out)).toBeLessThanOrEqual(1e-9 * Math.max(1, ...e.out.map(Math.abs)));
    });
  }

  for (const c of goldenCases.filter((g) => g.invalid)) {
    it(`${c.name} is invalid: ${c.invalid!.reason}`, () => {
      const plan = derivePlan(caseConfig(c));
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(plan.code).toBe(c.invalid!.reason);
      expect(plan.axis).toBe(c.invalid!.axis);
      expect(plan.message.length).toBeGreaterThan(40);
    });
  }
});
