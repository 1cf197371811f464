/**
 * What each pooling window holds, for the grid, the hover lines and the
 * step-through: which of its taps count, which are the ceil overhang, and
 * (max) which tap wins. Values come from the core's `poolTerms` and
 * `referenceOf`, cells from the window map, the counting from
 * `plan.pool.{h,w}.counted`: nothing here redoes the pooling arithmetic.
 */
import { axisTaps, isPaddingCell, poolTerms, referenceOf, windowCells, type Cell, type Plan } from '../core';

/** One tap of a pooling window. */
export interface PoolTap {
  /** Padded-grid cell, 0-based from the top-left padded cell. */
  readonly cell: Cell;
  /** The padded grid's value there (−∞ on max pooling's padding and overhang, 0 on an average's). */
  readonly value: number;
  /** Whether it counts: can win the max, or is in the average's divisor. */
  readonly counted: boolean;
  /** In the declared padding (top/bottom/left/right), not the input and not the overhang. */
  readonly pad: boolean;
  /** Past the declared padding: a ceil_mode window hangs over it; never counts. */
  readonly overhang: boolean;
}

/** Whether padded cell (row, col) of a pooling Plan counts (false for a convolution). */
export function isCounted(plan: Plan, row: number, col: number): boolean {
  return plan.pool !== null && (plan.pool.h.counted[row] ?? false) && (plan.pool.w.counted[col] ?? false);
}

/** Whether padded cell (row, col) lies past the declared padding, in the ceil overhang, on either axis. */
export function isOverhang(plan: Plan, row: number, col: number): boolean {
  return row >= plan.h.padded - plan.h.overhang || col >= plan.w.padded - plan.w.overhang;
}

/** The taps of output cell (oy, ox) of channel `channel`, row-major in window order. `padded` is `paddedOf(plan)`. */
export function poolTaps(plan: Plan, padded: readonly number[], channel: number, oy: number, ox: number): PoolTap[] {
  const values = poolTerms(plan, padded, channel, oy, ox);
  return windowCells(plan, oy, ox).map((cell, i) => {
    const overhang = isOverhang(plan, cell.row, cell.col);
    return {
      cell,
      value: values[i] ?? NaN,
      counted: isCounted(plan, cell.row, cell.col),
      pad: !overhang && isPaddingCell(plan, cell.row, cell.col),
      overhang,
    };
  });
}

/** The reference output of channel `channel` at (oy, ox), `F*OH*OW` flat (a pool's F is C). */
export function poolOutputValue(plan: Plan, channel: number, oy: number, ox: number): number {
  return referenceOf(plan)[(channel * plan.h.out + oy) * plan.w.out + ox] ?? NaN;
}

/**
 * The tap that wins a max-pooling window: the first counted tap, in window
 * order, that holds the reference's maximum (PyTorch's `return_indices`
 * picks the first on a tie); -1 for an average, or when nothing counts.
 */
export function winnerTap(plan: Plan, taps: readonly PoolTap[], max: number): number {
  if (plan.pool?.reduce !== 'max' || !Number.isFinite(max)) return -1;
  return taps.findIndex((t) => t.counted && t.value === max);
}

/** The padded cell that wins max-pooling window (oy, ox) of `channel`, or null (average, or no counted cell). */
export function windowWinner(plan: Plan, padded: readonly number[], channel: number, oy: number, ox: number): Cell | null {
  const taps = poolTaps(plan, padded, channel, oy, ox);
  return taps[winnerTap(plan, taps, poolOutputValue(plan, channel, oy, ox))]?.cell ?? null;
}

/**
 * For each padded cell (row-major `HP*WP` index) that wins a max-pooling
 * window of `channel`: how many windows it wins. The same rule as
 * `winnerTap`, without a tap object per cell (it runs over every window).
 */
export function winCounts(plan: Plan, padded: readonly number[], channel: number): Map<number, number> {
  const wins = new Map<number, number>();
  const pool = plan.pool;
  if (pool?.reduce !== 'max') return wins;
  for (let oy = 0; oy < plan.h.out; oy++) {
    const rows = axisTaps(plan.h, oy);
    for (let ox = 0; ox < plan.w.out; ox++) {
      const max = poolOutputValue(plan, channel, oy, ox);
      if (!Number.isFinite(max)) continue;
      const cols = axisTaps(plan.w, ox);
      const values = poolTerms(plan, padded, channel, oy, ox);
      const tap = values.findIndex((v, i) => {
        const r = rows[Math.floor(i / cols.length)] ?? -1;
        const c = cols[i % cols.length] ?? -1;
        return v === max && (pool.h.counted[r] ?? false) && (pool.w.counted[c] ?? false);
      });
      if (tap < 0) continue;
      const at = (rows[Math.floor(tap / cols.length)] ?? 0) * plan.w.padded + (cols[tap % cols.length] ?? 0);
      wins.set(at, (wins.get(at) ?? 0) + 1);
    }
  }
  return wins;
}
