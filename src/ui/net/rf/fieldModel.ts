/**
 * What the receptive-field panel shows, as plain data: the selected output
 * cell (the URL's `step`, row-major over the last layer's H×W, so a link
 * reproduces the click), and for every level from the input to the output
 * the cells that cell reads (core netFootprint), the padding around that
 * level, and the counts the captions and `rf-json` give. No arithmetic of
 * the layers is redone here: footprints, pads and recurrences come from the
 * NetPlan.
 */
import { netFootprint, shapeAt, type AxisField, type NetPlan, type Shape } from '../../../core';
import type { FieldAxis } from '../../../render/netField';

/** The footprint on one axis of one level, counted. */
export interface AxisCount {
  /** First and last cell read (level coordinates; <0 or ≥n is padding). */
  readonly lo: number;
  readonly hi: number;
  /** Cells read; fewer than `hi − lo + 1` when dilation leaves holes. */
  readonly read: number;
  /** Cells read before 0 (top/left padding) and at n or past it (bottom/right). */
  readonly before: number;
  readonly after: number;
  /** Of those, the cells past the padding the next layer adds: a ceil_mode window's overhang, which holds nothing. */
  readonly beyondBefore: number;
  readonly beyondAfter: number;
}

export interface LevelField {
  /** 0 = the input, i = the output of layer i. */
  readonly level: number;
  readonly shape: Shape;
  readonly h: FieldAxis;
  readonly w: FieldAxis;
  readonly rows: AxisCount;
  readonly cols: AxisCount;
  /** The recurrence after this level's layer (the input: r 1, j 1, u 0). */
  readonly field: Readonly<Record<'h' | 'w', AxisField>>;
  /** The cells of this level whose values reach the selected output (read inside the map, or copied into the padding by a mirror or a wrap), per axis. */
  readonly reach: Readonly<Record<'h' | 'w', readonly number[]>>;
}

export type FieldView =
  | { readonly ok: true; readonly level: number; readonly row: number; readonly col: number; readonly out: Shape; readonly levels: readonly LevelField[] }
  | { readonly ok: false; readonly reason: string };

const START: AxisField = { r: 1, j: 1, u: 0 };

/** The selected cell of an `rows`×`cols` map for a URL step (clamped into the map, as every reader of `step` does). */
export function cellOfStep(step: number, rows: number, cols: number): { row: number; col: number } {
  const last = rows * cols - 1;
  const s = Math.min(Math.max(Number.isFinite(step) ? Math.trunc(step) : 0, 0), Math.max(last, 0));
  return { row: Math.floor(s / cols), col: s % cols };
}

export function countAxis(axis: FieldAxis): AxisCount {
  let before = 0;
  let after = 0;
  let beyondBefore = 0;
  let beyondAfter = 0;
  for (const i of axis.cells) {
    if (i < 0) before += 1;
    if (i >= axis.n) after += 1;
    if (i < -axis.before) beyondBefore += 1;
    if (i >= axis.n + axis.after) beyondAfter += 1;
  }
  return { lo: axis.cells[0] ?? 0, hi: axis.cells[axis.cells.length - 1] ?? 0, read: axis.cells.length, before, after, beyondBefore, beyondAfter };
}

/** Why there is no field to show, or null when there is one. */
function refusal(net: NetPlan): string | null {
  if (net.network.layers.length === 0) return 'Add a layer to see a receptive field.';
  if (net.failure) return `Layer ${net.failure.layer} cannot run (see the layer table), so the last layer's output has no receptive field to show.`;
  const convt = net.layers.find((l) => l.layer.op === 'convt');
  if (convt) return `Layer ${convt.index} is a transposed convolution: receptive fields are not defined past a transposed convolution (its output cells read a varying number of inputs).`;
  return null;
}

/** The receptive field of output cell `step` of the network's last layer, through every level. */
export function fieldView(net: NetPlan, step: number): FieldView {
  const reason = refusal(net);
  if (reason) return { ok: false, reason };
  const level = net.layers.length;
  const out = shapeAt(net, level) as Shape;
  const { row, col } = cellOfStep(step, out[1], out[2]);
  const foot = netFootprint(net, level, row, col);
  if (!foot) return { ok: false, reason: 'The receptive field could not be traced through these layers.' };
  const levels = foot.levels.map((cells, l): LevelField => {
    const reach = cells.reach;
    const shape = shapeAt(net, l) as Shape;
    // A level's padding is what the layer reading it adds; the output level is read by nothing.
    const next = net.layers[l]?.plan;
    const h: FieldAxis = { n: shape[1], before: next?.h.before ?? 0, after: next?.h.after ?? 0, cells: cells.h };
    const w: FieldAxis = { n: shape[2], before: next?.w.before ?? 0, after: next?.w.after ?? 0, cells: cells.w };
    const field = net.layers[l - 1]?.field ?? { h: START, w: START };
    return { level: l, shape, h, w, rows: countAxis(h), cols: countAxis(w), field, reach };
  });
  return { ok: true, level, row, col, out, levels };
}

/** First and last of sorted cells, or null when none. */
const span = (cells: readonly number[]): [number, number] | null => (cells.length ? [cells[0] as number, cells[cells.length - 1] as number] : null);

/** The DOM contract's `rf-json`: `{"level", "cell": [r, c], "levels": [{"rows", "cols", "paddingRows", "paddingCols"}]}`. */
export function fieldJson(view: Extract<FieldView, { ok: true }>): string {
  return JSON.stringify({
    level: view.level,
    cell: [view.row, view.col],
    levels: view.levels.map((l) => ({
      rows: [l.rows.lo, l.rows.hi],
      cols: [l.cols.lo, l.cols.hi],
      paddingRows: l.rows.before + l.rows.after,
      paddingCols: l.cols.before + l.cols.after,
      reachRows: span(l.reach.h),
      reachCols: span(l.reach.w),
    })),
  });
}
