/**
 * One output cell of a pool as the step-through prints it: every value of
 * the window in tap order (each with its cell and whether it counts), the
 * winner of a max, or the sum and divisor of an average. Taps and the winner
 * come from render/poolWindows, the divisor from the core's `poolDivisor`,
 * the value from the reference: nothing here redoes the pooling.
 */
import { poolDivisor, type Plan } from '../../core';
import { poolOutputValue, poolTaps, winnerTap, type PoolTap } from '../../render/poolWindows';

export interface PoolStep {
  readonly reduce: 'max' | 'avg';
  /** The channel (a pool's output channel is its input channel), row and column of the output cell. */
  readonly filter: number;
  readonly row: number;
  readonly col: number;
  readonly taps: readonly PoolTap[];
  /** Max: index into `taps` of the winner, -1 when no tap counts (the output is −∞). */
  readonly winner: number;
  /**
   * Average: the window's sum, accumulated in `referencePool`'s order (taps
   * row-major, from 0) so `sum / divisor` is the reference bit for bit;
   * uncounted taps add 0. NaN for a max.
   */
  readonly sum: number;
  /** Average: the counted cells it divides by; NaN for a max. */
  readonly divisor: number;
  /** The reference output of this cell. */
  readonly value: number;
}

/** The step of output cell (row, col) of `channel`. `padded` is `paddedOf(plan)`. */
export function poolStep(plan: Plan, padded: readonly number[], channel: number, row: number, col: number): PoolStep {
  const pool = plan.pool;
  if (!pool) throw new Error('poolStep needs a pooling Plan');
  const taps = poolTaps(plan, padded, channel, row, col);
  const value = poolOutputValue(plan, channel, row, col);
  const avg = pool.reduce === 'avg';
  return {
    reduce: pool.reduce,
    filter: channel,
    row,
    col,
    taps,
    winner: winnerTap(plan, taps, value),
    sum: avg ? taps.reduce((s, t) => s + t.value, 0) : NaN,
    divisor: avg ? poolDivisor(pool, row, col) : NaN,
    value,
  };
}
