/**
 * The kernel as a layer applies it. Every framework computes
 * cross-correlation; true convolution (`flip`, Theano's default, scipy's
 * `convolve2d`) is cross-correlation with each kernel plane rotated 180°, so
 * the rotation is written once here and every reader (reference, engine, step
 * view, kernel description) uses it without asking about `flip` again.
 */

/** A kernel tap: row then column, 0-based from the top-left tap. */
export interface Tap {
  readonly row: number;
  readonly col: number;
}

/**
 * Where the weight given at tap (row, col) of a `kh×kw` kernel is applied:
 * the same tap for cross-correlation, `(kh−1−row, kw−1−col)` when `flip`.
 * A 180° rotation is its own inverse, so this also maps an applied tap back
 * to the weight it holds.
 */
export function appliedTap(kh: number, kw: number, flip: boolean, row: number, col: number): Tap {
  return flip ? { row: kh - 1 - row, col: kw - 1 - col } : { row, col };
}

/**
 * `weights` (`planes*KH*KW`, row-major per plane, e.g. OIHW with
 * `planes = F*C`) as applied: rotated 180° in each plane when `flip`, else
 * `weights` itself (read-only, so sharing it costs nothing on every change).
 */
export function appliedKernel(weights: readonly number[], planes: number, kh: number, kw: number, flip: boolean): readonly number[] {
  if (!flip) return weights;
  const out = new Array<number>(planes * kh * kw);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) {
        const from = appliedTap(kh, kw, flip, i, j);
        out[(p * kh + i) * kw + j] = weights[(p * kh + from.row) * kw + from.col] ?? NaN;
      }
    }
  }
  return out;
}
