/**
 * The difference map between two results of the same shape (pure): where two
 * padding modes disagree, which is only ever near the border.
 */
import { IMAGE_LIMITS } from './imageLimits';

export interface DiffMap {
  /** Largest |a − b| over every pixel and channel, in the results' units (0..255 scale). */
  readonly maxAbs: number;
  /** How much |a − b| was multiplied for display. */
  readonly gain: number;
  /** How many pixels differ at all (any channel). */
  readonly changed: number;
  /** Opaque RGBA, "hot" colours: black where equal, red → yellow → white as the difference grows. */
  readonly rgba: Uint8ClampedArray;
}

/** Largest |a − b| over two equal-length arrays (Infinity when the lengths differ). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    // Equal infinities (max pooling's −∞ for a window of padding only) differ by 0, not NaN.
    m = Math.max(m, x === y ? 0 : Math.abs(x - y));
  }
  return m;
}

/** The gain that makes the largest difference full brightness, capped so tiny float noise stays dark. */
export function diffGain(maxAbs: number): number {
  return maxAbs > 0 ? Math.min(IMAGE_LIMITS.diffMaxGain, 255 / maxAbs) : 1;
}

/**
 * |a − b| per pixel (the largest over the 3 channels), amplified by
 * `diffGain` and coloured. `a` and `b` are interleaved RGB of equal length.
 */
export function diffMap(a: ArrayLike<number>, b: ArrayLike<number>): DiffMap {
  const maxAbs = maxAbsDiff(a, b);
  const gain = diffGain(maxAbs);
  const n = Math.floor(a.length / 3);
  const rgba = new Uint8ClampedArray(n * 4);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs((a[i * 3 + c] ?? 0) - (b[i * 3 + c] ?? 0)));
    if (d > 0) changed++;
    const t = Math.min(1, (d * gain) / 255);
    rgba[i * 4] = 255 * 3 * t;
    rgba[i * 4 + 1] = 255 * (3 * t - 1);
    rgba[i * 4 + 2] = 255 * (3 * t - 2);
    rgba[i * 4 + 3] = 255;
  }
  return { maxAbs, gain, changed, rgba };
}
