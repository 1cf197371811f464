/**
 * The kernel as a layer applies it. Every framework computes
 * cross-correlation; true convolution (`flip`, Theano's default, scipy's
 * `convolve2d`) is cross-correlation with each kernel plane rotated 180°, so
 * the rotation is done once here and every reader (reference, engine, step
 * view) multiplies by the applied kernel without asking about `flip`.
 */

/**
 * `weights` (`planes*KH*KW`, row-major per plane, e.g. OIHW with
 * `planes = F*C`) rotated 180° in each plane when `flip`; a copy either way.
 */
export function appliedKernel(weights: readonly number[], planes: number, kh: number, kw: number, flip: boolean): number[] {
  if (!flip) return weights.slice();
  const out = new Array<number>(planes * kh * kw);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < kh; i++) {
      for (let j = 0; j < kw; j++) out[(p * kh + i) * kw + j] = weights[(p * kh + kh - 1 - i) * kw + kw - 1 - j] ?? NaN;
    }
  }
  return out;
}
