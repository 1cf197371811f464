import { describe, expect, it } from 'vitest';
import { derivePlan, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { strideDilationText, windowSpans, windowText } from './window';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}`);
  return p;
}

describe('windowSpans', () => {
  it.each(['in=5x5&k=3', 'in=9x8&k=3x2&s=2x3&pad=same', 'in=9x9&k=3&d=2x3&pad=full', 'in=6x6&k=1&s=2&pad=valid'])(
    '%s: every window spans o·s .. o·s+(k−1)·d',
    (query) => {
      const plan = planFor(query);
      for (let oy = 0; oy < plan.h.out; oy++)
        for (let ox = 0; ox < plan.w.out; ox++) {
          expect(windowSpans(plan, oy, ox)).toEqual({
            rows: { first: oy * plan.h.s, last: oy * plan.h.s + (plan.h.k - 1) * plan.h.d, every: plan.h.d },
            cols: { first: ox * plan.w.s, last: ox * plan.w.s + (plan.w.k - 1) * plan.w.d, every: plan.w.d },
          });
        }
    },
  );
});

describe('windowText', () => {
  it('in=5x5 k=3 same, out (1, 2): rows 1–3, cols 2–4', () => {
    expect(windowText(planFor('in=5x5&k=3'), 1, 2)).toBe('window rows 1–3, cols 2–4 of the padded grid');
  });
  it('in=7x7 k=3 d=2 valid, out (0, 1): dilated rows and cols say every 2nd', () => {
    expect(windowText(planFor('in=7x7&k=3&d=2&pad=valid'), 0, 1)).toBe(
      'window rows 0–4 (every 2nd), cols 1–5 (every 2nd) of the padded grid',
    );
  });
  it('in=12x12 k=2 d=3x1 valid: every 3rd row, dense cols', () => {
    expect(windowText(planFor('in=12x12&k=2&d=3x1&pad=valid'), 2, 0)).toBe('window rows 2–5 (every 3rd), cols 0–1 of the padded grid');
  });
  it('in=6x6 k=1 s=2 valid, out (1, 2): one row and one column', () => {
    expect(windowText(planFor('in=6x6&k=1&s=2&pad=valid'), 1, 2)).toBe('window row 2, col 4 of the padded grid');
  });
  it('says stride and dilation per axis', () => {
    expect(strideDilationText(planFor('in=9x9&k=3&s=2x1&d=1x2&pad=valid'))).toBe('stride 2×1, dilation 1×2');
  });
});
