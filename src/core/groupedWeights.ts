/**
 * Grouped and transposed kernels as one dense OIHW kernel `F*C*KH*KW`, so the
 * reference, the engine and the step-through read one layout whatever the
 * layer: weights between a filter and a channel of another group are 0
 * (they add nothing), and a transposed convolution's kernel is the one its
 * direct-convolution picture slides, rotated 180° (design.md, convt).
 */
import { oihwIndex } from './flatLayout';

/** The group (0-based) of channel `c` out of `count` channels split into `groups` equal groups. */
export function groupOf(c: number, count: number, groups: number): number {
  return Math.floor(c / (count / groups));
}

/**
 * A grouped convolution's weights, PyTorch's `(F, C/g, KH, KW)`, as dense
 * OIHW `(F, C, KH, KW)` with zeros between a filter and the channels outside
 * its group. With `g = 1` this is the weights themselves.
 */
export function denseConvWeights(weights: readonly number[], F: number, C: number, g: number, kh: number, kw: number): readonly number[] {
  if (g === 1) return weights;
  const cg = C / g;
  const out = new Array<number>(F * C * kh * kw).fill(0);
  for (let f = 0; f < F; f++) {
    const group = groupOf(f, F, g);
    for (let cl = 0; cl < cg; cl++) {
      const c = group * cg + cl;
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) out[oihwIndex(C, kh, kw, f, c, i, j)] = weights[oihwIndex(cg, kh, kw, f, cl, i, j)] ?? NaN;
      }
    }
  }
  return out;
}

/**
 * A transposed convolution's weights, PyTorch ConvTranspose2d's
 * `(C, F/g, KH, KW)`, as the dense OIHW `(F, C, KH, KW)` kernel of its
 * direct-convolution picture: each plane rotated 180°, zeros across groups.
 * `out[f, c, i, j] = w[c, f mod F/g, KH−1−i, KW−1−j]` when `c` and `f` share a group.
 */
export function directKernelOfTransposed(weights: readonly number[], C: number, F: number, g: number, kh: number, kw: number): number[] {
  const fg = F / g;
  const out = new Array<number>(F * C * kh * kw).fill(0);
  for (let c = 0; c < C; c++) {
    const group = groupOf(c, C, g);
    for (let fl = 0; fl < fg; fl++) {
      const f = group * fg + fl;
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          out[oihwIndex(C, kh, kw, f, c, i, j)] = weights[((c * fg + fl) * kh + (kh - 1 - i)) * kw + (kw - 1 - j)] ?? NaN;
        }
      }
    }
  }
  return out;
}
