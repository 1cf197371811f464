/**
 * Image mode's padding, on the GPU, through the core's index maps
 * (padIndices.ts). These ops bake their shapes into WebGL shaders; a picture
 * keeps its size from run to run, so they compile once. The grid engine,
 * whose sizes change with every slider step, pads on the host instead
 * (runPlan.ts). Call inside `tf.tidy`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CONSTANT } from '../core';
import { gatherIndices } from './padIndices';

/** One axis's index map: for each padded position, the input index or CONSTANT; `n` the input size. */
export interface AxisMap {
  readonly source: readonly number[];
  readonly n: number;
}

/** True when the map copies the input unchanged (no padding on this axis). */
function isIdentity(map: AxisMap): boolean {
  return map.source.length === map.n && map.source.every((s, i) => s === i);
}

/**
 * `[before, after]` when the map is the input framed by constant cells
 * (CONSTANT × before, 0 … n−1, CONSTANT × after), else null.
 */
function constantBorder(map: AxisMap): [number, number] | null {
  const before = map.source.indexOf(0);
  if (before < 0) return null;
  const after = map.source.length - before - map.n;
  if (after < 0) return null;
  for (let i = 0; i < map.source.length; i++) {
    const inside = i >= before && i < before + map.n;
    if (map.source[i] !== (inside ? i - before : CONSTANT)) return null;
  }
  return [before, after];
}

/**
 * Pads an NHWC tensor `[1, n_h, n_w, C]` to `[1, padded_h, padded_w, C]`.
 * Each step is skipped when its map makes it a copy: the constant cell when
 * no position reads it (reflect, symmetric, replicate, circular, or no
 * padding), an axis's gather when that axis is not padded; and maps that only
 * frame the input with the constant (zeros, constant) are one `tf.pad`. On a
 * 1024² picture each skipped step is a full pass over the image on the GPU.
 */
export function padThroughIndexMaps(x: tf.Tensor4D, h: AxisMap, w: AxisMap, constant: number): tf.Tensor4D {
  const readsConstant = h.source.includes(CONSTANT) || w.source.includes(CONSTANT);
  if (!readsConstant && isIdentity(h) && isIdentity(w)) return x;
  // Maps that only surround the input with the constant (zeros and constant modes) are one tf.pad.
  const bh = constantBorder(h);
  const bw = constantBorder(w);
  if (bh && bw) return tf.pad(x, [[0, 0], bh, bw, [0, 0]], constant);
  // Without a constant cell the gather indices stay below n: gatherIndices only maps CONSTANT to n.
  const base = readsConstant ? tf.pad(x, [[0, 0], [0, 1], [0, 1], [0, 0]], constant) : x;
  const rows = !readsConstant && isIdentity(h) ? base : tf.gather(base, tf.tensor1d(gatherIndices(h.source, h.n), 'int32'), 1);
  return (!readsConstant && isIdentity(w) ? rows : tf.gather(rows, tf.tensor1d(gatherIndices(w.source, w.n), 'int32'), 2)) as tf.Tensor4D;
}
