/**
 * A transposed convolution as a scatter (design.md, `convt`): each input
 * cell stamps the kernel, scaled by its value, onto the uncropped output
 * (`full + q` per axis); overlaps add up; the crop keeps `out[i] = full[i + T]`.
 * The output is drawn whole, the kept block outlined and what the crop cuts
 * red-hatched outside it, each cell with how many stamps land on it. Values
 * come from the core's `scatterTransposed`, counts from `overlapCounts`,
 * stamp targets from `stampAxis` (of the plan, or of the uncropped layer for
 * the cut cells): nothing here redoes the scatter.
 */
import { overlapCounts, scatterTransposed, stampAxis, type Plan } from '../core';
import { UNREAD_FILL, CROPPED_FILL, INPUT_FILL, MUTED_INK, WHITE_INK, coverageScale, extent, valueScale, type ColorScale } from './colors';
import type { AxisLabel, CellPaint, GridPicture } from './drawGrid';
import { formatNumber } from './formatNumber';
import type { Cell, CellBox, GridLayout } from './layout';
import { uncroppedOf } from './uncropped';

type AxisName = 'h' | 'w';

/** One axis of the scatter's output, in cells. */
export interface ScatterAxis {
  /** Cells drawn: the kept output and what the crop cut off on either side. */
  readonly extent: number;
  /** First kept position: the crop before (T or L). */
  readonly kept0: number;
  /** Kept output cells. */
  readonly out: number;
}

export function scatterAxis(plan: Plan, axis: AxisName): ScatterAxis {
  const t = plan.transposed?.[axis];
  if (!t) throw new Error('scatterAxis needs a transposed-convolution Plan');
  // A negative crop after (Keras valid with ke < s) is output past `full`: kept, not cut.
  return { extent: t.cropBefore + plan[axis].out + Math.max(t.cropAfter, 0), kept0: t.cropBefore, out: plan[axis].out };
}

/** Whether position `u` of the drawn output is kept. */
export function isKept(a: ScatterAxis, u: number): boolean {
  return u >= a.kept0 && u < a.kept0 + a.out;
}

function cached<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  const cache = new WeakMap<Plan, T>();
  return (plan) => {
    let v = cache.get(plan);
    if (v === undefined) {
      v = compute(plan);
      cache.set(plan, v);
    }
    return v;
  };
}

/** The scatter's output `F*OH*OW`, once per Plan. */
export const scatterOf = cached(scatterTransposed);
const countsOf = cached((plan: Plan) => ({ h: overlapCounts(plan, 'h'), w: overlapCounts(plan, 'w') }));

/** One cell of the drawn output. */
export interface ScatterCell {
  readonly value: number;
  /** Stamps that land on the cell (input cells × taps, per channel). */
  readonly count: number;
  readonly kept: boolean;
}

const cellsCache = new WeakMap<Plan, Map<number, ScatterCell[]>>();

/**
 * Every cell of filter `f`'s drawn output, row-major over `extent_h × extent_w`
 * (once per Plan and filter: the picture and every hover line read it):
 * kept cells from the plan, cut ones from the uncropped layer at the same
 * uncropped position. A cell's count is the product of its axes' counts: a
 * stamp is an (input row, tap row) pair times an (input column, tap column) pair.
 */
export function scatterCells(plan: Plan, f: number): readonly ScatterCell[] {
  let byFilter = cellsCache.get(plan);
  if (!byFilter) {
    byFilter = new Map();
    cellsCache.set(plan, byFilter);
  }
  let cells = byFilter.get(f);
  if (!cells) {
    cells = computeCells(plan, f);
    byFilter.set(f, cells);
  }
  return cells;
}

