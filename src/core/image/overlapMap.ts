/**
 * The overlap-count map of a transposed convolution (pure): how many kernel
 * taps are summed into each output pixel. Per axis the counts come from
 * transposedScatter.ts (`overlapCounts`); a k×k kernel stamps a product of
 * its rows and columns, so a pixel's count is its row's count times its
 * column's. Uneven counts are the checkerboard (Odena et al., Distill 2016).
 */
import type { Plan } from '../plan';
import { overlapCounts } from '../transposedScatter';

/** One axis's counts, whole and away from the border. */
export interface AxisOverlap {
  /** Taps landing on each output index along the axis (length: the output size). */
  readonly counts: readonly number[];
  /** The distinct counts, ascending. */
  readonly distinct: readonly number[];
  /** The distinct counts at least `ke` cells from both ends, ascending (all of them when the axis is that short). */
  readonly interior: readonly number[];
}

export interface OverlapMap {
  readonly h: AxisOverlap;
  readonly w: AxisOverlap;
  /** Row-major `OH×OW`: taps summed into each output pixel, `h.counts[y] · w.counts[x]`. */
  readonly counts: Uint16Array;
  /** Distinct pixel counts over the whole output, ascending. */
  readonly distinct: readonly number[];
  /** Distinct pixel counts away from the border (products of the axes' interior counts), ascending. */
  readonly interior: readonly number[];
}

const sortedDistinct = (values: Iterable<number>): number[] => [...new Set(values)].sort((a, b) => a - b);

/**
 * The counts of one axis. Cells within `ke` of either end may lose taps to
 * the picture's edge (no input row before the first or after the last) and to
 * the crop; past that margin every count repeats with period s.
 */
function axisOverlap(plan: Plan, axis: 'h' | 'w'): AxisOverlap {
  const counts = overlapCounts(plan, axis);
  const margin = plan[axis].ke;
  const inner = counts.slice(margin, counts.length - margin);
  return { counts, distinct: sortedDistinct(counts), interior: sortedDistinct(inner.length ? inner : counts) };
}

/** The overlap map of a transposed-convolution Plan (throws for another operation, as `overlapCounts` does). */
export function overlapMap(plan: Plan): OverlapMap {
  const h = axisOverlap(plan, 'h');
  const w = axisOverlap(plan, 'w');
  const counts = new Uint16Array(h.counts.length * w.counts.length);
  h.counts.forEach((ch, y) => w.counts.forEach((cw, x) => (counts[y * w.counts.length + x] = ch * cw)));
  return {
    h,
    w,
    counts,
    distinct: sortedDistinct(counts),
    interior: sortedDistinct(h.interior.flatMap((a) => w.interior.map((b) => a * b))),
  };
}

/** `1`, `1 or 2`, `1, 2 or 4`. */
export function orList(values: readonly number[]): string {
  return values.length < 2 ? String(values[0] ?? 0) : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? 0}`;
}

/**
 * The one-line explanation under a result, from its interior counts, e.g.
 * "k=3 is not a multiple of s=2: output pixels get 1 or 2 taps per axis, so
 * 1, 2 or 4 in all — the checkerboard (4× as many taps on some pixels as on others)."
 */
export function overlapSentence(k: number, s: number, map: OverlapMap): string {
  const perAxis = sortedDistinct([...map.h.interior, ...map.w.interior]);
  const all = map.interior;
  if (all.length === 1) {
    return `k=${k} is a multiple of s=${s}: every output pixel gets ${orList(perAxis)} tap${perAxis.length === 1 && perAxis[0] === 1 ? '' : 's'} per axis, ${all[0] ?? 0} in all, away from the border — no checkerboard.`;
  }
  const ratio = (all[all.length - 1] ?? 0) / (all[0] ?? 1);
  return `k=${k} is not a multiple of s=${s}: output pixels get ${orList(perAxis)} taps per axis, so ${orList(all)} in all — the checkerboard (${Number(ratio.toFixed(2))}× as many taps on some pixels as on others).`;
}

/** What the border adds, when its counts differ from the interior's; null when they do not. */
export function borderSentence(map: OverlapMap): string | null {
  const extra = map.distinct.filter((c) => !map.interior.includes(c));
  if (!extra.length) return null;
  return `At the border some pixels get only ${orList(extra)}: no input lies beyond the picture's edge to stamp there.`;
}

/** Colour stops (a blue → yellow ramp readable in grey and by colour-blind readers), 0 = fewest taps. */
const RAMP: readonly (readonly [number, number, number])[] = [
  [48, 18, 59],
  [40, 110, 190],
  [40, 180, 150],
  [170, 220, 60],
  [250, 240, 150],
];

/** The ramp's colour at `t` in 0..1, linear between stops. */
export function rampColour(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const a = RAMP[i] ?? [0, 0, 0];
  const b = RAMP[i + 1] ?? a;
  const f = x - i;
  return [0, 1, 2].map((c) => Math.round((a[c] ?? 0) + ((b[c] ?? 0) - (a[c] ?? 0)) * f)) as [number, number, number];
}

/** Where a count sits on the ramp: 0 for no tap, 1 for `max`. */
export const rampPosition = (count: number, max: number): number => (max > 0 ? count / max : 0);

/** The map as opaque RGBA on the ramp, scaled to `max` (the larger map's top count, so two maps share one scale). */
export function overlapRgba(counts: ArrayLike<number>, max: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(counts.length * 4);
  for (let i = 0; i < counts.length; i++) {
    const [r, g, b] = rampColour(rampPosition(counts[i] ?? 0, max));
    out.set([r, g, b, 255], i * 4);
  }
  return out;
}
