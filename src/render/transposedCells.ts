/**
 * What each cell of a transposed convolution's direct picture is (design.md,
 * `convt`): an input cell, a zero inserted between input cells, or the
 * border (`ke−1−T` before, `ke−1−B+q` after). Read from the Plan's axes and
 * their `transposed` facts (`inserted`, `span`); nothing is re-derived here.
 */
import { CONSTANT, isPaddingCell, type AxisPlan, type Plan, type TransposedAxisFacts } from '../core';
import type { AxisLabel } from './drawGrid';
import type { CellBox } from './layout';

/** Whether direct-picture cell (row, col) is a zero inserted between input cells (not the border, not input). */
export function isInsertedCell(plan: Plan, row: number, col: number): boolean {
  const t = plan.transposed;
  if (!t || isPaddingCell(plan, row, col)) return false;
  return (t.h.inserted[row] ?? false) || (t.w.inserted[col] ?? false);
}

/** Marks the label strip uses for an inserted row/column; the legend explains it. */
export const INSERTED_LABEL = '·';

/** Labels of one direct-picture axis: the input index of an input row/column, `·` for inserted zeros, blank on the border. */
export function transposedLabels(a: AxisPlan, t: TransposedAxisFacts): AxisLabel[] {
  return a.source.map((s, p) => {
    if (s !== CONSTANT) return { text: String(s) };
    return { text: t.inserted[p] ? INSERTED_LABEL : '', muted: true };
  });
}

/**
 * The zero-inserted input `(n−1)s + 1` per axis in direct-picture positions:
 * starts at the border before, which is negative when a crop cuts into it.
 */
export function spanBox(plan: Plan): CellBox {
  const t = plan.transposed;
  if (!t) throw new Error('spanBox needs a transposed-convolution Plan');
  return { row0: plan.h.before, col0: plan.w.before, row1: plan.h.before + t.h.span - 1, col1: plan.w.before + t.w.span - 1 };
}

/** `box` cut to the cells `0..rows−1 × 0..cols−1`. */
export function clipBox(box: CellBox, rows: number, cols: number): CellBox {
  return { row0: Math.max(0, box.row0), col0: Math.max(0, box.col0), row1: Math.min(rows - 1, box.row1), col1: Math.min(cols - 1, box.col1) };
}

/** `box` moved down `dr` rows and right `dc` columns. */
export function shiftBox(box: CellBox, dr: number, dc: number): CellBox {
  return { row0: box.row0 + dr, col0: box.col0 + dc, row1: box.row1 + dr, col1: box.col1 + dc };
}
