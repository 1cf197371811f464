/**
 * A pooling Plan on TensorFlow.js (design.md, `maxpool`, `avgpool`), over the
 * core's padded grid (`paddedOf`: −∞ in max pooling's padding and ceil
 * overhang, 0 in an average's), with 'valid' windows: tfjs never decides the
 * pads. Max: `tf.maxPool`, or `tf.pool` when dilated. Average: `tf.avgPool`
 * divides by the whole window `KH·KW`; the Plan's divisors (count_include_pad,
 * TF's real-cell rule, the overhang that never counts) are applied after.
 * Call inside `tf.tidy`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { poolDivisor, type Plan, type PoolFacts } from '../core';
import { toNhwc } from './nhwc';

/** `[1, OH, OW, 1]`: the whole window over each output cell's divisor, the factor that turns tfjs's mean into the Plan's. */
function divisorScale(pool: PoolFacts, oh: number, ow: number, windowCells: number): tf.Tensor4D {
  const scale = new Float32Array(oh * ow);
  for (let oy = 0; oy < oh; oy++) for (let ox = 0; ox < ow; ox++) scale[oy * ow + ox] = windowCells / poolDivisor(pool, oy, ox);
  return tf.tensor4d(scale, [1, oh, ow, 1]);
}

/**
 * `[1, OH, OW, 1]`: −∞ where a max window holds no input cell, else 0. tfjs
 * WebGL starts its max at −1e20, not −∞, so a window of −∞ padding would read
 * −1e20; adding this gives such windows PyTorch's −∞ and leaves the rest as
 * tfjs computed them.
 */
function emptyWindows(pool: PoolFacts, oh: number, ow: number): tf.Tensor4D {
  const add = new Float32Array(oh * ow);
  for (let oy = 0; oy < oh; oy++) for (let ox = 0; ox < ow; ox++) add[oy * ow + ox] = poolDivisor(pool, oy, ox) === 0 ? -Infinity : 0;
  return tf.tensor4d(add, [1, oh, ow, 1]);
}

/** Max pooling with dilation: tfjs's `pool` refuses stride and dilation together, so run stride 1 and subsample. */
function dilatedMax(x: tf.Tensor4D, plan: Plan): tf.Tensor4D {
  const { h, w } = plan;
  const dense = tf.pool(x, [h.k, w.k], 'max', 'valid', [h.d, w.d], [1, 1]) as tf.Tensor4D;
  if (h.s === 1 && w.s === 1) return dense;
  return tf.stridedSlice(dense, [0, 0, 0, 0], dense.shape, [1, h.s, w.s, 1]) as tf.Tensor4D;
}

/** The pooled output `[1, OH', OW', C]` (at least OH×OW; the caller keeps the first OH×OW). */
export function poolTensor(plan: Plan, padded: readonly number[]): tf.Tensor4D {
  const { h, w, channels: C, pool } = plan;
  if (!pool) throw new Error('poolTensor needs a pooling Plan');
  const x = tf.tensor4d(toNhwc(padded, C, h.padded, w.padded), [1, h.padded, w.padded, C]);
  // One more window fits when PyTorch's last-window rule removed it (the padding after ≥ ke): keep OH×OW.
  const kept = (y: tf.Tensor4D) => tf.slice(y, [0, 0, 0, 0], [1, h.out, w.out, C]);
  if (pool.reduce === 'max') {
    const max = kept(h.d > 1 || w.d > 1 ? dilatedMax(x, plan) : tf.maxPool(x, [h.k, w.k], [h.s, w.s], 'valid'));
    return tf.add(max, emptyWindows(pool, h.out, w.out));
  }
  const mean = kept(tf.avgPool(x, [h.k, w.k], [h.s, w.s], 'valid'));
  return tf.mul(mean, divisorScale(pool, h.out, w.out, h.k * w.k));
}
