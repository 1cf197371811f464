/**
 * The sentences under the grids: what a hovered padded or output cell is,
 * where its value comes from, which windows read it, and why a cell is never
 * read. Pure functions of the Plan (and values), so they are unit-tested.
 */
import type { Axis } from '../../core';
import { appliedTap, CONSTANT, isPaddingCell } from '../../core';
import type { AxisPlan, Plan } from '../../core';
import { cellReaders, windowCells, type UnreadReason } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import { windowBox } from '../../render/overlays';
import { windowWinner } from '../../render/poolWindows';
import { describePoolPadded } from './describePool';
import { plural, spanText } from './describeText';
import { causalText } from './describeCausal';
import { describeDirectCell, directWindowText } from './describeTransposed';
import { filterReadsText } from './groups';
import { filterInGroup, weightIndex } from './kernelIndex';

/** Why no window reads cells of this axis, with the numbers substituted. */
export function unreadReasonText(ax: AxisPlan, reason: UnreadReason): string {
  const unit = ax.axis === 'h' ? 'row' : 'column';
  if (reason === 'floor' && ax.removed) {
    const start = ax.out * ax.s;
    return `past the last window: ceil_mode's window ${ax.out}, which would start at ${start} ≥ n + pb = ${ax.n} + ${ax.before}, was removed (PyTorch's last-window rule)`;
  }
  if (reason === 'floor') {
    return `dropped by floor: (n_p − ke) mod s = (${ax.padded} − ${ax.ke}) mod ${ax.s} = ${ax.remainder}, so the last ${plural(ax.remainder, unit)} fit no window`;
  }
  if (ax.s > ax.ke) {
    return `skipped: the stride (s = ${ax.s}) is larger than the kernel's reach (ke = ${ax.ke}), so windows jump over it`;
  }
  return `skipped: with stride s = ${ax.s} and dilation d = ${ax.d}, no kernel tap lands on this ${unit}`;
}

/** The reasons a padded cell is unread, one per unread axis; empty when some window reads it. */
export function cellUnreadReasons(plan: Plan, row: number, col: number): string[] {
  const parts: string[] = [];
  const rowReason = plan.h.unread[row];
  const colReason = plan.w.unread[col];
  if (rowReason) parts.push(`row ${row} ${unreadReasonText(plan.h, rowReason)}`);
  if (colReason) parts.push(`column ${col} ${unreadReasonText(plan.w, colReason)}`);
  return parts;
}

/** Legend lines: each (axis, reason) that leaves cells unread, with how many rows/columns. */
export function unreadLegend(plan: Plan): string[] {
  const lines: string[] = [];
  for (const reason of ['floor', 'gap'] as const) {
    for (const axis of ['h', 'w'] as Axis[]) {
      const ax = plan[axis];
      const count = ax.unread.filter((u) => u === reason).length;
      if (count === 0) continue;
      const unit = axis === 'h' ? 'row' : 'column';
      lines.push(`${plural(count, unit)} ${unreadReasonText(ax, reason)}`);
    }
  }
  return lines;
}

/** "Padding cell (padded row 0, col 1) = 7, copied from input (row 1, col 2) by reflect; read by 4 windows". */
export function describePadded(plan: Plan, padded: readonly number[], channel: number, row: number, col: number): string {
  const { h, w } = plan;
  const v = padded[(channel * h.padded + row) * w.padded + col] ?? NaN;
  const reads = (h.reads[row] ?? 0) * (w.reads[col] ?? 0);
  const unread = cellUnreadReasons(plan, row, col);
  const readText = reads > 0 ? `read by ${plural(reads, 'window')}` : `never read: ${unread.join('; ')}`;
  if (plan.pool) return describePoolPadded(plan, padded, channel, row, col, readText, winsOf(plan, padded, channel, row, col));
  if (plan.transposed) return describeDirectCell(plan, padded, channel, row, col, readText);
  const where = plan.channels > 1 ? ` of channel ${channel}` : '';
  if (!isPaddingCell(plan, row, col)) {
    const at = h.before || w.before ? ` at padded (${row}, ${col})` : '';
    return `Input cell (row ${row - h.before}, col ${col - w.before})${where}${at} = ${formatNumber(v)}; ${readText}`;
  }
  const sr = h.source[row] ?? CONSTANT;
  const sc = w.source[col] ?? CONSTANT;
  const source =
    sr === CONSTANT || sc === CONSTANT
      ? plan.config.mode === 'constant'
        ? 'the constant of constant padding'
        : 'zero padding'
      : `copied from input (row ${sr}, col ${sc}) by ${plan.config.mode}`;
  return `Padding cell (padded row ${row}, col ${col})${where} = ${formatNumber(v)}, ${source}; ${readText}`;
}

