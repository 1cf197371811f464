/**
 * One input cell of a transposed convolution as the scatter step-through
 * prints it (design.md, `convt`): `x[c, i, j] · w[c, f, a, b] → out[f, i·s + a·d − T, j·s + b·d − L]`
 * for every tap, each target kept or cut by the crop, and for a target the
 * whole sum of the stamps that land on it. Targets come from the core's
 * `stampAxis`, the output from `scatterTransposed` (render/scatterPicture):
 * nothing here redoes the layer.
 */
import { chwIndex, stampAxis, type Plan } from '../../core';
import { scatterOf } from '../../render/scatterPicture';
import { channelsOfFilter, sameGroup } from '../grids/groups';
import { filterInGroup, weightIndex } from '../grids/kernelIndex';

/** One tap of a stamp. */
export interface StampTap {
  /** Kernel tap (row a, column b), 0-based, before dilation. */
  readonly a: number;
  readonly b: number;
  readonly w: number;
  /** Target in the kept output (may lie outside it: cropped). */
  readonly row: number;
  readonly col: number;
  /** True when the crop cuts the target away. */
  readonly cropped: boolean;
}

export interface Stamp {
  readonly channel: number;
  readonly filter: number;
  /** Input cell (row i, column j). */
  readonly i: number;
  readonly j: number;
  readonly x: number;
  /** The filter's index within its group: PyTorch's `w[c, fl, a, b]`. */
  readonly fl: number;
  /** False when the channel does not feed the filter (another group): no taps. */
  readonly feeds: boolean;
  /** Row-major by tap. */
  readonly taps: readonly StampTap[];
}

/** The stamp of input cell (i, j) of `channel` onto filter `filter`'s output. */
export function stampOf(plan: Plan, channel: number, filter: number, i: number, j: number): Stamp {
  const { h, w } = plan;
  const x = plan.input[chwIndex(h.n, w.n, channel, i, j)] ?? NaN;
  const feeds = sameGroup(plan, filter, channel);
  const rows = stampAxis(plan, 'h', i).targets;
  const cols = stampAxis(plan, 'w', j).targets;
  const taps: StampTap[] = [];
  if (feeds) {
    rows.forEach((row, a) =>
      cols.forEach((col, b) => {
        const wv = plan.weights[weightIndex(plan, filter, channel, a, b) ?? -1] ?? NaN;
        taps.push({ a, b, w: wv, row, col, cropped: row < 0 || col < 0 || row >= h.out || col >= w.out });
      }),
    );
  }
  return { channel, filter, i, j, x, fl: filterInGroup(plan, filter), feeds, taps };
}

/** One stamp that lands on an output cell: `x[c, i, j] · w[c, fl, a, b]`. */
export interface Contribution {
  readonly channel: number;
  readonly i: number;
  readonly j: number;
  readonly a: number;
  readonly b: number;
  readonly x: number;
  readonly w: number;
}

/** Everything that lands on kept output cell (row, col) of `filter`, with the cell's value. */
export interface CellSum {
  readonly filter: number;
  readonly row: number;
  readonly col: number;
  /** In `scatterTransposed`'s order (channel, input row, input column, tap), so their sum is its value bit for bit. */
  readonly terms: readonly Contribution[];
  /** The core's output value at the cell. */
  readonly value: number;
}

/** The stamps that land on kept output cell (row, col) of `filter`, from every channel of its group. */
export function cellSum(plan: Plan, filter: number, row: number, col: number): CellSum {
  const { h, w } = plan;
  const terms: Contribution[] = [];
  for (const c of channelsOfFilter(plan, filter)) {
    for (let i = 0; i < h.n; i++) {
      const a = stampAxis(plan, 'h', i).targets.indexOf(row);
      if (a < 0) continue;
      for (let j = 0; j < w.n; j++) {
        const b = stampAxis(plan, 'w', j).targets.indexOf(col);
        if (b < 0) continue;
        const x = plan.input[chwIndex(h.n, w.n, c, i, j)] ?? NaN;
        terms.push({ channel: c, i, j, a, b, x, w: plan.weights[weightIndex(plan, filter, c, a, b) ?? -1] ?? NaN });
      }
    }
  }
  return { filter, row, col, terms, value: scatterOf(plan)[(filter * h.out + row) * w.out + col] ?? NaN };
}
