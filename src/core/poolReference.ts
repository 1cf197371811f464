/**
 * The exact reference of a pooling layer, in float64 (design.md, `maxpool`,
 * `avgpool`): per channel, over the same window map as the convolution.
 * Max: the largest counted cell (padding holds −∞, so it never wins; a window
 * of padding only gives −∞). Average: the sum over the window (padding and
 * the ceil overhang add 0) divided by the window's counted cells.
 */
import { chwIndex } from './flatLayout';
import type { Plan, PoolFacts } from './plan';
import { axisTaps } from './windows';

/** The divisor of output cell (oy, ox) of an average: its window's counted cells. */
export function poolDivisor(pool: PoolFacts, oy: number, ox: number): number {
  return (pool.h.counts[oy] ?? 0) * (pool.w.counts[ox] ?? 0);
}

/** The values output cell (oy, ox) of channel `c` pools, in tap order (row-major), from the padded grid. */
export function poolTerms(plan: Plan, padded: readonly number[], c: number, oy: number, ox: number): number[] {
  const { h, w } = plan;
  const cols = axisTaps(w, ox);
  return axisTaps(h, oy).flatMap((r) => cols.map((q) => padded[chwIndex(h.padded, w.padded, c, r, q)] ?? NaN));
}

/**
 * Output `C*OH*OW` (channel-major, row-major) of a pooling Plan over its
 * padded grid `C*HP*WP` (`paddedOf(plan)`: −∞ in max pooling's padding, 0 in
 * an average's).
 */
export function referencePool(plan: Plan, padded: readonly number[]): number[] {
  const { h, w, channels: C, pool } = plan;
  if (!pool) throw new Error('referencePool needs a pooling Plan');
  const out = new Array<number>(C * h.out * w.out);
  let idx = 0;
  for (let c = 0; c < C; c++) {
    for (let oy = 0; oy < h.out; oy++) {
      for (let ox = 0; ox < w.out; ox++) {
        const terms = poolTerms(plan, padded, c, oy, ox);
        out[idx++] =
          pool.reduce === 'max'
            ? terms.reduce((m, v) => Math.max(m, v), -Infinity)
            : terms.reduce((s, v) => s + v, 0) / poolDivisor(pool, oy, ox);
      }
    }
  }
  return out;
}
