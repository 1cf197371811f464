/**
 * Runs exported TensorFlow.js snippets in the project's own tfjs: tfjs-core
 * (with the CPU backend the tests register) stands in for the
 * '@tensorflow/tfjs' bundle the snippets import; the ops are the same.
 */
import * as tf from '@tensorflow/tfjs-core';
import { vi } from 'vitest';
import type { Plan } from '../../src/core';

/** The one import every tfjs snippet starts with. */
const IMPORT = "import * as tf from '@tensorflow/tfjs';";

/** Runs one snippet's code with `tf` bound to tfjs-core; returns its `out` values and whether it printed. */
export function runTfjsSnippet(code: string): { out: number[]; printed: boolean } {
  if (!code.includes(IMPORT)) throw new Error('snippet does not import @tensorflow/tfjs as tf');
  let printed = false;
  const spy = vi.spyOn(console, 'log').mockImplementation(() => {
    printed = true;
  });
  try {
    // The snippet is ES module code whose only import is `tf`: run it as a function body.
    const run = new Function('tf', `${code.replace(IMPORT, '')}\nreturn Array.from(out.dataSync());`) as (t: typeof tf) => number[];
    return { out: tf.tidy(() => run(tf)), printed };
  } finally {
    spy.mockRestore();
  }
}

/**
 * float32 tolerance of a convolution: a few ulps of the largest term
 * (input, `alsoInput` such as a padding constant, times weight) times the taps summed.
 */
export function convTolerance(plan: Plan, ...alsoInput: number[]): number {
  const maxX = Math.max(1, ...plan.input.map(Math.abs), ...alsoInput.map(Math.abs));
  const maxW = Math.max(1, ...plan.weights.map(Math.abs));
  return 1e-6 * maxX * maxW * plan.channels * plan.h.k * plan.w.k;
}
