/**
 * A transposed convolution's direct picture (design.md, `convt`; the
 * conv_arithmetic figures): the padded picture of paddedPicture — input
 * cells `s` apart with zeros inserted between them, the border — and, where
 * a border is negative, the rows and columns of the zero-inserted input the
 * crop cuts off, drawn outside it, red-hatched, behind a dashed cut line.
 * The cut cells' values come from the uncropped layer (uncropped.ts):
 * direct position `p` is its position `p + T`.
 */
import { paddedOf, type Plan } from '../core';
import { CROPPED_FILL, MUTED_INK } from './colors';
import type { AxisLabel, CellPaint } from './drawGrid';
import { formatNumber } from './formatNumber';
import { paddedPicture, type PaddedPicture, type PaddedPictureInput } from './paddedPicture';
import { clipBox, shiftBox, spanBox } from './transposedCells';
import { uncroppedOf } from './uncropped';

/** Rows and columns drawn outside the direct picture: what a negative border crops off the zero-inserted input. */
export interface CropFrame {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export const NO_FRAME: CropFrame = { top: 0, bottom: 0, left: 0, right: 0 };

/** The cut rows/columns per side: `−pb` and `−pa` where those borders are negative; none for other layers. */
export function cropFrame(plan: Plan): CropFrame {
  if (!plan.transposed) return NO_FRAME;
  const { h, w } = plan;
  return { top: Math.max(0, -h.before), bottom: Math.max(0, -h.after), left: Math.max(0, -w.before), right: Math.max(0, -w.after) };
}

export interface DirectPicture extends PaddedPicture {
  /** The cut cells around the picture: layout cell (r, c) is direct-picture cell (r − top, c − left). */
  readonly frame: CropFrame;
}

/** The label mark of a cut row or column. */
export const CROPPED_LABEL = '✂';

function cutLabels(n: number): AxisLabel[] {
  return Array.from({ length: n }, () => ({ text: CROPPED_LABEL, muted: true }));
}

/** The direct picture with its cut cells, for a transposed convolution; paddedPicture's for any other layer. */
export function directPicture(input: PaddedPictureInput): DirectPicture {
  const base = paddedPicture(input);
  const { plan, channel, layout } = input;
  const frame = cropFrame(plan);
  if ((frame.top | frame.bottom | frame.left | frame.right) === 0) return { ...base, frame: NO_FRAME };
  const { h, w } = plan;
  const rows = frame.top + h.padded + frame.bottom;
  const cols = frame.left + w.padded + frame.right;
  const whole = uncroppedOf(plan);
  const wholePadded = whole ? paddedOf(whole) : null;
  const T = plan.transposed?.h.cropBefore ?? 0;
  const L = plan.transposed?.w.cropBefore ?? 0;
  // The uncropped picture's value at direct position (p, q), or NaN where it has none.
  const cutValue = (p: number, q: number): number => {
    if (!whole || !wholePadded) return NaN;
    const r = p + T;
    const c = q + L;
    if (r < 0 || c < 0 || r >= whole.h.padded || c >= whole.w.padded) return NaN;
    return wholePadded[(channel * whole.h.padded + r) * whole.w.padded + c] ?? NaN;
  };

  const cells: CellPaint[] = new Array<CellPaint>(rows * cols);
  for (let r = 0; r < rows; r++) {
    const p = r - frame.top;
    for (let c = 0; c < cols; c++) {
      const q = c - frame.left;
      const inside = p >= 0 && p < h.padded && q >= 0 && q < w.padded;
      if (inside) {
        cells[r * cols + c] = base.cells[p * w.padded + q] as CellPaint;
        continue;
      }
      const v = cutValue(p, q);
      cells[r * cols + c] = { fill: CROPPED_FILL, text: layout.values && Number.isFinite(v) ? formatNumber(v) : undefined, ink: MUTED_INK, cropped: true };
    }
  }
  const kept = { row0: frame.top, col0: frame.left, row1: frame.top + h.padded - 1, col1: frame.left + w.padded - 1 };
  const cut = { top: frame.top > 0, bottom: frame.bottom > 0, left: frame.left > 0, right: frame.right > 0 };
  return {
    ...base,
    cells,
    region: clipBox(shiftBox(spanBox(plan), frame.top, frame.left), rows, cols),
    rowLabels: [...cutLabels(frame.top), ...(base.rowLabels ?? []), ...cutLabels(frame.bottom)],
    colLabels: [...cutLabels(frame.left), ...(base.colLabels ?? []), ...cutLabels(frame.right)],
    transposed: { kept, cut },
    frame,
  };
}
