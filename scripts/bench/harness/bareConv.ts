/**
 * The baseline image.pipeline_ratio divides by (README, Performance): the
 * plainest tfjs convolution of the same picture, with the padding done
 * inside tfjs. Benchmark-only, so it lives here and not in src/engine; it
 * uses the engine's kernel layout and read-back so that only the padding
 * differs from image mode's pipeline (src/engine/image/runImage.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Kernel2D, RgbImage } from '../../../src/core';
import { toHwio } from '../../../src/engine/kernelLayout';
import { readAndDispose } from '../../../src/engine/readBack';

/** `[kh, kw, 3, 3]` with the kernel on the channel diagonal: conv2d then computes each channel alone. */
export function blockDiagonal(kernel: Kernel2D): tf.Tensor4D {
  const zeros = new Array<number>(kernel.h * kernel.w).fill(0);
  const weights = [0, 1, 2].flatMap((f) => [0, 1, 2].flatMap((c) => (f === c ? kernel.values : zeros)));
  const hwio = toHwio({ weights, filters: 3, channels: 3, kh: kernel.h, kw: kernel.w, dh: 1, dw: 1, bakeDilation: false });
  return tf.tensor4d(hwio.values, hwio.shape);
}

export interface BareResult {
  readonly width: number;
  readonly height: number;
  /** Interleaved HWC RGB. */
  readonly values: Float32Array;
  readonly ms: number;
}

/**
 * The baseline of the padding pipeline's cost: `tf.conv2d(x, w, 1, 'same')`
 * on the same input (block-diagonal `[kh, kw, 3, 3]` filter), zeros padding
 * done inside tfjs and no gathers. `op: 'depthwise'` runs
 * `tf.depthwiseConv2d(x, w, 1, 'same')` instead, the like-for-like baseline
 * (tfjs's WebGL conv2d goes through im2col and does 3× the multiplies).
 * Both equal runImagePlan's zeros/`same`/stride 1 result (bareConv.test.ts).
 */
export async function runBareConv(image: RgbImage, kernel: Kernel2D, op: 'conv2d' | 'depthwise' = 'conv2d'): Promise<BareResult> {
  const start = performance.now();
  const out = tf.tidy(() => {
    const x = tf.tensor4d(image.rgb, [1, image.height, image.width, 3]);
    if (op === 'conv2d') return tf.conv2d(x, blockDiagonal(kernel), 1, 'same');
    const filter = tf.tensor4d(kernel.values.flatMap((v) => [v, v, v]), [kernel.h, kernel.w, 3, 1]);
    return tf.depthwiseConv2d(x, filter, 1, 'same');
  });
  const values = await readAndDispose(out);
  return { width: image.width, height: image.height, values, ms: performance.now() - start };
}
