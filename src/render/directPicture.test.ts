import { describe, expect, it } from 'vitest';
import { paddedOf, referenceOf, type Plan } from '../core';
import { cropFrame, directPicture, NO_FRAME } from './directPicture';
import { isInsertedCell } from './transposedCells';
import { planFor } from '../testing/planFromKeys';
import { uncroppedOf } from './uncropped';
import { shiftOverlay } from './overlays';


const big = { values: true };
const picture = (plan: Plan) => directPicture({ plan, padded: paddedOf(plan), channel: 0, overlay: 'values', layout: big });

describe('the direct picture of a transposed convolution', () => {
  it('in=3 k=3 s=2 pad=1 opad=1: 8×8, input cells 2 apart, inserted zeros between, border 1/2', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1');
    const pic = picture(plan);
    expect(pic.frame).toEqual(NO_FRAME);
    expect(pic.cells).toHaveLength(64);
    // Row 1 of the picture: border, 1, inserted, 2, inserted, 3, border, border.
    expect(pic.cells.slice(8, 16).map((c) => [c.text, !!c.pad, !!c.inserted])).toEqual([
      ['0', true, false],
      ['1', false, false],
      ['0', false, true],
      ['2', false, false],
      ['0', false, true],
      ['3', false, false],
      ['0', true, false],
      ['0', true, false],
    ]);
    expect(pic.region).toEqual({ row0: 1, col0: 1, row1: 5, col1: 5 });
    expect(pic.rowLabels?.map((l) => l.text)).toEqual(['', '0', '·', '1', '·', '2', '', '']);
    expect(pic.transposed?.cut).toEqual({ top: false, bottom: false, left: false, right: false });
  });

  it('in=3 k=3 s=2 pad=3: borders of −1 crop one row/column per side, drawn outside with the cut values', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=3,3,3,3');
    expect(cropFrame(plan)).toEqual({ top: 1, bottom: 1, left: 1, right: 1 });
    const pic = picture(plan);
    expect(pic.cells).toHaveLength(25);
    // The cut frame holds the zero-inserted input's outer ring: input 1, 0, 2, 0, 3 along the top.
    expect(pic.cells.slice(0, 5).map((c) => [c.text, c.cropped])).toEqual([
      ['1', true],
      ['0', true],
      ['2', true],
      ['0', true],
      ['3', true],
    ]);
    expect(pic.cells[12]?.text).toBe('5');
    expect(pic.cells[12]?.cropped).toBeFalsy();
    expect(pic.region).toEqual({ row0: 0, col0: 0, row1: 4, col1: 4 });
    expect(pic.transposed).toEqual({ kept: { row0: 1, col0: 1, row1: 3, col1: 3 }, cut: { top: true, bottom: true, left: true, right: true } });
    expect(pic.rowLabels?.map((l) => l.text)).toEqual(['✂', '·', '1', '·', '✂']);
  });

  it('a convolution has no frame and no transposed marks', () => {
    const plan = planFor('in=5&k=3');
    const pic = picture(plan);
    expect(pic.frame).toEqual(NO_FRAME);
    expect(pic.transposed).toBeUndefined();
    expect(pic.cells.some((c) => c.inserted)).toBe(false);
  });

  it.each([
    'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1',
    'op=convt&in=4&k=4&s=2&pad=same&c=2&f=2&g=2&x=random&w=random',
    'op=convt&in=3x5&k=3x2&s=2x3&d=2x1&pad=4,1,0,3&opad=1x2&x=random&w=random',
    'op=convt&in=5&k=5&s=2&pad=same&opad=1x1&x=random',
  ])('%s: the uncropped layer, cut by T and L, is the layer (out[i] = full[i + T])', (query) => {
    const plan = planFor(query);
    const whole = uncroppedOf(plan)!;
    const T = plan.transposed!.h.cropBefore;
    const L = plan.transposed!.w.cropBefore;
    const ref = referenceOf(plan);
    const full = referenceOf(whole);
    for (let f = 0; f < plan.filters; f++)
      for (let r = 0; r < plan.h.out; r++)
        for (let c = 0; c < plan.w.out; c++) {
          const u = r + T;
          const v = c + L;
          const expected = u < whole.h.out && v < whole.w.out ? full[(f * whole.h.out + u) * whole.w.out + v]! : 0;
          expect(ref[(f * plan.h.out + r) * plan.w.out + c]).toBeCloseTo(expected, 9);
        }
  });

  it('inserted cells are exactly the non-border zeros between input cells', () => {
    const plan = planFor('op=convt&in=3x2&k=2&s=3x2&pad=0,0,0,0');
    for (let r = 0; r < plan.h.padded; r++)
      for (let c = 0; c < plan.w.padded; c++) {
        const inSpan = r >= plan.h.before && c >= plan.w.before && r < plan.h.before + plan.transposed!.h.span && c < plan.w.before + plan.transposed!.w.span;
        const onInput = (r - plan.h.before) % 3 === 0 && (c - plan.w.before) % 2 === 0;
        expect(isInsertedCell(plan, r, c), `${r},${c}`).toBe(inSpan && !onInput);
      }
  });

  it('shiftOverlay moves every cell and box of a moving layer', () => {
    expect(shiftOverlay({ fill: [{ row: 0, col: 1 }], box: { row0: 0, col0: 0, row1: 2, col1: 2 }, focus: { row: 1, col: 1 } }, 1, 2)).toEqual({
      fill: [{ row: 1, col: 3 }],
      outline: undefined,
      box: { row0: 1, col0: 2, row1: 3, col1: 4 },
      focus: { row: 2, col: 3 },
      winner: undefined,
    });
  });
});
