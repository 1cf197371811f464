/**
 * Host-side kernel layout for tfjs: PyTorch OIHW (`F*C*KH*KW`) to tfjs HWIO
 * (`KH*KW*C*F`) and, when stride and dilation are both above 1, the dilation
 * baked in as zeros — tfjs asserts "Either strides or dilations must be 1"
 * (conv2d), PyTorch does not. The kernel comes in as applied (the core's
 * `appliedWeights` / `appliedKernel`: already rotated for true convolution).
 * Plain arrays only: tensors are made from this in runPlan and runImage.
 */
import type { Plan } from '../core';

/** tfjs asserts "Either strides or dilations must be 1": bake the dilation into the kernel then. */
export function needsBakedDilation(h: { s: number; d: number }, w: { s: number; d: number }): boolean {
  return (h.s > 1 || w.s > 1) && (h.d > 1 || w.d > 1);
}

export interface KernelSpec {
  /** OIHW values as applied (rotated for true convolution), length `filters*channels*kh*kw`. */
  readonly weights: readonly number[];
  readonly filters: number;
  readonly channels: number;
  readonly kh: number;
  readonly kw: number;
  /** Dilation per axis. */
  readonly dh: number;
  readonly dw: number;
  /** Bake dilation into the kernel as zeros (for stride > 1 with dilation > 1). */
  readonly bakeDilation: boolean;
}

export interface HwioKernel {
  /** HWIO values, length `h*w*channels*filters`. */
  readonly values: Float32Array;
  readonly shape: [number, number, number, number];
  /** The dilation to pass to tfjs conv2d (1 when baked in). */
  readonly dilations: [number, number];
}

/** Lays out a kernel for `tf.conv2d` (NHWC input, HWIO filter). */
export function toHwio(k: KernelSpec): HwioKernel {
  const sh = k.bakeDilation ? k.dh : 1;
  const sw = k.bakeDilation ? k.dw : 1;
  const h = (k.kh - 1) * sh + 1;
  const w = (k.kw - 1) * sw + 1;
  const values = new Float32Array(h * w * k.channels * k.filters);
  for (let f = 0; f < k.filters; f++) {
    for (let c = 0; c < k.channels; c++) {
      for (let i = 0; i < k.kh; i++) {
        for (let j = 0; j < k.kw; j++) {
          const v = k.weights[((f * k.channels + c) * k.kh + i) * k.kw + j] ?? NaN;
          values[((i * sh * w + j * sw) * k.channels + c) * k.filters + f] = v;
        }
      }
    }
  }
  return {
    values,
    shape: [h, w, k.channels, k.filters],
    dilations: k.bakeDilation ? [1, 1] : [k.dh, k.dw],
  };
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
