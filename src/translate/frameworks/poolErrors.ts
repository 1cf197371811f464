/**
 * The exact errors frameworks raise for pooling layers, as the user sees
 * them. PyTorch's were checked against PyTorch 1.13 (the golden vectors'
 * version); the others are quoted from the framework's source, cited.
 */
import type { Axis, Plan } from '../../core';

/**
 * aten Pool.h `pooling_output_shape` (PyTorch 1.13), checked for the height
 * first, then the width; newer releases say "half of effective kernel size".
 */
export function torchPoolPadError(pad: number, kernel: number): string {
  return `RuntimeError: pad should be at most half of kernel size, but got pad=${pad} and kernel_size=${kernel}`;
}

/** The Python argument parser of torch.max_pool2d / avg_pool2d: `padding` takes ints only (no 'same'). */
export function torchPoolStringPadding(reduce: 'max' | 'avg'): string {
  return `TypeError: ${reduce}_pool2d(): argument 'padding' (position 4) must be tuple of ints, not str`;
}

/** Caffe pooling_layer.cpp `LayerSetUp`: `CHECK_LT(pad_h_, kernel_h_)`, then the width (glog's line). */
export function caffePoolPadLimit(axis: Axis, pad: number, kernel: number): string {
  return `Check failed: pad_${axis}_ < kernel_${axis}_ (${pad} vs. ${kernel})`;
}

/** tfjs-core ops/pool.ts: `util.assert` throws an Error whose message starts "Error in pool". */
export function tfjsPoolStrideDilation(plan: Plan): string {
  return `Error: Error in pool: Either strides or dilations must be 1. Got strides ${plan.h.s},${plan.w.s} and dilations '${plan.h.d},${plan.w.d}'`;
}
