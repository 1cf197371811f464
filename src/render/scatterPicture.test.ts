import { describe, expect, it } from 'vitest';
import { referenceOf } from '../core';
import { isKept, keptBox, scatterAxis, scatterCells, scatterPicture, stampCells, stampersOf } from './scatterPicture';
import { planFor } from '../testing/planFromKeys';
import { uncroppedOf } from './uncropped';


/** Stamps reaching uncropped position u along one axis, counted straight from u = i·s + a·d (the test's own oracle). */
function stampsAt(n: number, k: number, s: number, d: number, u: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) for (let a = 0; a < k; a++) if (i * s + a * d === u) count++;
  return count;
}

const CONFIGS = [
  'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1',
  'op=convt&in=3&k=3&s=2&pad=3,3,3,3',
  'op=convt&in=4&k=4&s=2&pad=same&c=2&f=2&g=2&x=random&w=random',
  'op=convt&in=3x4&k=2x3&s=3x2&d=1x2&pad=0,2,1,0&opad=2x1&c=2&f=3&x=random&w=random&seed=5',
  'op=convt&in=3&k=1&s=3&pad=valid',
  'op=convt&in=4x3&k=3&s=2&pad=same-lower&opad=1x0&f=2&w=random',
];

describe('scatterPicture: the uncropped output with the crop marked', () => {
  it.each(CONFIGS)('%s: kept cells are the reference, cut ones the uncropped layer\'s, counts the stamps', (query) => {
    const plan = planFor(query);
    const t = plan.transposed!;
    const H = scatterAxis(plan, 'h');
    const W = scatterAxis(plan, 'w');
    const whole = uncroppedOf(plan);
    expect(whole).not.toBeNull();
    const reference = referenceOf(plan);
    const wholeRef = referenceOf(whole!);
    for (let f = 0; f < plan.filters; f++) {
      const cells = scatterCells(plan, f);
      expect(cells).toHaveLength(H.extent * W.extent);
      for (let u = 0; u < H.extent; u++) {
        for (let v = 0; v < W.extent; v++) {
          const cell = cells[u * W.extent + v]!;
          expect(cell.kept).toBe(isKept(H, u) && isKept(W, v));
          const count = stampsAt(plan.h.n, plan.h.k, t.h.stride, plan.h.d, u) * stampsAt(plan.w.n, plan.w.k, t.w.stride, plan.w.d, v);
          expect(cell.count, `count at ${u},${v}`).toBe(count);
          const expected = cell.kept
            ? reference[(f * plan.h.out + u - H.kept0) * plan.w.out + v - W.kept0]
            : wholeRef[(f * whole!.h.out + u) * whole!.w.out + v];
          expect(cell.value, `value at ${u},${v}`).toBeCloseTo(expected!, 9);
        }
      }
    }
  });

  it('in=3 k=3 s=2 pad=1 opad=1: 8×8 drawn (full 7 + q 1), kept 6×6 from (1, 1), both sides cut', () => {
    const plan = planFor(CONFIGS[0]!);
    expect(scatterAxis(plan, 'h')).toEqual({ extent: 8, kept0: 1, out: 6 });
    expect(keptBox(plan)).toEqual({ row0: 1, col0: 1, row1: 6, col1: 6 });
    const pic = scatterPicture(plan, 0, { values: true, subText: true }, false);
    expect(pic.transposed?.cut).toEqual({ top: true, bottom: true, left: true, right: true });
    expect(pic.rowLabels?.map((l) => l.text)).toEqual(['✂', '0', '1', '2', '3', '4', '5', '✂']);
    // Uncropped (1, 1) is kept (0, 0); a centre tap of input (0, 0) and nothing else: 1 stamp.
    expect(pic.cells[1 * 8 + 1]).toMatchObject({ text: '1', sub: '×1', cropped: false });
    expect(pic.cells[0]).toMatchObject({ cropped: true });
    // The output padding row (uncropped 7) receives no stamp and the crop B = 1 cuts it.
    expect(pic.cells[7 * 8 + 3]).toMatchObject({ text: '0', sub: '×0', cropped: true });
  });

  it('keras valid with ke < s: the output runs past full, kept, nothing cut after', () => {
    const plan = planFor('op=convt&in=3&k=1&s=3&pad=valid');
    expect(plan.transposed!.h.cropAfter).toBeLessThan(0);
    const H = scatterAxis(plan, 'h');
    expect(H).toEqual({ extent: plan.h.out, kept0: 0, out: plan.h.out });
    expect(scatterPicture(plan, 0, { values: true, subText: true }, true).transposed?.cut).toEqual({ top: false, bottom: false, left: false, right: false });
  });

  it('overlaps: the count on a colour scale, text the count itself', () => {
    const plan = planFor(CONFIGS[0]!);
    const pic = scatterPicture(plan, 0, { values: true, subText: true }, true);
    // Uncropped (2, 2): rows 2 = 0·2 + 2 = 1·2 + 0, the same for columns: 4 stamps.
    expect(pic.cells[2 * 8 + 2]).toMatchObject({ text: '4' });
    expect(pic.range).toEqual([0, 4]);
  });

  it.each(CONFIGS)('%s: stampersOf is the inverse of stampCells', (query) => {
    const plan = planFor(query);
    const W = scatterAxis(plan, 'w');
    const H = scatterAxis(plan, 'h');
    const lands = new Map<string, string[]>();
    for (let i = 0; i < plan.h.n; i++)
      for (let j = 0; j < plan.w.n; j++)
        for (const c of stampCells(plan, i, j)) {
          expect(c.row).toBeGreaterThanOrEqual(0);
          expect(c.row).toBeLessThan(H.extent);
          expect(c.col).toBeLessThan(W.extent);
          lands.set(`${c.row},${c.col}`, [...(lands.get(`${c.row},${c.col}`) ?? []), `${i},${j}`]);
        }
    for (let u = 0; u < H.extent; u++)
      for (let v = 0; v < W.extent; v++) expect(stampersOf(plan, u, v).map((c) => `${c.row},${c.col}`)).toEqual(lands.get(`${u},${v}`) ?? []);
  });
});
