/**
 * Runs a Plan's convolution on the active TensorFlow.js backend and checks it
 * against the core's exact reference. Every tensor is made and disposed here.
 */
import * as tf from '@tensorflow/tfjs-core';
import { constantValue, paddedInput } from '../core/padded';
import type { Plan } from '../core/plan';
import { referenceConv } from '../core/reference';
import { toHwio } from './kernelLayout';
import { needsBakedDilation, padThroughIndexMaps } from './gatherPad';

export interface EngineResult {
  /** `[F, OH, OW]` */
  readonly shape: [number, number, number];
  /** Output `F*OH*OW`, filter-major then row-major, as computed by tfjs (float32). */
  readonly values: Float32Array;
  /** The reference output, float64, same layout. */
  readonly reference: readonly number[];
  /** tfjs backend that ran it (`webgl`, `cpu`, …). */
  readonly backend: string;
  /** Largest |tfjs − reference|. */
  readonly maxAbsDiff: number;
  /** The tolerance the result is judged against (float32 rounding, scaled to the values). */
  readonly tolerance: number;
  readonly matches: boolean;
  /** Wall time of the tfjs part, in ms. */
  readonly ms: number;
}

/**
 * Float32 tolerance for a convolution: each output sums `C·KH·KW` products, so
 * the rounding bound grows with the number of terms and the size of the terms.
 */
export function float32Tolerance(plan: Plan): number {
  const terms = plan.channels * plan.h.k * plan.w.k;
  const maxX = Math.max(1, ...plan.input.map(Math.abs), Math.abs(constantValue(plan)));
  const maxW = Math.max(1e-30, ...plan.weights.map(Math.abs));
  return 4 * 2 ** -23 * terms * maxX * maxW + 1e-7;
}

/** Builds the output tensor `[1, OH, OW, F]` for a plan (inside a tidy of the caller). */
function convolve(plan: Plan): tf.Tensor4D {
  const { h, w, channels: C, filters: F, config } = plan;
  const x = tf.transpose(tf.tensor4d(Float32Array.from(plan.input), [1, C, h.n, w.n]), [0, 2, 3, 1]);
  const padded = padThroughIndexMaps(x, h, w, constantValue(plan));
  const kernel = toHwio({
    weights: plan.weights,
    filters: F,
    channels: C,
    kh: h.k,
    kw: w.k,
    dh: h.d,
    dw: w.d,
    flip: config.flip,
    bakeDilation: needsBakedDilation(h, w),
  });
  const filter = tf.tensor4d(kernel.values, kernel.shape);
  // 'valid' on an already padded input: tfjs never computes pads itself (see tfjs issue 649).
  return tf.conv2d(padded, filter, [h.s, w.s], 'valid', 'NHWC', kernel.dilations);
}

/** Runs the plan on the current backend; resolves when the values are read back (async, no dataSync). */
export async function runPlan(plan: Plan): Promise<EngineResult> {
  const start = performance.now();
  const out = tf.tidy(() => tf.transpose(convolve(plan), [0, 3, 1, 2]));
  let values: Float32Array;
  try {
    values = (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
  const ms = performance.now() - start;
  const reference = referenceConv(plan, paddedInput(plan));
  let maxAbsDiff = 0;
  for (let i = 0; i < reference.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs((values[i] ?? NaN) - (reference[i] ?? NaN)));
  if (values.length !== reference.length) maxAbsDiff = Infinity;
  const tolerance = float32Tolerance(plan);
  return {
    shape: [plan.filters, plan.h.out, plan.w.out],
    values,
    reference,
    backend: tf.getBackend(),
    maxAbsDiff,
    tolerance,
    matches: maxAbsDiff <= tolerance,
    ms,
  };
}

/** Live tensors right now (for leak checks). */
export function liveTensors(): number {
  return tf.memory().numTensors;
}
