/**
 * A transposed convolution's kernel as the TensorFlow family takes it:
 * `[KH, KW, out, in]` (HWOI — tf.nn.conv2d_transpose, Keras
 * Conv2DTranspose, Keras 1 Deconvolution2D, tfjs conv2dTranspose), from
 * PyTorch's `(C, F/g, KH, KW)`. None of them has groups, so a grouped
 * kernel is made dense with zeros between a channel and the filters of
 * other groups (core's `denseConvWeights`, which gives the same answer);
 * none of them dilates together with a stride (tfjs never), so the dilation
 * can be baked in as zeros between the taps (core's `dilateHwio`).
 */
import { denseConvWeights, dilateHwio, oihwToHwio, type Plan } from '../../core';
import type { ConvtCode } from './convtFacts';

export interface HwoiKernel {
  /** HWOI values, row-major over `shape`. */
  readonly values: readonly number[];
  /** `[KH', KW', F, C]`: KH', KW' the dilated extents when the dilation is baked in. */
  readonly shape: readonly [number, number, number, number];
  /** The dilation left for the op (1 when baked in). */
  readonly dilations: readonly [number, number];
}

/** The Plan's weights as HWOI, dense over groups, the dilation baked in when `bake`. */
export function hwoiKernel(plan: Plan, c: ConvtCode, bake: boolean): HwoiKernel {
  const { h, w, C, F } = c;
  // (C, F/g, KH, KW) -> dense (C, F, KH, KW): a channel's group feeds only its own filters.
  const iohw = denseConvWeights(plan.weights, C, F, c.g, h.k, w.k);
  // oihwToHwio reads its first axis as "out": passing (C, F) gives [KH, KW, F, C].
  const hwoi = oihwToHwio(iohw, C, F, h.k, w.k);
  if (!bake) return { values: hwoi, shape: [h.k, w.k, F, C], dilations: [h.d, w.d] };
  return { values: dilateHwio(hwoi, h.k, w.k, F, C, h.d, w.d), shape: [h.ke, w.ke, F, C], dilations: [1, 1] };
}
