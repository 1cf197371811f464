/**
 * What every transposed-convolution snippet and framework row reads off a
 * `convt` Plan (design.md, `convt`): per axis the uncropped output
 * `full = (n−1)s + ke`, the cells cropped before it, and where the output
 * ends relative to `full` — and how each framework's arguments can say that
 * window. Nothing here derives a size: `full`, the crops and the output are
 * the Plan's (core's transposedAxis.ts); only the frameworks' own argument
 * rules (PyTorch's symmetric `padding` plus `output_padding`, TF's
 * `output_shape`) are written here, each citing its source.
 */
import type { Axis, Plan, TransposedAxisFacts } from '../../core';

/** One axis of a transposed convolution, in cells. */
export interface ConvtAxis {
  /** Input size. */
  readonly n: number;
  /** Kernel taps before dilation. */
  readonly k: number;
  /** The layer's stride (not the direct picture's 1). */
  readonly s: number;
  readonly d: number;
  /** Effective kernel `d(k−1)+1`. */
  readonly ke: number;
  /** Output padding `q` as configured. */
  readonly q: number;
  /** Uncropped output `(n−1)s + ke`. */
  readonly full: number;
  /** Cells cropped from the start of `full` (T or L). */
  readonly T: number;
  /** Cells cropped from the end of `full + q` (B or R); negative when zeros are added there. */
  readonly B: number;
  /** Output size `full + q − T − B`. */
  readonly out: number;
  /**
   * Where the output ends past `full`: `q − B`, i.e. `out = full − T + past`.
   * Positive: that many zero rows after the last row any input reaches;
   * negative: that many rows of `full` cropped at the end.
   */
  readonly past: number;
}

/** Both axes, plus the sizes the snippets print. */
export interface ConvtCode {
  readonly h: ConvtAxis;
  readonly w: ConvtAxis;
  /** Input channels C. */
  readonly C: number;
  /** Filters (output channels) F. */
  readonly F: number;
  /** Groups g. */
  readonly g: number;
}

function axisOf(plan: Plan, axis: Axis, t: TransposedAxisFacts): ConvtAxis {
  const a = plan[axis];
  return { n: a.n, k: a.k, s: t.stride, d: a.d, ke: a.ke, q: t.q, full: t.full, T: t.cropBefore, B: t.cropAfter, out: a.out, past: t.q - t.cropAfter };
}

/** Reads a `convt` Plan's axes; throws for another operation (a caller bug, never user input). */
export function convtCode(plan: Plan): ConvtCode {
  if (!plan.transposed) throw new Error('convtCode needs a transposed-convolution Plan');
  return {
    h: axisOf(plan, 'h', plan.transposed.h),
    w: axisOf(plan, 'w', plan.transposed.w),
    C: plan.channels,
    F: plan.filters,
    g: plan.config.groups,
  };
}

/**
 * PyTorch's `output_padding` limit: "output padding must be smaller than
 * either stride or dilation" (aten/src/ATen/native/ConvUtils.h), so below
 * `max(s, d)`.
 */
export const torchOutputPaddingLimit = (a: ConvtAxis): number => Math.max(a.s, a.d);

/**
 * How nn.ConvTranspose2d says one axis. PyTorch crops `padding` from both
 * ends of `full` and then adds `output_padding` rows at the end
 * (torch/nn/modules/conv.py, ConvTranspose2d: `out = (n−1)s − 2p + ke + q`,
 * `out[i] = full[i + p]`). The layer alone fits when `padding = T` and
 * `output_padding = T + past` is below the limit; otherwise a symmetric
 * `padding` no larger than both crops and a slice `[start, start + out)` of
 * its output.
 */
export interface TorchAxisForm {
  readonly padding: number;
  readonly outputPadding: number;
  /** First row/column of the layer's output kept; null when the layer's output is already the Plan's. */
  readonly sliceStart: number | null;
}

export function torchAxisForm(a: ConvtAxis): TorchAxisForm {
  const limit = torchOutputPaddingLimit(a);
  if (a.T + a.past >= 0 && a.T + a.past < limit) return { padding: a.T, outputPadding: a.T + a.past, sliceStart: null };
  // Crop symmetrically what both ends lose, let output_padding add the zero rows past full, slice the rest.
  const padding = Math.max(0, Math.min(a.T, -a.past));
  const outputPadding = Math.max(0, a.past);
  return { padding, outputPadding, sliceStart: a.T - padding };
}

