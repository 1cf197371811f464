/**
 * Image mode's checkerboard section on tfjs: a picture upsampled by a
 * depthwise transposed convolution (core/image/checkerboard.ts), computed by
 * tfjs's own `conv2dTranspose` — not the direct picture the grid engine
 * convolves — then checked against the core's scatter reference
 * (transposedScatter.ts), so two independent derivations meet.
 * Tensors live only inside tf.tidy here; the result is read with `await data()`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { maxAbsDiff, rgbToRgba, scatterTransposed, type Plan } from '../../core';
import { toNhwc } from '../nhwc';
import { readAndDispose } from '../readBack';
import { float32Tolerance } from '../runPlan';

export interface UpsampleResult {
  /** Output size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Output values, interleaved HWC RGB (length height·width·3), float32 as tfjs computed them. */
  readonly values: Float32Array;
  /** The same, as opaque RGBA bytes clamped to 0..255. */
  readonly rgba: Uint8ClampedArray;
  /** Largest |tfjs − core scatter reference| over every value, in pixel units (0..255 scale). */
  readonly maxAbsDiff: number;
  /** What float32 may differ by for this plan (runPlan.ts's bound). */
  readonly tolerance: number;
  /** tfjs backend that ran it. */
  readonly backend: string;
  /** Wall time from upload to read-back, in ms (the reference not included). */
  readonly ms: number;
}

/** Why tfjs's conv2dTranspose cannot run this plan as is; null when it can. */
function unsupported(plan: Plan): string | null {
  const t = plan.transposed;
  if (plan.op !== 'convt' || !t) return 'runUpsample needs a transposed-convolution Plan';
  if (plan.config.groups !== plan.channels || plan.filters !== plan.channels) return 'runUpsample runs depthwise plans only (groups = C = F)';
  // tfjs's conv2dTranspose has no dilation argument.
  if (plan.h.d !== 1 || plan.w.d !== 1) return 'runUpsample needs dilation 1 (tfjs conv2dTranspose has none)';
  // The kept output must lie inside what tfjs computes, `full + q` per axis.
  if (t.h.cropAfter < 0 || t.w.cropAfter < 0) return 'runUpsample needs an output inside full + q (a crop of 0 or more at the end)';
  return null;
}

/**
 * The depthwise filter as conv2dTranspose takes it, `[KH, KW, F, C]`, zero off
 * the diagonal: filter f reads channel f only. The plan's weights are
 * PyTorch's ConvTranspose2d order `(C, F/g = 1, KH, KW)`.
 */
function depthwiseFilter(plan: Plan): Float32Array {
  const C = plan.channels;
  const kh = plan.h.k;
  const kw = plan.w.k;
  const out = new Float32Array(kh * kw * C * C);
  for (let c = 0; c < C; c++) {
    for (let a = 0; a < kh; a++) {
      for (let b = 0; b < kw; b++) out[((a * kw + b) * C + c) * C + c] = plan.weights[(c * kh + a) * kw + b] ?? NaN;
    }
  }
  return out;
}

/** `[1, OH, OW, C]`: tfjs's uncropped output `full + q` per axis, then the plan's crop (call inside tf.tidy). */
function upsampleTensor(plan: Plan): tf.Tensor4D {
  const t = plan.transposed;
  if (!t) throw new Error('runUpsample needs a transposed-convolution Plan');
  const { h, w, channels: C } = plan;
  const x = tf.tensor4d(toNhwc(plan.input, C, h.n, w.n), [1, h.n, w.n, C]);
  const filter = tf.tensor4d(depthwiseFilter(plan), [h.k, w.k, C, C]);
  const uncropped: [number, number, number, number] = [1, t.h.full + t.h.q, t.w.full + t.w.q, C];
  // 'valid' with the full output shape: tfjs crops nothing itself, the slice below is the plan's crop.
  const full = tf.conv2dTranspose(x, filter, uncropped, [t.h.stride, t.w.stride], 'valid');
  return tf.slice(full, [0, t.h.cropBefore, t.w.cropBefore, 0], [1, h.out, w.out, C]);
}

/** The scatter reference `C*OH*OW` against tfjs's `OH*OW*C`: the largest difference. */
function differenceFromReference(plan: Plan, hwc: Float32Array): number {
  const C = plan.filters;
  const n = plan.h.out * plan.w.out;
  const ref = scatterTransposed(plan);
  // Reorder the reference to HWC once, then compare as flat arrays.
  const refHwc = new Float64Array(ref.length);
  for (let f = 0; f < C; f++) for (let i = 0; i < n; i++) refHwc[i * C + f] = ref[f * n + i] ?? NaN;
  return maxAbsDiff(hwc, refHwc);
}

/**
 * Runs a depthwise transposed-convolution Plan on the active backend (tfjs
 * `conv2dTranspose`, NHWC) and compares it with the core's scatter reference.
 * Rejects with a message when the plan is not one it runs (see `unsupported`).
 */
export async function runUpsample(plan: Plan): Promise<UpsampleResult> {
  const problem = unsupported(plan);
  if (problem) throw new Error(problem);
  const start = performance.now();
  const out = tf.tidy(() => upsampleTensor(plan));
  const values = await readAndDispose(out);
  const ms = performance.now() - start;
  return {
    width: plan.w.out,
    height: plan.h.out,
    values,
    rgba: rgbToRgba(values),
    maxAbsDiff: differenceFromReference(plan, values),
    tolerance: float32Tolerance(plan),
    backend: tf.getBackend(),
    ms,
  };
}
