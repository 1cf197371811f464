import { describe, expect, it } from 'vitest';
import { derivePlan, referenceOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { scatterOf } from '../../render/scatterPicture';
import { cellSum, stampOf } from './stamp';
import { stampLine } from './stampLine';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

describe('a stamp and the sums it adds to', () => {
  it('in=3 k=3 s=2 pad=1 opad=1: input (0, 0) lands on rows −1..1, cols −1..1; 5 of 9 taps cropped', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1');
    const stamp = stampOf(plan, 0, 0, 0, 0);
    expect(stamp.taps.map((t) => [t.row, t.col])).toEqual([
      [-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 0], [0, 1], [1, -1], [1, 0], [1, 1],
    ]);
    expect(stamp.taps.filter((t) => t.cropped)).toHaveLength(5);
    expect(stampLine(plan, stamp)).toBe(
      'x[0, 0, 0] stamps w[0, 0] onto out[0] rows −1 to 1, cols −1 to 1 (stride 2×2, dilation 1×1, crop T 1, L 1); 5 of its 9 taps land outside the kept output and are cut by the crop.',
    );
  });

  it.each([
    'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1&x=random&w=random',
    'op=convt&in=4&k=4&s=2&pad=same&c=2&f=4&g=2&x=random&w=random&seed=3',
    'op=convt&in=3x4&k=2x3&s=3x2&d=1x2&pad=0,2,1,0&opad=2x1&c=2&f=3&x=random&w=random&seed=5',
  ])('%s: every cell\'s stamps sum to the scatter bit for bit, and to the reference', (query) => {
    const plan = planFor(query);
    const reference = referenceOf(plan);
    const scatter = scatterOf(plan);
    for (let f = 0; f < plan.filters; f++)
      for (let r = 0; r < plan.h.out; r++)
        for (let c = 0; c < plan.w.out; c++) {
          const sum = cellSum(plan, f, r, c);
          const flat = (f * plan.h.out + r) * plan.w.out + c;
          expect(sum.terms.reduce((acc, t) => acc + t.x * t.w, 0)).toBe(scatter[flat]);
          expect(sum.value).toBeCloseTo(reference[flat]!, 9);
        }
  });

  it('each kept tap of each stamp is one term of its target\'s sum', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=1,1,1,1&c=2&f=2&x=random&w=random');
    for (let c = 0; c < 2; c++)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          for (const tap of stampOf(plan, c, 1, i, j).taps.filter((t) => !t.cropped)) {
            const terms = cellSum(plan, 1, tap.row, tap.col).terms;
            expect(terms.filter((t) => t.channel === c && t.i === i && t.j === j && t.a === tap.a && t.b === tap.b && t.w === tap.w)).toHaveLength(1);
          }
  });

  it('convt c=2 f=2 g=2: channel 1 does not feed filter 0', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=valid&c=2&f=2&g=2');
    const stamp = stampOf(plan, 1, 0, 0, 0);
    expect(stamp.feeds).toBe(false);
    expect(stamp.taps).toEqual([]);
    expect(stampLine(plan, stamp)).toContain('channel 1 is in another group');
    expect(cellSum(plan, 0, 0, 0).terms.every((t) => t.channel === 0)).toBe(true);
  });
});