/** How many of the windows that read padded cell (row, col) it wins (max pooling; 0 otherwise). */
function winsOf(plan: Plan, padded: readonly number[], channel: number, row: number, col: number): number {
  if (plan.pool?.reduce !== 'max') return 0;
  return cellReaders(plan, row, col).filter((o) => {
    const win = windowWinner(plan, padded, channel, o.row, o.col);
    return win !== null && win.row === row && win.col === col;
  }).length;
}

function windowText(plan: Plan, row: number, col: number): string {
  if (plan.transposed) return directWindowText(plan, row, col);
  const box = windowBox(plan, row, col);
  const taps = windowCells(plan, row, col);
  const onPad = taps.filter((c) => isPaddingCell(plan, c.row, c.col)).length;
  // A pool works per channel; a convolution sums its channels.
  // A pool works per channel; a convolution sums its channels (a grouped one, those of its group).
  const summed = plan.channels > 1 && !plan.pool ? `, summed over ${plan.config.groups > 1 ? 'the channels of its group' : `${plan.channels} channels`}` : '';
  return `its window covers padded rows ${spanText(box.row0, box.row1)}, cols ${spanText(box.col0, box.col1)} (${plural(taps.length, 'tap')}, ${onPad} on padding${summed})`;
}

/** "Output (row 0, col 1) = 12: its window covers padded rows 0–2, cols 1–3 (9 taps, 3 on padding)". */
export function describeOutput(plan: Plan, value: number, row: number, col: number, stale: boolean): string {
  return `Output (row ${row}, col ${col}) = ${formatNumber(value)}${stale ? ' (exact reference; TensorFlow.js computing…)' : ''}: ${windowText(plan, row, col)}${causalText(plan, row, col)}`;
}

/** The step-through's current window, shown when nothing is hovered. */
export function describeStep(plan: Plan, index: number, count: number, row: number, col: number): string {
  return `Step ${index + 1} of ${count}: output (row ${row}, col ${col}) — ${windowText(plan, row, col)}${causalText(plan, row, col)}. Hover or use the arrow keys on a grid for details.`;
}

/**
 * "Kernel tap (row 0, col 2) of filter 0, channel 0 = 1". `rotated`: the
 * grid shows a transposed convolution's kernel rotated 180°, and the line
 * names the weight the tap holds (PyTorch's `w[c, f, a, b]`).
 */
export function describeKernel(plan: Plan, filter: number, channel: number, row: number, col: number, rotated = false): string {
  const from = rotated ? appliedTap(plan.h.k, plan.w.k, true, row, col) : { row, col };
  const index = weightIndex(plan, filter, channel, from.row, from.col);
  if (index === null) {
    return `Kernel tap (row ${row}, col ${col}): 0, since filter ${filter} does not read channel ${channel} (${filterReadsText(plan, filter) ?? 'another group'}).`;
  }
  const v = plan.weights[index] ?? NaN;
  if (rotated) {
    return `Rotated kernel tap (row ${row}, col ${col}) = w[${channel}, ${filterInGroup(plan, filter)}, ${from.row}, ${from.col}] = ${formatNumber(v)}: the weight at the opposite tap (rotated 180°). Enter edits it.`;
  }
  const at = appliedTap(plan.h.k, plan.w.k, plan.config.flip, row, col);
  const flip = plan.config.flip ? `; true convolution applies it at tap (${at.row}, ${at.col})` : '';
  return `Kernel tap (row ${row}, col ${col}) of filter ${filter}, channel ${channel} = ${formatNumber(v)}${flip}. Enter edits it.`;
}