/**
 * How the TensorFlow family (tf.nn.conv2d_transpose, Keras Conv2DTranspose,
 * Keras 1 Deconvolution2D, tfjs conv2dTranspose) reaches one axis in the
 * general case: the op's VALID output `full + tail` (an `output_shape` /
 * `output_padding` of `tail` zero rows, below the stride, which every one of
 * them accepts), then a crop of `cropStart` and `cropEnd`, then `zeros`
 * appended (rows past `full` a stride cannot reach; only when a dilation let
 * PyTorch's output padding reach past the stride).
 */
export interface TfAxisForm {
  readonly tail: number;
  readonly cropStart: number;
  readonly cropEnd: number;
  readonly zeros: number;
}

export function tfAxisForm(a: ConvtAxis): TfAxisForm {
  const after = Math.max(a.past, 0);
  const tail = Math.min(after, a.s - 1);
  return { tail, cropStart: a.T, cropEnd: Math.max(-a.past, 0), zeros: after - tail };
}

/**
 * The output sizes TensorFlow accepts in `output_shape` for this input, per
 * padding (its shape check, tensorflow/core/kernels/conv_grad_shape_utils.cc
 * `ConvBackpropExtractAndVerifyDimension`: the forward convolution of the
 * output must give back `n`): SAME needs `⌈m/s⌉ = n`, VALID `⌊(m − ke)/s⌋ + 1 = n`.
 */
export function tfAcceptedOutputs(a: Pick<ConvtAxis, 'n' | 's' | 'full'>): { readonly SAME: readonly [number, number]; readonly VALID: readonly [number, number] } {
  return { SAME: [(a.n - 1) * a.s + 1, a.n * a.s], VALID: [a.full, a.full + a.s - 1] };
}

/**
 * What TensorFlow crops before, for an accepted output size `m` (the forward
 * convolution's top/left padding: SAME `⌊max(full − m, 0)/2⌋`, VALID 0), or
 * null when it refuses `m`.
 */
export function tfCropFor(a: Pick<ConvtAxis, 'n' | 's' | 'full'>, padding: 'SAME' | 'VALID', m: number): number | null {
  const [lo, hi] = tfAcceptedOutputs(a)[padding];
  if (m < lo || m > hi) return null;
  return padding === 'VALID' ? 0 : Math.floor(Math.max(a.full - m, 0) / 2);
}

/** TF's padding word when `output_shape` = the Plan's output gives exactly the Plan's crop on both axes; else null. */
export function tfPaddingWord(c: ConvtCode, prefer: 'SAME' | 'VALID' = 'SAME'): 'SAME' | 'VALID' | null {
  for (const word of prefer === 'SAME' ? (['SAME', 'VALID'] as const) : (['VALID', 'SAME'] as const)) {
    if (tfCropFor(c.h, word, c.h.out) === c.h.T && tfCropFor(c.w, word, c.w.out) === c.w.T) return word;
  }
  return null;
}

/** TensorFlow's refusal of an output size (CPU kernel label; other devices print Conv2DSlowBackpropInput). */
export function tfOutputShapeError(a: ConvtAxis, spatialDim: 1 | 2, m: number, padding: 'SAME' | 'VALID'): string {
  const computed = padding === 'SAME' ? Math.ceil(m / a.s) : Math.floor((m - a.ke) / a.s) + 1;
  return (
    "InvalidArgumentError: Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: " +
    `actual = ${a.n}, computed = ${computed} spatial_dim: ${spatialDim} input: ${m} filter: ${a.k} output: ${a.n} stride: ${a.s} dilation: ${a.d}`
  );
}

/** The dilation is not 1 on some axis. */
export const convtDilated = (c: ConvtCode): boolean => c.h.d > 1 || c.w.d > 1;
/** Some stride above 1. */
export const convtStrided = (c: ConvtCode): boolean => c.h.s > 1 || c.w.s > 1;

/** A one-line summary for a snippet's header. */
export function convtSummary(c: ConvtCode): string {
  const { h, w } = c;
  return (
    `transposed convolution, input ${c.C}×${h.n}×${w.n}, ${c.F} filter(s) ${h.k}×${w.k}, stride ${h.s}×${w.s}, dilation ${h.d}×${w.d}` +
    `${c.g > 1 ? `, groups ${c.g}` : ''}, uncropped ${h.full}×${w.full}, crops (top, bottom, left, right) = (${h.T}, ${h.B}, ${w.T}, ${w.B}), ` +
    `output padding ${h.q}×${w.q} -> output ${c.F}×${h.out}×${w.out}`
  );
}
