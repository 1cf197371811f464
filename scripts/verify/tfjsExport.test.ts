/**
 * The exported TensorFlow.js snippets really run: each snippet, as exported,
 * is evaluated with the project's own tfjs (tfjs-core + the CPU backend stand
 * in for the '@tensorflow/tfjs' bundle it imports; the ops are the same) and
 * its `out` is compared with the exact reference. tfjs computes in float32,
 * so the tolerance scales with the size of the terms summed.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfjsSnippet } from '../../src/translate/codegen/tfjsCode';
import { referenceConv, type Plan } from '../../src/core';
import { exportPlans } from './configs';
import { convTolerance, runTfjsSnippet } from './tfjsRun';

/** float32: the convolution's terms, the padding constant among the inputs. */
const tolerance = (plan: Plan) => convTolerance(plan, plan.config.cval);

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
        const { out, printed } = runTfjsSnippet(code);
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
