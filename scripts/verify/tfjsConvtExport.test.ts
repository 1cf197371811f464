/**
 * The exported TensorFlow.js transposed-convolution snippets really run:
 * each one, as exported, is evaluated with the project's own tfjs
 * (tfjs-core + the CPU backend stand in for the '@tensorflow/tfjs' bundle)
 * and its `out` is compared with core's exact reference (float32
 * tolerance), for every valid transposed golden case and the hand-made
 * ones — so tfjs' explicit-pad crop and the baked, dense kernel are
 * checked against the real op. Also pins what the table says about tfjs:
 * it does not check outputShape against the input.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfjsConvt, tfjsConvtSnippet } from '../../src/translate/codegen/tfjsConvt';
import { referenceOf } from '../../src/core';
import { convtExportPlans } from './convtGoldenPlans';
import { convTolerance, runTfjsSnippet } from './tfjsRun';

const plans = convtExportPlans().filter(({ plan }) => plan.op === 'convt');

describe('TensorFlow.js transposed export runs and matches the reference', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reaches both forms: a padding word, and the crop as explicit pads', () => {
    const pads = plans.map(({ plan }) => tfjsConvt(plan).pad);
    expect(pads.some((p) => p.startsWith("'"))).toBe(true);
    expect(pads.some((p) => p.startsWith('['))).toBe(true);
  });

  it('every snippet computes the reference output (float32)', () => {
    const failures: string[] = [];
    for (const { name, plan } of plans) {
      const code = tfjsConvtSnippet(plan).code;
      try {
        const { out } = runTfjsSnippet(code);
        const ref = referenceOf(plan);
        const tol = convTolerance(plan);
        if (out.length !== ref.length || out.some((v, i) => !(Math.abs(v - (ref[i] ?? NaN)) <= tol))) {
          failures.push(`${name}: got ${JSON.stringify(out)}\nwant ${JSON.stringify(ref)}\n${code}`);
        }
      } catch (e) {
        failures.push(`${name}: ${String(e)}\n${code}`);
      }
    }
    console.log(`tfjs transposed export: ${plans.length} configurations executed`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
  });

  it('tfjs does not check outputShape: a shape TF would refuse gives numbers, not an error', () => {
    // Input 3 at stride 2 with 'same': TF accepts outputs 5 and 6 only; tfjs takes 8 silently.
    const y = tf.tidy(() => tf.conv2dTranspose(tf.ones([1, 3, 3, 1]) as tf.Tensor4D, tf.ones([3, 3, 1, 1]) as tf.Tensor4D, [1, 8, 8, 1], [2, 2], 'same'));
    expect(y.shape).toEqual([1, 8, 8, 1]);
    y.dispose();
  });
});
