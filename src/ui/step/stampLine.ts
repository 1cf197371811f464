/**
 * The scatter step's one-line summary, above its table: which input cell
 * stamps which kernel where, with the layer's stride, dilation and crop
 * (design.md, `convt`: the scatter lands tap `a` of input `i` on `i·s + a·d − T`).
 */
import type { Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import type { Stamp } from './stamp';

/** "−1 to 1" (typographic minus: a range of kept-output rows, some of them cut). */
function rangeText(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? formatNumber(lo) : `${formatNumber(lo)} to ${formatNumber(hi)}`;
}

/** "x[0, 1, 2] stamps w[0, 0] onto out[0] rows 1 to 3, cols 3 to 5 (stride 2×2, dilation 1×1, crop T 1, L 1)". */
export function stampLine(plan: Plan, stamp: Stamp): string {
  const t = plan.transposed;
  const head = `x[${stamp.channel}, ${stamp.i}, ${stamp.j}] stamps w[${stamp.channel}, ${stamp.fl}]`;
  if (!stamp.feeds) return `${head} onto no cell of filter ${stamp.filter}: channel ${stamp.channel} is in another group.`;
  const where = `out[${stamp.filter}] rows ${rangeText(stamp.taps.map((tap) => tap.row))}, cols ${rangeText(stamp.taps.map((tap) => tap.col))}`;
  const layer = t ? ` (stride ${t.h.stride}×${t.w.stride}, dilation ${plan.h.d}×${plan.w.d}, crop T ${t.h.cropBefore}, L ${t.w.cropBefore})` : '';
  const cut = stamp.taps.filter((tap) => tap.cropped).length;
  return `${head} onto ${where}${layer}${cut ? `; ${cut} of its ${stamp.taps.length} taps land outside the kept output and are cut by the crop` : ''}.`;
}
