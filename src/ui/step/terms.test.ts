import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, referenceOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { collapseTerms, dotProduct, isCollapsible } from './terms';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

/** Independent padding for the modes used below (single reflection is enough within each mode's limit). */
function sourceOf(mode: string, n: number, p: number): number | null {
  if (p >= 0 && p < n) return p;
  if (mode === 'zeros') return null;
  if (mode === 'replicate') return p < 0 ? 0 : n - 1;
  if (mode === 'reflect') return p < 0 ? -p : 2 * (n - 1) - p;
  throw new Error(`no oracle for ${mode}`);
}

/** out[f, oy, ox] straight from the formula on the unpadded input and OIHW weights. */
function naive(plan: Plan, f: number, oy: number, ox: number): number {
  const { h, w, channels: C } = plan;
  let sum = 0;
  for (let c = 0; c < C; c++)
    for (let i = 0; i < h.k; i++)
      for (let j = 0; j < w.k; j++) {
        const r = sourceOf(plan.config.mode, h.n, oy * h.s + i * h.d - h.before);
        const q = sourceOf(plan.config.mode, w.n, ox * w.s + j * w.d - w.before);
        const x = r === null || q === null ? 0 : plan.input[(c * h.n + r) * w.n + q]!;
        sum += x * plan.weights[((f * C + c) * h.k + i) * w.k + j]!;
      }
  return sum;
}

describe('dotProduct', () => {
  const configs = [
    'in=5x5&k=3&pad=same&mode=zeros',
    'in=5x5&k=3&pad=same&mode=reflect&w=sobel-x',
    'in=6x7&k=3x2&s=2&pad=same&mode=replicate&w=random&x=random',
    'in=7x6&c=2&f=3&k=3&d=2&pad=full&w=random&x=random&seed=4',
    'in=4x5&c=3&f=2&k=2x3&s=3x1&pad=1,0,2,1&mode=reflect&x=random&w=random',
  ];
  it.each(configs)('%s: every cell sums to the reference and to the formula', (query) => {
    const plan = planFor(query);
    const padded = paddedOf(plan);
    const reference = referenceOf(plan);
    const cells = plan.h.out * plan.w.out;
    for (let f = 0; f < plan.filters; f++)
      for (let i = 0; i < cells; i++) {
        const oy = Math.floor(i / plan.w.out);
        const ox = i % plan.w.out;
        const dot = dotProduct(plan, padded, f, oy, ox);
        expect(dot.sum).toBe(reference[f * cells + i]);
        expect(dot.sum).toBeCloseTo(naive(plan, f, oy, ox), 9);
        expect(dot.channels.map((c) => c.channel)).toEqual(Array.from({ length: plan.channels }, (_, c) => c));
        for (const ch of dot.channels) expect(ch.terms).toHaveLength(plan.h.k * plan.w.k);
      }
  });

  it('in=5x5 k=3 same zeros x=ones: padding terms are exactly the zero values (5 at a corner, 0 inside)', () => {
    const plan = planFor('in=5x5&k=3&pad=same&mode=zeros&x=ones');
    const padded = paddedOf(plan);
    for (let oy = 0; oy < 5; oy++)
      for (let ox = 0; ox < 5; ox++)
        for (const t of dotProduct(plan, padded, 0, oy, ox).channels[0]!.terms) expect(t.pad).toBe(t.x === 0);
    expect(dotProduct(plan, padded, 0, 0, 0).channels[0]!.terms.filter((t) => t.pad)).toHaveLength(5);
    expect(dotProduct(plan, padded, 0, 2, 2).channels[0]!.terms.filter((t) => t.pad)).toHaveLength(0);
    expect(dotProduct(plan, padded, 0, 0, 2).channels[0]!.terms.filter((t) => t.pad)).toHaveLength(3);
  });

  it('in=5x5 k=3 same constant cval=7: padding terms read the constant and have no source', () => {
    const plan = planFor('in=5x5&k=3&pad=same&mode=constant&cval=7&x=ones');
    const terms = dotProduct(plan, paddedOf(plan), 0, 4, 4).channels[0]!.terms;
    const pads = terms.filter((t) => t.pad);
    expect(pads).toHaveLength(5);
    for (const t of pads) expect([t.x, t.source]).toEqual([7, null]);
  });

  it('in=5x5 k=3 same reflect: a padding term names the input cell it mirrors', () => {
    const plan = planFor('in=5x5&k=3&pad=same&mode=reflect');
    const terms = dotProduct(plan, paddedOf(plan), 0, 0, 0).channels[0]!.terms;
    // Tap (0, 1) reads padded (0, 1): row -1 mirrors input row 1, column 0 is input column 0.
    expect(terms[1]).toMatchObject({ cell: { row: 0, col: 1 }, pad: true, source: { row: 1, col: 0 }, x: plan.input[5] });
    expect(terms[4]).toMatchObject({ cell: { row: 1, col: 1 }, pad: false, source: { row: 0, col: 0 }, x: plan.input[0] });
  });

  it('flip=1 pairs tap t with weight KH·KW−1−t', () => {
    const plan = planFor('in=3x3&k=3&pad=valid&flip=1&w=1,2,3,4,5,6,7,8,9');
    const terms = dotProduct(plan, paddedOf(plan), 0, 0, 0).channels[0]!.terms;
    expect(terms.map((t) => t.w)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('collapseTerms', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('keeps 25 terms whole', () => {
    expect(collapseTerms(range(25), false)).toEqual([{ kind: 'items', start: 0, items: range(25) }]);
  });
  it('collapses 49 terms (7×7) to 8 + gap of 33 + 8', () => {
    const segs = collapseTerms(range(49), false);
    expect(segs).toEqual([
      { kind: 'items', start: 0, items: range(8) },
      { kind: 'gap', hidden: 33 },
      { kind: 'items', start: 41, items: [41, 42, 43, 44, 45, 46, 47, 48] },
    ]);
  });
  it('shows everything when expanded', () => {
    expect(collapseTerms(range(225), true)).toEqual([{ kind: 'items', start: 0, items: range(225) }]);
  });
  it('k=5 is not collapsible, k=7 is', () => {
    const k5 = planFor('in=5x5&k=5&pad=same');
    const k7 = planFor('in=7x7&k=7&pad=same');
    expect(isCollapsible(dotProduct(k5, paddedOf(k5), 0, 0, 0))).toBe(false);
    expect(isCollapsible(dotProduct(k7, paddedOf(k7), 0, 0, 0))).toBe(true);
  });
});
