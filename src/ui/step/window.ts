/**
 * Where the current window sits on the padded grid, in words:
 * "window rows 0–2, cols 2–4 of the padded grid". Read from the shared window
 * map (`axisWindowSpan`), so it always agrees with what the grids highlight.
 */
import type { Plan } from '../../core';
import { axisWindowSpan } from '../../core';

/** The padded positions one window spans along an axis. */
export interface Span {
  readonly first: number;
  readonly last: number;
  /** Distance between taps: the dilation (1 = dense). */
  readonly every: number;
}

export interface WindowSpans {
  readonly rows: Span;
  readonly cols: Span;
}

/** The rows and columns of the padded grid that output cell (row, col) reads. */
export function windowSpans(plan: Plan, row: number, col: number): WindowSpans {
  return {
    rows: { ...axisWindowSpan(plan.h, row), every: plan.h.d },
    cols: { ...axisWindowSpan(plan.w, col), every: plan.w.d },
  };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function spanText(s: Span, one: string, many: string): string {
  if (s.first === s.last) return `${one} ${s.first}`;
  const range = `${many} ${s.first}–${s.last}`;
  return s.every > 1 ? `${range} (every ${ordinal(s.every)})` : range;
}

/** "window rows 0–2, cols 2–4 of the padded grid" (a transposed convolution's: "of the direct picture"); dilated axes say "(every 2nd)". */
export function windowText(plan: Plan, row: number, col: number): string {
  const { rows, cols } = windowSpans(plan, row, col);
  return `window ${spanText(rows, 'row', 'rows')}, ${spanText(cols, 'col', 'cols')} of the ${plan.transposed ? 'direct picture' : 'padded grid'}`;
}

/**
 * "stride 1×1, dilation 2×2": the two numbers that move and spread the
 * window. A transposed convolution's direct picture slides at stride 1; its
 * layer stride is the zeros inserted, which the line names.
 */
export function strideDilationText(plan: Plan): string {
  const t = plan.transposed;
  if (t) return `stride 1×1 over the zero-inserted input, whose gaps are the layer's stride ${t.h.stride}×${t.w.stride}; dilation ${plan.h.d}×${plan.w.d}`;
  return `stride ${plan.h.s}×${plan.w.s}, dilation ${plan.h.d}×${plan.w.d}`;
}
