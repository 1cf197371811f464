/**
 * The kernel as tfjs `tf.conv2d` takes it: core's `hwioLayout` (OIHW to HWIO,
 * the dilation baked in as zeros when stride and dilation are both above 1)
 * in a Float32Array. The kernel comes in as applied (the core's
 * `appliedWeights` / `appliedKernel`: already rotated for true convolution).
 * Tensors are made from this in runPlan and runImage.
 */
import { hwioLayout, needsBakedDilation, type OihwKernel, type Plan } from '../core';

export interface HwioKernel {
  /** HWIO values, length `h*w*channels*filters`. */
  readonly values: Float32Array;
  readonly shape: [number, number, number, number];
  /** The dilation to pass to tfjs conv2d (1 when baked in). */
  readonly dilations: [number, number];
}

/** Lays out a kernel for `tf.conv2d` (NHWC input, HWIO filter). */
export function toHwio(k: OihwKernel): HwioKernel {
  const { values, shape, dilations } = hwioLayout(k);
  return { values: Float32Array.from(values), shape: [...shape], dilations: [...dilations] };
}

/**
 * A Plan's kernel as applied (`plan.appliedWeights`, OIHW) laid out for `tf.conv2d` as HWIO `[KH', KW', C, F]` (KH', KW' the dilated sizes
 * when the dilation is baked in): the grid engine (runPlan.ts) and the
 * Keras-layers check (kerasLayers.ts) must convolve with the very same filter.
 */
export function planKernel(plan: Plan): HwioKernel {
  const { h, w } = plan;
  return toHwio({
    weights: plan.appliedWeights,
    filters: plan.filters,
    channels: plan.channels,
    kh: h.k,
    kw: w.k,
    dh: h.d,
    dw: w.d,
    bakeDilation: needsBakedDilation(h, w),
  });
}
