/**
 * The exact reference convolution, in float64: what every framework computes
 * (cross-correlation, PyTorch `F.conv2d` over the padded input), or true
 * convolution when `flip` is set (the Plan's `appliedWeights` are then the
 * kernel rotated 180°, as Theano and scipy's `convolve2d`). The window
 * positions come from the shared window map.
 */
import { chwIndex, oihwIndex } from './flatLayout';
import { paddedInput } from './padded';
import type { Plan } from './plan';
import { axisTaps } from './windows';

/**
 * Output `F*OH*OW` (filter-major, row-major):
 * `out[f, oy, ox] = Σ_c Σ_i Σ_j x_pad[c, oy·sh + i·dh, ox·sw + j·dw] · wa[f, c, i, j]`
 * with `wa` the applied kernel (`plan.appliedWeights`).
 */
export function referenceConv(plan: Plan, padded: readonly number[] = paddedInput(plan)): number[] {
  const { h, w, channels: C, filters: F, appliedWeights: weights } = plan;
  const KH = h.k;
  const KW = w.k;
  const rows = Array.from({ length: h.out }, (_, o) => axisTaps(h, o));
  const cols = Array.from({ length: w.out }, (_, o) => axisTaps(w, o));
  const out = new Array<number>(F * h.out * w.out);
  let idx = 0;
  for (let f = 0; f < F; f++) {
    for (let oy = 0; oy < h.out; oy++) {
      for (let ox = 0; ox < w.out; ox++) {
        let sum = 0;
        for (let c = 0; c < C; c++) {
          for (let i = 0; i < KH; i++) {
            const row = (c * h.padded + (rows[oy]?.[i] ?? 0)) * w.padded;
            for (let j = 0; j < KW; j++) {
              sum += (padded[row + (cols[ox]?.[j] ?? 0)] ?? NaN) * (weights[oihwIndex(C, KH, KW, f, c, i, j)] ?? NaN);
            }
          }
        }
        out[idx++] = sum;
      }
    }
  }
  return out;
}

/** The terms of one output cell's dot product for channel `c`, in tap order: `[input, weight]` pairs. */
export function dotTerms(plan: Plan, padded: readonly number[], f: number, c: number, oy: number, ox: number): [number, number][] {
  const { h, w, channels: C, appliedWeights: weights } = plan;
  const rows = axisTaps(h, oy);
  const cols = axisTaps(w, ox);
  const terms: [number, number][] = [];
  rows.forEach((r, i) => {
    cols.forEach((q, j) => {
      terms.push([padded[chwIndex(h.padded, w.padded, c, r, q)] ?? NaN, weights[oihwIndex(C, h.k, w.k, f, c, i, j)] ?? NaN]);
    });
  });
  return terms;
}
