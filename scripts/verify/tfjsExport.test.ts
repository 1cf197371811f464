/**
 * The exported TensorFlow.js snippets really run: each snippet, as exported,
 * is evaluated with the project's own tfjs (tfjs-core + the CPU backend stand
 * in for the '@tensorflow/tfjs' bundle it imports; the ops are the same) and
 * its `out` is compared with the exact reference. tfjs computes in float32,
 * so the tolerance scales with the size of the terms summed.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tfjsSnippet } from '../../src/translate/codegen/tfjsCode';
import type { Plan } from '../../src/core';
import { referenceConv } from '../../src/core';
import { exportPlans } from './configs';

const IMPORT = "import * as tf from '@tensorflow/tfjs';";

/** Runs one snippet's code with `tf` bound to tfjs-core; returns its `out` values and whether it printed. */
function runSnippet(code: string): { out: number[]; printed: boolean } {
  if (!code.includes(IMPORT)) throw new Error('snippet does not import @tensorflow/tfjs as tf');
  const body = code.replace(IMPORT, '');
  let printed = false;
  const spy = vi.spyOn(console, 'log').mockImplementation(() => {
    printed = true;
  });
  try {
    // The snippet is ES module code whose only import is `tf`: run it as a function body.
    const run = new Function('tf', `${body}\nreturn Array.from(out.dataSync());`) as (t: typeof tf) => number[];
    return { out: tf.tidy(() => run(tf)), printed };
  } finally {
    spy.mockRestore();
  }
}

/** float32 tolerance: a few ulps of the largest term magnitude times the number of terms. */
function tolerance(plan: Plan): number {
  const maxX = Math.max(1, ...plan.input.map(Math.abs), Math.abs(plan.config.cval));
  const maxW = Math.max(1, ...plan.weights.map(Math.abs));
  return 1e-6 * maxX * maxW * plan.channels * plan.h.k * plan.w.k;
}

const plans = exportPlans();

describe('TensorFlow.js export runs and matches the reference', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('every snippet computes the reference output (float32)', () => {
    const failures: string[] = [];
    let worst = 0;
    for (const { name, plan } of plans) {
      const code = tfjsSnippet(plan).code;
      try {
        const { out, printed } = runSnippet(code);
        const ref = referenceConv(plan);
        const diff = out.length === ref.length ? Math.max(0, ...out.map((v, i) => Math.abs(v - (ref[i] ?? NaN)))) : Infinity;
        worst = Math.max(worst, diff / tolerance(plan));
        if (!(diff <= tolerance(plan))) failures.push(`${name}: max diff ${diff}\n${code}`);
        if (!printed) failures.push(`${name}: out.print() printed nothing`);
      } catch (e) {
        failures.push(`${name}: ${String(e)}\n${code}`);
      }
    }
    console.log(`tfjs export: ${plans.length} configurations executed, worst diff ${worst.toExponential(2)} of tolerance`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
  });
});
