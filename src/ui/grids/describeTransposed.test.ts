import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, type Plan } from '../../core';
import { cropFrame } from '../../render/directPicture';
import { parseQuery } from '../../state/urlCodec';
import { describeOutput, describePadded, describeStep } from './describe';
import { describeScatterInput, describeScatterOutput } from './describeScatter';
import { cropNote, directPictureSummary } from './describeTransposed';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const PLAIN = 'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1';
const CROPPED = 'op=convt&in=3&k=3&s=2&pad=3,3,3,3';

describe('the direct picture in words', () => {
  it(`${PLAIN}: inserted zeros, border with its formulas, rotated kernel`, () => {
    const plan = planFor(PLAIN);
    expect(directPictureSummary(plan, cropFrame(plan))).toBe(
      '8×8 cells: the 3×3 input with 1 zero between neighbouring input rows (s − 1 = 2 − 1); 1 zero between neighbouring input columns (s − 1 = 2 − 1), ' +
        'and a border of zeros: top 1 (ke − 1 − T = 3 − 1 − 1), bottom 2 (ke − 1 − B + q = 3 − 1 − 1 + 1), left 1 (ke − 1 − L = 3 − 1 − 1), right 2 (ke − 1 − R + q = 3 − 1 − 1 + 1). ' +
        'The kernel, rotated 180°, slides over it at stride 1.',
    );
  });
  it(`${CROPPED}: the negative border is a crop`, () => {
    const plan = planFor(CROPPED);
    expect(directPictureSummary(plan, cropFrame(plan))).toContain(
      'top −1 (ke − 1 − T = 3 − 1 − 3): 1 row of the input cropped',
    );
    expect(directPictureSummary(plan, cropFrame(plan))).toContain('it cuts 1 row off the top, 1 row off the bottom, 1 column off the left, 1 column off the right');
  });
  it('the crop note names each pad that reaches into the input', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=3,0,0,4');
    expect(cropNote(plan, cropFrame(plan))).toBe(
      '✂ cropped T = 3: 1 row off the top; R = 4: 2 columns off the right. A crop larger than the border it removes (ke − 1 before, ke − 1 + q after) cuts into the zero-inserted input itself.',
    );
    expect(cropNote(planFor(PLAIN), cropFrame(planFor(PLAIN)))).toBeNull();
  });
  it('hover: an input cell, an inserted zero, a border zero, and a window', () => {
    const plan = planFor(PLAIN);
    const padded = paddedOf(plan);
    expect(describePadded(plan, padded, 0, 1, 3)).toBe('Input cell (row 0, col 1) = 2 at picture (row 1, col 3); read by 6 windows');
    expect(describePadded(plan, padded, 0, 2, 3)).toMatch(/^Zero inserted at picture \(row 2, col 3\), between input rows 0 and 1 \(the stride 2×2 spreads the input out\)/);
    expect(describePadded(plan, padded, 0, 2, 2)).toContain('between input rows 0 and 1 and between input columns 0 and 1');
    expect(describePadded(plan, padded, 0, 0, 0)).toMatch(/^Border zero at picture \(row 0, col 0\): the direct picture's border, top 1/);
    expect(describeOutput(plan, 1, 0, 0, false)).toBe(
      'Output (row 0, col 0) = 1: its window covers picture rows 0–2, cols 0–2 (9 taps: 1 on input cells, 3 on inserted zeros, 5 on the border)',
    );
  });
});

describe('the scatter in words', () => {
  it(`${PLAIN}: input (0, 0) lands 4 taps on the kept output, 5 on the crop`, () => {
    const plan = planFor(PLAIN);
    expect(describeScatterInput(plan, 0, 0, 0, 0, true)).toBe(
      'Step: input (row 0, col 0) = 1 stamps w[0, 0] scaled by 1 onto filter 0: 4 of its 9 taps land on the kept output, 5 on cells the crop cuts away. Hover an output cell to see what lands on it.',
    );
  });
  it(`${PLAIN}: a kept output cell sums 4 stamps; a cut one says what the crop keeps`, () => {
    const plan = planFor(PLAIN);
    // Uncropped (2, 2) = kept (1, 1): input rows 0 (tap 2) and 1 (tap 0), the same for columns.
    expect(describeScatterOutput(plan, 0, 2, 2)).toBe('Output (row 1, col 1) of filter 0 = 12: 4 stamps land here (from input (0, 0), (0, 1), (1, 0), (1, 1)), summed.');
    expect(describeScatterOutput(plan, 0, 0, 0)).toBe(
      'Cut by the crop: uncropped (row 0, col 0) = 1 would be here; 1 stamp lands here (from input (0, 0)). The crop keeps rows 1–6 and cols 1–6 of the uncropped output.',
    );
  });
  it('a channel of another group feeds nothing to the filter shown', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=valid&c=2&f=2&g=2');
    expect(describeScatterInput(plan, 1, 0, 0, 0, false)).toBe('Input (row 0, col 0) of channel 1 = 10: it feeds filter 1 only, not filter 0 (another group).');
  });
});

describe('causal padding in words', () => {
  it('in=1x8 k=1x3 d=1x2 causal: output t reads inputs up to t', () => {
    const plan = planFor('pad=causal&in=1x8&k=1x3&d=1x2');
    expect(describeOutput(plan, 9, 0, 4, false)).toContain('; causal: output t = 4 reads inputs 0, 2, 4 — up to t, never a later one');
    expect(describeStep(plan, 0, 8, 0, 0)).toContain('causal: output t = 0 reads inputs 0 — up to t');
  });
  it('strided causal reads up to t·s', () => {
    const plan = planFor('pad=causal&in=1x8&k=1x3&s=1x2');
    expect(describeOutput(plan, 0, 0, 2, false)).toContain('output t = 2 reads inputs 2, 3, 4 — up to 4, never a later one');
  });
  it('any other border says nothing of causality', () => {
    expect(describeOutput(planFor('in=1x8&k=1x3'), 0, 0, 2, false)).not.toContain('causal');
  });
});
