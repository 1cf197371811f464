/**
 * The sentences under the grids for a pooling layer: what a padded cell
 * holds and whether it counts, which windows an input cell wins, and how
 * an output cell's max or average comes about. Facts from the Plan's pooling
 * facts and render/poolWindows (the one reading of the window); pure, so
 * they are unit-tested.
 */
import { AXIS_NAME, poolDivisor, type Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import { isCounted, isOverhang, poolOutputValue, poolTaps, winnerTap } from '../../render/poolWindows';
import { plural, spanText } from './describeText';

/** Why an average's padding does or does not count: PyTorch's flag, or TF's rule for `same`/`valid`. */
export function divisorRule(plan: Plan): string {
  if (plan.pool?.countsPadding) return 'count_include_pad=True: the padding counts';
  const kind = plan.config.pad.kind;
  if (kind === 'same' || kind === 'valid') return `TensorFlow's padding="${kind}": only input cells count, whatever count_include_pad says`;
  return 'count_include_pad=False: only input cells count';
}

/** What a pool's padding holds and whether it counts, in a few words. */
export function paddingRule(plan: Plan): string {
  if (plan.pool?.reduce === 'max') return 'max pooling pads with −∞, so padding never wins';
  return plan.pool?.countsPadding ? 'counted in the divisor (count_include_pad=True)' : `adds 0 and is not counted (${divisorRule(plan)})`;
}

/** The hover line of padded cell (row, col) of a pool; `wins` is how many windows it wins (max pooling). */
export function describePoolPadded(plan: Plan, padded: readonly number[], channel: number, row: number, col: number, reads: string, wins: number): string {
  const { h, w } = plan;
  const v = formatNumber(padded[(channel * h.padded + row) * w.padded + col] ?? NaN);
  const where = plan.channels > 1 ? ` of channel ${channel}` : '';
  if (isOverhang(plan, row, col)) {
    const axes = [row >= h.padded - h.overhang ? AXIS_NAME.h : '', col >= w.padded - w.overhang ? AXIS_NAME.w : ''].filter(Boolean).join(' and ');
    return `Overhang cell (padded row ${row}, col ${col})${where}: past the padding, where the ceil_mode window hangs over (${axes}); it holds ${v} and never counts; ${reads}`;
  }
  if (h.isPadding[row] || w.isPadding[col]) {
    return `Padding cell (padded row ${row}, col ${col})${where} = ${v}: ${paddingRule(plan)}; ${reads}`;
  }
  const at = h.before || w.before ? ` at padded (${row}, ${col})` : '';
  const won = plan.pool?.reduce === 'max' ? `; wins ${plural(wins, 'window')}` : isCounted(plan, row, col) ? '; counted in the divisor' : '';
  return `Input cell (row ${row - h.before}, col ${col - w.before})${where}${at} = ${v}; ${reads}${won}`;
}

/** The hover line of output cell (row, col) of a pool: the max and its winner, or the sum over the divisor. */
export function describePoolOutput(plan: Plan, padded: readonly number[], channel: number, value: number, row: number, col: number, stale: boolean): string {
  const pool = plan.pool;
  const taps = poolTaps(plan, padded, channel, row, col);
  const rows = spanText(taps[0]?.cell.row ?? 0, taps.at(-1)?.cell.row ?? 0);
  const cols = spanText(taps[0]?.cell.col ?? 0, taps.at(-1)?.cell.col ?? 0);
  const head = `Output (row ${row}, col ${col})${plan.channels > 1 ? ` of channel ${channel}` : ''} = ${formatNumber(value)}${stale ? ' (exact reference; TensorFlow.js computing…)' : ''}`;
  const counted = taps.filter((t) => t.counted).length;
  const window = `its window covers padded rows ${rows}, cols ${cols} (${plural(taps.length, 'tap')}, ${counted} counted)`;
  if (pool?.reduce === 'max') {
    const win = taps[winnerTap(plan, taps, poolOutputValue(plan, channel, row, col))];
    if (!win) return `${head}: the max of ${window}; every tap is padding, so it is −∞`;
    const { cell } = win;
    return `${head}: the max of ${window}; the winner is input (row ${cell.row - plan.h.before}, col ${cell.col - plan.w.before}) at padded (${cell.row}, ${cell.col})`;
  }
  const divisor = pool ? poolDivisor(pool, row, col) : NaN;
  return `${head}: the sum of ${window} divided by ${divisor}, the counted cells (${divisorRule(plan)})`;
}
