/**
 * The sentences of a transposed convolution's scatter picture (design.md,
 * `convt`): where an input cell's stamp lands, and what lands on an output
 * cell — or that the crop cuts it away. Targets from the core's `stampAxis`
 * (through render/scatterPicture and step/stamp), values and counts from the
 * scatter picture's cells: nothing is recomputed.
 */
import { chwIndex, type Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import { isKept, keptBox, scatterAxis, scatterCells, stampersOf } from '../../render/scatterPicture';
import { stampOf } from '../step/stamp';
import { plural, spanText } from './describeText';
import { filtersOfChannel, membersText } from './groups';

/** "Input (row 1, col 2) = 5 stamps w[0, 0] scaled by 5: 6 of its 9 taps land on the kept output, 3 on the crop". */
export function describeScatterInput(plan: Plan, channel: number, filter: number, i: number, j: number, isStep: boolean): string {
  const stamp = stampOf(plan, channel, filter, i, j);
  const x = formatNumber(plan.input[chwIndex(plan.h.n, plan.w.n, channel, i, j)] ?? NaN);
  const head = `${isStep ? 'Step: input' : 'Input'} (row ${i}, col ${j})${plan.channels > 1 ? ` of channel ${channel}` : ''} = ${x}`;
  if (!stamp.feeds) return `${head}: it feeds ${membersText(filtersOfChannel(plan, channel), 'filter', 'filters')} only, not filter ${filter} (another group).`;
  const cut = stamp.taps.filter((t) => t.cropped).length;
  const kept = stamp.taps.length - cut;
  return (
    `${head} stamps w[${channel}, ${stamp.fl}] scaled by ${x} onto filter ${filter}: ${kept} of its ${plural(stamp.taps.length, 'tap')} land on the kept output` +
    (cut ? `, ${cut} on cells the crop cuts away` : '') +
    '. Hover an output cell to see what lands on it.'
  );
}

/** What lands on drawn output position (u, v) of filter `f`, or that the crop cuts it. `cells` is the scatter picture's. */
export function describeScatterOutput(plan: Plan, f: number, u: number, v: number): string {
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const cell = u < H.extent && v < W.extent ? scatterCells(plan, f)[u * W.extent + v] : undefined;
  if (!cell) return '';
  const from = stampersOf(plan, u, v);
  const stamps = `${plural(cell.count, 'stamp')} land${cell.count === 1 ? 's' : ''} here${from.length ? ` (from input ${from.map((c) => `(${c.row}, ${c.col})`).join(', ')})` : ''}`;
  if (isKept(H, u) && isKept(W, v)) {
    return `Output (row ${u - H.kept0}, col ${v - W.kept0}) of filter ${f} = ${formatNumber(cell.value)}: ${stamps}, summed.`;
  }
  const kept = keptBox(plan);
  return `Cut by the crop: uncropped (row ${u}, col ${v}) = ${formatNumber(cell.value)} would be here; ${stamps}. The crop keeps rows ${spanText(kept.row0, kept.row1)} and cols ${spanText(kept.col0, kept.col1)} of the uncropped output.`;
}