function computeCells(plan: Plan, f: number): ScatterCell[] {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const whole = uncroppedOf(plan);
  const kept = scatterOf(plan);
  const cut = whole ? scatterOf(whole) : null;
  const keptCounts = countsOf(plan);
  const cutCounts = whole ? countsOf(whole) : null;
  const cells: ScatterCell[] = [];
  for (let u = 0; u < H.extent; u++) {
    for (let v = 0; v < W.extent; v++) {
      if (isKept(H, u) && isKept(W, v)) {
        const r = u - H.kept0;
        const c = v - W.kept0;
        cells.push({ value: kept[(f * H.out + r) * W.out + c] ?? NaN, count: (keptCounts.h[r] ?? 0) * (keptCounts.w[c] ?? 0), kept: true });
      } else if (whole && cut && cutCounts) {
        // The uncropped output starts at position 0 of this picture: u and v index it directly.
        cells.push({ value: cut[(f * whole.h.out + u) * whole.w.out + v] ?? NaN, count: (cutCounts.h[u] ?? 0) * (cutCounts.w[v] ?? 0), kept: false });
      } else {
        cells.push({ value: NaN, count: 0, kept: false });
      }
    }
  }
  return cells;
}

export interface ScatterPicture extends GridPicture {
  readonly scale: ColorScale;
  readonly range: readonly [number, number];
}

/** Labels of one drawn axis: the kept output index, `✂` on what the crop cuts. */
function keptLabels(a: ScatterAxis): AxisLabel[] {
  return Array.from({ length: a.extent }, (_, u) => (isKept(a, u) ? { text: String(u - a.kept0) } : { text: '✂', muted: true }));
}

/** The kept block in drawn positions. */
export function keptBox(plan: Plan): CellBox {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  return { row0: H.kept0, col0: W.kept0, row1: H.kept0 + H.out - 1, col1: W.kept0 + W.out - 1 };
}

/**
 * The drawn output of filter `f`: values (with `×n`, the stamps that land
 * there, when the cells have room) or, with `overlaps`, the count itself on
 * a colour scale — the uneven overlap behind checkerboard artifacts.
 */
export function scatterPicture(plan: Plan, f: number, layout: Pick<GridLayout, 'values' | 'subText'>, overlaps: boolean): ScatterPicture {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const cells = scatterCells(plan, f);
  const range = overlaps ? ([0, extent(cells.map((c) => c.count))[1]] as const) : extent(cells.map((c) => c.value));
  const scale = overlaps ? coverageScale(Math.max(1, range[1])) : valueScale(range[0], range[1]);
  const paints: CellPaint[] = cells.map((c) => {
    const shown = overlaps ? c.count : c.value;
    const colour = overlaps || !layout.values;
    const fill = !c.kept ? CROPPED_FILL : overlaps && c.count === 0 ? UNREAD_FILL : colour ? scale.color(shown) : INPUT_FILL;
    const dark = c.kept && colour && !(overlaps && c.count === 0) && scale.darkAt(shown);
    const text = !layout.values ? undefined : overlaps ? String(c.count) : Number.isFinite(c.value) ? formatNumber(c.value) : undefined;
    const sub = !overlaps && layout.subText ? `×${c.count}` : undefined;
    return { fill, text, sub, ink: !c.kept ? MUTED_INK : dark ? WHITE_INK : undefined, dark, cropped: !c.kept };
  });
  const kept = keptBox(plan);
  const cut = { top: H.kept0 > 0, bottom: H.kept0 + H.out < H.extent, left: W.kept0 > 0, right: W.kept0 + W.out < W.extent };
  return { cells: paints, region: kept, rowLabels: keptLabels(H), colLabels: keptLabels(W), scale, range, transposed: { kept, cut } };
}

/** Drawn positions of the cells input cell (i, j)'s stamp lands on, row-major by tap (uncropped position = kept index + T). */
export function stampCells(plan: Plan, i: number, j: number): Cell[] {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const rows = stampAxis(plan, 'h', i).targets.map((t) => t + H.kept0);
  const cols = stampAxis(plan, 'w', j).targets.map((t) => t + W.kept0);
  return rows.flatMap((row) => cols.map((col) => ({ row, col })));
}

/** The input cells whose stamps land on drawn output position (u, v), row-major. */
export function stampersOf(plan: Plan, u: number, v: number): Cell[] {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const rows = Array.from({ length: plan.h.n }, (_, i) => i).filter((i) => stampAxis(plan, 'h', i).targets.some((t) => t + H.kept0 === u));
  const cols = Array.from({ length: plan.w.n }, (_, j) => j).filter((j) => stampAxis(plan, 'w', j).targets.some((t) => t + W.kept0 === v));
  return rows.flatMap((row) => cols.map((col) => ({ row, col })));
}
