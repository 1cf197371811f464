/**
 * Where each padding cell's value comes from, per padding mode (design.md,
 * padding modes table). One axis at a time: a 2-D padded cell copies input
 * cell (sourceRow, sourceCol), or the constant when either is `CONSTANT`.
 */
import type { PadMode } from './config';

/** Marks a padded position that holds the constant (zeros or `cval`), not an input cell. */
export const CONSTANT = -1;

/** Mathematical modulo, non-negative for a positive period. */
function mod(a: number, m: number): number {
  return ((a % m) + m) % m;
}

/**
 * The input index a position `p` relative to the input's first cell copies
 * (`p < 0` is before the input, `p >= n` after it), or `CONSTANT`.
 * Periodic forms are used so the map is total; the core only calls it
 * within each mode's limit, where one reflection is enough.
 *
 * - reflect (`c b | a b c d | c b`): mirror about the edge cell, period 2(n−1);
 *   numpy `reflect`, PyTorch `reflect`, TF `REFLECT`, OpenCV `BORDER_REFLECT_101`.
 * - symmetric (`b a | a b c d | d c`): mirror about the edge, period 2n;
 *   numpy `symmetric`, TF `SYMMETRIC`, OpenCV `BORDER_REFLECT`, scipy `reflect`.
 * - replicate (`a a | a b c d | d d`): clamp; numpy `edge`, PyTorch `replicate`.
 * - circular (`c d | a b c d | a b`): wrap; numpy `wrap`, PyTorch `circular`.
 */
export function sourceIndex(mode: PadMode, n: number, p: number): number {
  if (p >= 0 && p < n) return p;
  switch (mode) {
    case 'zeros':
    case 'constant':
      return CONSTANT;
    case 'replicate':
      return p < 0 ? 0 : n - 1;
    case 'circular':
      return mod(p, n);
    case 'reflect': {
      if (n === 1) return 0;
      const q = mod(p, 2 * (n - 1));
      return q < n ? q : 2 * (n - 1) - q;
    }
    case 'symmetric': {
      const q = mod(p, 2 * n);
      return q < n ? q : 2 * n - 1 - q;
    }
  }
}

/**
 * The index map of one padded axis: for each of the `before + n + after`
 * padded positions, the input index it holds or `CONSTANT`.
 */
export function axisSourceMap(mode: PadMode, n: number, before: number, after: number): number[] {
  const map: number[] = [];
  for (let i = 0; i < before + n + after; i++) map.push(sourceIndex(mode, n, i - before));
  return map;
}
