/**
 * The sentences of a transposed convolution's direct picture (design.md,
 * `convt`): what the picture is made of (input cells `s` apart, zeros
 * inserted between them, the border `ke−1−T` / `ke−1−B+q`, a crop where
 * that is negative), what a hovered cell is, and what a window covers.
 * Pure functions of the Plan, read from its axes and `transposed` facts.
 */
import { CONSTANT, isPaddingCell, windowCells, type AxisPlan, type Plan, type TransposedAxisFacts } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import type { CropFrame } from '../../render/directPicture';
import { windowBox } from '../../render/overlays';
import { isInsertedCell } from '../../render/transposedCells';
import { plural, spanText } from './describeText';

const UNIT = { h: { one: 'row', many: 'rows', before: 'top', after: 'bottom', T: 'T', B: 'B' }, w: { one: 'column', many: 'columns', before: 'left', after: 'right', T: 'L', B: 'R' } } as const;

/** "1 zero inserted between neighbouring input rows (s − 1 = 2 − 1)"; null when s = 1. */
function insertedText(axis: 'h' | 'w', t: TransposedAxisFacts): string | null {
  const gap = t.stride - 1;
  if (gap === 0) return null;
  return `${plural(gap, 'zero')} between neighbouring input ${UNIT[axis].many} (s − 1 = ${t.stride} − 1)`;
}

/** One side of the border of one axis: "top 1 (ke − 1 − T = 3 − 1 − 1)", "top −1: 1 row cropped". */
function borderSide(axis: 'h' | 'w', a: AxisPlan, t: TransposedAxisFacts, side: 'before' | 'after'): string {
  const u = UNIT[axis];
  const value = side === 'before' ? a.before : a.after;
  // The border after is ke − 1 − (crop after) + q: the picture's window must end where the kept output does.
  const formula = side === 'before' ? `ke − 1 − ${u.T} = ${a.ke} − 1 − ${t.cropBefore}` : `ke − 1 − ${u.B} + q = ${a.ke} − 1 − ${t.cropAfter} + ${t.q}`;
  const cut = value < 0 ? `: ${plural(-value, u.one, u.many)} of the input cropped` : '';
  return `${u[side]} ${formatNumber(value)} (${formula})${cut}`;
}

/** The border of both axes in words. */
export function borderText(plan: Plan): string {
  const t = plan.transposed;
  if (!t) return '';
  return [borderSide('h', plan.h, t.h, 'before'), borderSide('h', plan.h, t.h, 'after'), borderSide('w', plan.w, t.w, 'before'), borderSide('w', plan.w, t.w, 'after')].join(', ');
}

/** What the crop cuts off the zero-inserted input, per side ("1 row off the top"); empty when nothing. */
export function cropCuts(frame: CropFrame): string[] {
  const cuts: string[] = [];
  if (frame.top) cuts.push(`${plural(frame.top, 'row')} off the top`);
  if (frame.bottom) cuts.push(`${plural(frame.bottom, 'row')} off the bottom`);
  if (frame.left) cuts.push(`${plural(frame.left, 'column')} off the left`);
  if (frame.right) cuts.push(`${plural(frame.right, 'column')} off the right`);
  return cuts;
}

/** The direct picture in one paragraph: size, inserted zeros, border, crop, the rotated kernel at stride 1. */
export function directPictureSummary(plan: Plan, frame: CropFrame): string {
  const t = plan.transposed;
  if (!t) return '';
  const inserted = [insertedText('h', t.h), insertedText('w', t.w)].filter(Boolean).join('; ');
  const cuts = cropCuts(frame);
  return (
    `${plan.h.padded}×${plan.w.padded} cells: the ${plan.h.n}×${plan.w.n} input` +
    (inserted ? ` with ${inserted}` : ' (stride 1: no zeros inserted)') +
    `, and a border of zeros: ${borderText(plan)}.` +
    (cuts.length ? ` A negative border is a crop: it cuts ${cuts.join(', ')}, drawn outside the picture, hatched red.` : '') +
    ` The kernel, rotated 180°, slides over it at stride 1.`
  );
}

