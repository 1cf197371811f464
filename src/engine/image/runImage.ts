/**
 * Runs an image kernel over an RGB image on the active tfjs backend, per
 * channel (depthwise: each colour channel convolved with the same plane).
 * Padding is on the GPU, through the core's index maps (padThroughIndexMaps,
 * gatherPad.ts): one `tf.pad` when the maps only frame the picture with the
 * constant (zeros, constant), else row and column gathers, each step skipped
 * where its map makes a copy. Unlike the grid engine, which pads on the host
 * (runPlan.ts), a picture keeps its size, so those shaders compile once.
 * Tensors live only inside tf.tidy here; results are read with `await data()`.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ImagePlan } from '../../core';
import { appliedKernel, needsBakedDilation, type Kernel2D } from '../../core';
import { rgbToRgba, type RgbImage } from '../../core';
import { fillValue, type PadMode } from '../../core';
import { toHwio } from '../kernelLayout';
import { padThroughIndexMaps } from '../gatherPad';
import { readAndDispose } from '../readBack';

/** Everything a run needs besides the plan: the pixels and the kernel. */
export interface ImageJob {
  readonly image: RgbImage;
  readonly kernel: Kernel2D;
  /** True convolution (kernel rotated 180°) instead of cross-correlation. */
  readonly flip: boolean;
  /** The constant of `mode: 'constant'`, in pixel units (0..255 scale). */
  readonly cval: number;
}

export interface ImageModeResult {
  readonly mode: PadMode;
  /** Output size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Output values, interleaved HWC RGB (length height·width·3), float32 as tfjs computed them. */
  readonly values: Float32Array;
  /** The same, as opaque RGBA bytes clamped to 0..255. */
  readonly rgba: Uint8ClampedArray;
  /** tfjs backend that ran it. */
  readonly backend: string;
  /** Wall time from upload to read-back, in ms. */
  readonly ms: number;
}

/** Builds `[1, OH, OW, 3]` for one plan (call inside tf.tidy). */
function convolveImage(job: ImageJob, plan: ImagePlan): tf.Tensor4D {
  const { h, w } = plan;
  const { image, kernel } = job;
  if (image.height !== h.n || image.width !== w.n) throw new Error(`image is ${image.height}×${image.width} but the plan is for ${h.n}×${w.n}`);
  const x = tf.tensor4d(image.rgb, [1, h.n, w.n, 3]);
  const padded = padThroughIndexMaps(x, h, w, fillValue(plan.mode, job.cval));
  const applied = appliedKernel(kernel.values, 1, kernel.h, kernel.w, job.flip);
  // HWIO with C=3, F=1 is exactly depthwiseConv2d's [h, w, inChannels, multiplier=1] layout.
  const hwio = toHwio({
    weights: [...applied, ...applied, ...applied],
    filters: 1,
    channels: 3,
    kh: kernel.h,
    kw: kernel.w,
    dh: h.d,
    dw: w.d,
    bakeDilation: needsBakedDilation(h, w),
  });
  const filter = tf.tensor4d(hwio.values, hwio.shape);
  // 'valid' on an already padded input: tfjs never computes pads itself (tfjs issue 649).
  return tf.depthwiseConv2d(padded, filter, [h.s, w.s], 'valid', 'NHWC', hwio.dilations);
}

/** Runs one padding mode's plan; resolves when the values are read back. */
export async function runImagePlan(job: ImageJob, plan: ImagePlan): Promise<ImageModeResult> {
  const start = performance.now();
  const out = tf.tidy(() => convolveImage(job, plan));
  const values = await readAndDispose(out);
  const ms = performance.now() - start;
  return { mode: plan.mode, width: plan.w.out, height: plan.h.out, values, rgba: rgbToRgba(values), backend: tf.getBackend(), ms };
}
