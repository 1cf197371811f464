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

/** Which layout a layer's given weights (URL `w`) are in: a convolution's, or a transposed convolution's. */
export type WeightLayout = 'conv' | 'convt';

/**
 * Where the weight between filter `f` and channel `c` at tap (a, b) sits in
 * the weights as given: a convolution's PyTorch OIHW `(F, C/g, KH, KW)`, a
 * transposed convolution's ConvTranspose2d `(C, F/g, KH, KW)`; null when `f`
 * and `c` are in different groups (the layer applies a 0 nobody gave).
 */
export function givenWeightIndex(layout: WeightLayout, C: number, F: number, g: number, kh: number, kw: number, f: number, c: number, a: number, b: number): number | null {
  if (groupOf(f, F, g) !== groupOf(c, C, g)) return null;
  if (layout === 'convt') {
    const fg = F / g;
    return oihwIndex(fg, kh, kw, c, f % fg, a, b);
  }
  const cg = C / g;
  return oihwIndex(cg, kh, kw, f, c % cg, a, b);
}

/**
 * A grouped convolution's weights, PyTorch's `(F, C/g, KH, KW)`, as dense
 * OIHW `(F, C, KH, KW)` with zeros between a filter and the channels outside
 * its group. With `g = 1` this is the weights themselves.
 */
export function denseConvWeights(weights: readonly number[], F: number, C: number, g: number, kh: number, kw: number): readonly number[] {
  if (g === 1) return weights;
  return denseOf(weights, 'conv', C, F, g, kh, kw, false);
}

/**
 * A transposed convolution's weights, PyTorch ConvTranspose2d's
 * `(C, F/g, KH, KW)`, as the dense OIHW `(F, C, KH, KW)` kernel of its
 * direct-convolution picture: each plane rotated 180°, zeros across groups.
 * `out[f, c, i, j] = w[c, f mod F/g, KH−1−i, KW−1−j]` when `c` and `f` share a group.
 */
export function directKernelOfTransposed(weights: readonly number[], C: number, F: number, g: number, kh: number, kw: number): number[] {
  return denseOf(weights, 'convt', C, F, g, kh, kw, true);
}

/** Dense OIHW `(F, C, KH, KW)` from the weights as given, 0 across groups, each plane rotated 180° when `rotate`. */
function denseOf(weights: readonly number[], layout: WeightLayout, C: number, F: number, g: number, kh: number, kw: number, rotate: boolean): number[] {
  const out = new Array<number>(F * C * kh * kw).fill(0);
  for (let f = 0; f < F; f++) {
    for (let c = 0; c < C; c++) {
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          const at = givenWeightIndex(layout, C, F, g, kh, kw, f, c, rotate ? kh - 1 - i : i, rotate ? kw - 1 - j : j);
          if (at !== null) out[oihwIndex(C, kh, kw, f, c, i, j)] = weights[at] ?? NaN;
        }
      }
    }
  }
  return out;
}
