/**
 * Every transposed-convolution golden case (golden/convt2d.json: PyTorch 1.13
 * `conv_transpose2d` sliced per design.md, and its own padding=/output_padding=;
 * grouped, depthwise and causal `conv2d`) replayed against the core: the
 * direct picture's border, the uncropped size and the crops, the shapes, the
 * picture as the DOM contract shows it, the reference output, the scatter
 * form's output, and each limit's code and the framework's words.
 */
import { describe, expect, it } from 'vitest';
import { convtCaseConfig, convtGolden, convtGoldenCases, withoutNegativeZero, type ConvtGoldenCase } from '../testing/convtGolden';
import { paddedOf, referenceOf } from './planArrays';
import { derivePlan, type Plan } from './plan';
import { scatterTransposed } from './transposedScatter';

const valid = convtGoldenCases.filter((c) => c.expect);
const refused = convtGoldenCases.filter((c) => c.error);

function planOf(c: ConvtGoldenCase): Plan {
  const plan = derivePlan(convtCaseConfig(c));
  if (!plan.ok) throw new Error(`core refused a case PyTorch ran (${c.source}): ${plan.code}: ${plan.message}`);
  return plan;
}

describe(`transposed, grouped and causal golden vectors from PyTorch ${convtGolden.torch} / numpy ${convtGolden.numpy}`, () => {
  it('holds at least 250 transposed cases, 40 grouped and 20 causal convolutions, and several of every limit', () => {
    expect(valid.filter((c) => c.op === 'convt').length).toBeGreaterThanOrEqual(250);
    expect(valid.filter((c) => c.op === 'conv' && c.groups > 1).length).toBeGreaterThanOrEqual(40);
    expect(valid.filter((c) => c.pad === 'causal').length).toBeGreaterThanOrEqual(20);
    for (const code of ['convt-pad', 'convt-mode', 'groups', 'opad', 'empty-output'] as const) {
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
      expect(withoutNegativeZero(paddedOf(plan))).toEqual(e.padded);
      // Halves times halves summed: float64 is exact, so the reference agrees to the bit.
      expect(withoutNegativeZero(referenceOf(plan))).toEqual(e.out);
      if (c.op === 'convt') {
        const t = plan.transposed!;
        expect([t.h.full, t.w.full]).toEqual(e.transposed!.full);
        expect([t.h.cropBefore, t.h.cropAfter, t.w.cropBefore, t.w.cropAfter]).toEqual(e.transposed!.crop);
        expect([t.h.q, t.w.q, t.h.stride, t.w.stride]).toEqual([...c.opad, ...c.stride]);
        expect(withoutNegativeZero(scatterTransposed(plan))).toEqual(e.out);
      } else {
        expect(plan.transposed).toBeNull();
      }
    });
  }

  for (const c of refused) {
    const e = c.error!;
    it(`${c.name} is invalid: ${e.code}`, () => {
      const plan = derivePlan(convtCaseConfig(c));
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(plan.code).toBe(e.code);
      if (e.axis) expect(plan.axis).toBe(e.axis);
      for (const words of e.words) expect(plan.message).toContain(words);
    });
  }
});