/** The input index on either side of inserted position `p` of an axis, read from its source map. */
function neighbours(a: AxisPlan, p: number): [number, number] {
  let before = p;
  while (before >= 0 && (a.source[before] ?? CONSTANT) === CONSTANT) before--;
  let after = p;
  while (after < a.padded && (a.source[after] ?? CONSTANT) === CONSTANT) after++;
  return [a.source[before] ?? -1, a.source[after] ?? -1];
}

/** The hover line of direct-picture cell (row, col). `padded` is `paddedOf(plan)`; `readText` says which windows read it. */
export function describeDirectCell(plan: Plan, padded: readonly number[], channel: number, row: number, col: number, readText: string): string {
  const { h, w } = plan;
  const v = padded[(channel * h.padded + row) * w.padded + col] ?? NaN;
  const where = `picture (row ${row}, col ${col})${plan.channels > 1 ? ` of channel ${channel}` : ''}`;
  if (isPaddingCell(plan, row, col)) return `Border zero at ${where}: the direct picture's border, ${borderText(plan)}; ${readText}`;
  if (isInsertedCell(plan, row, col)) {
    const between: string[] = [];
    if ((h.source[row] ?? CONSTANT) === CONSTANT) between.push(`input rows ${neighbours(h, row).join(' and ')}`);
    if ((w.source[col] ?? CONSTANT) === CONSTANT) between.push(`input columns ${neighbours(w, col).join(' and ')}`);
    return `Zero inserted at ${where}, between ${between.join(' and between ')} (the stride ${plan.transposed?.h.stride}×${plan.transposed?.w.stride} spreads the input out); ${readText}`;
  }
  return `Input cell (row ${h.source[row]}, col ${w.source[col]}) = ${formatNumber(v)} at ${where}; ${readText}`;
}

/** "its window covers picture rows 0–2, cols 0–2 (9 taps: 1 on input cells, 3 on inserted zeros, 5 on the border)". */
export function directWindowText(plan: Plan, row: number, col: number): string {
  const box = windowBox(plan, row, col);
  const taps = windowCells(plan, row, col);
  const border = taps.filter((c) => isPaddingCell(plan, c.row, c.col)).length;
  const inserted = taps.filter((c) => isInsertedCell(plan, c.row, c.col)).length;
  const input = taps.length - border - inserted;
  const summed = plan.channels > 1 ? `, summed over the channels of its group` : '';
  return (
    `its window covers picture rows ${spanText(box.row0, box.row1)}, cols ${spanText(box.col0, box.col1)} ` +
    `(${plural(taps.length, 'tap')}: ${input} on input cells, ${inserted} on inserted zeros, ${border} on the border${summed})`
  );
}

/**
 * "✂ cropped T = 3 > ke − 1 = 2: 1 row off the top; …": the crops that reach
 * into the zero-inserted input, per side, with the pad that causes each; null when none does.
 */
export function cropNote(plan: Plan, frame: CropFrame): string | null {
  const t = plan.transposed;
  if (!t) return null;
  const sides = [
    { n: frame.top, pad: 'T', crop: t.h.cropBefore, where: 'the top', unit: 'row' },
    { n: frame.bottom, pad: 'B', crop: t.h.cropAfter, where: 'the bottom', unit: 'row' },
    { n: frame.left, pad: 'L', crop: t.w.cropBefore, where: 'the left', unit: 'column' },
    { n: frame.right, pad: 'R', crop: t.w.cropAfter, where: 'the right', unit: 'column' },
  ].filter((s) => s.n > 0);
  if (sides.length === 0) return null;
  return (
    `✂ cropped ${sides.map((s) => `${s.pad} = ${s.crop}: ${plural(s.n, s.unit)} off ${s.where}`).join('; ')}. ` +
    'A crop larger than the border it removes (ke − 1 before, ke − 1 + q after) cuts into the zero-inserted input itself.'
  );
}
