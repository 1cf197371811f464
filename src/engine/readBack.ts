/**
 * The one way the engine reads a result tensor back to the host: `await
 * data()`, never `dataSync()`, which would block the main thread until the
 * GPU is done; and the tensor is disposed even when the read fails (a lost
 * WebGL context), so a failed run leaks nothing.
 */
import type { Tensor } from '@tensorflow/tfjs-core';

/** The tensor's values, in its own (row-major) order, as float32; the tensor is disposed. */
export async function readAndDispose(t: Tensor): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}
