/**
 * Gather indices from the core's index maps, for padding on the GPU (image
 * mode's gatherPad.ts, the Keras check's GatherPadding2D): the input gets one
 * extra constant cell at the end of each spatial axis, and each padded
 * position gathers either its source index or that constant cell.
 */
import { CONSTANT } from '../core';

/** Gather indices for one axis: the source index, or `n` (the appended constant cell) for CONSTANT. */
export function gatherIndices(source: readonly number[], n: number): Int32Array {
  return Int32Array.from(source, (s) => (s === CONSTANT ? n : s));
}
