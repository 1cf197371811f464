/**
 * The exported tf.nn, Keras 3 and Keras 1 transposed-convolution snippets
 * run against the numpy stand-ins (scripts/verify/fakes; TF cannot be
 * installed here), which follow TF's documented conv2d_transpose (the
 * output_shape check, the crop from the forward convolution's padding) and
 * Keras 3's output size rule, and refuse what the real libraries refuse.
 * This pins the HWOI kernel (dense over groups, dilation baked), the
 * output_shape / output_padding chosen, the Cropping2D and slices against
 * core's reference, for every valid transposed golden case and the
 * hand-made ones; only the PyTorch check runs the real library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keras1ConvtSnippet } from '../../src/translate/codegen/keras1Convt';
import { kerasConvt, kerasConvtSnippet } from '../../src/translate/codegen/kerasConvt';
import { tfConvt, tfConvtSnippet } from '../../src/translate/codegen/tfConvt';
import { referenceOf } from '../../src/core';
import { checkOutputs } from './configs';
import { convtExportPlans } from './convtGoldenPlans';
import { errorOf, READBACK, requirePython, runPythonBatch, runTargets, STAND_IN_PATH, standInTargets, type PyResult } from './python';


const plans = convtExportPlans().filter(({ plan }) => plan.op === 'convt');
const targets = standInTargets({
  tf: (p) => tfConvtSnippet(p).code,
  keras: (p) => kerasConvtSnippet(p).code,
  keras1: (p) => keras1ConvtSnippet(p).code,
});
let results = new Map<string, PyResult[]>();

describe('tf / Keras 3 / Keras 1 transposed exports run (numpy stand-ins) and match the reference', () => {
  beforeAll(() => {
    requirePython(['numpy']);
    results = runTargets(targets, plans, READBACK);
  }, 300_000);

  it('reaches each form: the op alone (SAME, VALID), the uncropped op then a crop, Keras same with output_padding, zeros past full', () => {
    const words = new Set(plans.map(({ plan }) => String(tfConvt(plan).word)));
    expect([...words].sort()).toEqual(['SAME', 'VALID', 'null']);
    const keras = plans.map(({ plan }) => kerasConvt(plan));
    expect(keras.some((k) => k.word === 'same' && k.outputPadding !== null)).toBe(true);
    expect(keras.some((k) => k.word === null)).toBe(true);
    expect(keras.some((k) => k.h.zeros + k.w.zeros > 0)).toBe(true);
    expect(keras.some((k) => k.bake)).toBe(true);
  });

  for (const t of targets) {
    it(`${t.name}: every snippet prints the reference output (float64, 1e-9 relative)`, () => {
      const { failures, worst } = checkOutputs(plans, results.get(t.name) ?? [], {
        reference: referenceOf, code: ({ plan }) => t.make(plan),
      });
      console.log(`${t.name} transposed export: ${plans.length} configurations executed on the stand-ins, max relative diff ${worst}`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('the stand-ins refuse what the real libraries refuse (so a pass means something)', () => {
    const cases: [string, readonly string[], string][] = [
      ['Keras 3 Conv2DTranspose: output_padding must be < strides', STAND_IN_PATH.keras,
        'import keras\nkeras.layers.Conv2DTranspose(1, 3, strides=2, output_padding=2)'],
      ['Keras 3 Conv2DTranspose refuses stride > 1 with dilation > 1', STAND_IN_PATH.keras,
        'import keras\nkeras.layers.Conv2DTranspose(1, 3, strides=2, dilation_rate=2)'],
      ['tf.nn.conv2d_transpose checks output_shape against the input', STAND_IN_PATH.tf,
        "import numpy as np, tensorflow as tf\ntf.nn.conv2d_transpose(np.ones((1, 3, 3, 1)), np.ones((3, 3, 1, 1)), [1, 8, 8, 1], [1, 2, 2, 1], 'SAME')"],
    ];
    for (const [why, path, code] of cases) expect(errorOf(code, path), why).toMatch(/Error/);
  });

  it('the TF stand-in crops as TF documents: SAME with output 2n crops ⌊(ke − s)/2⌋ at the top', () => {
    // x = [1, 2] (1x2), kernel [1, 10, 100], stride 2: full = [1, 10, 102, 20, 200]; SAME, output 4: P = 1, crop 0 before.
    const code =
      'import json, numpy as np, tensorflow as tf\nx = np.array([1.0, 2.0]).reshape(1, 1, 2, 1)\nk = np.array([1.0, 10.0, 100.0]).reshape(1, 3, 1, 1)\n' +
      "y = tf.nn.conv2d_transpose(x, k, [1, 1, 4, 1], [1, 1, 2, 1], 'SAME').reshape(-1)\nprint(\"PADLAB_OUT\", json.dumps([float(v) for v in y]))";
    const [r] = runPythonBatch([code], 'exec', STAND_IN_PATH.tf);
    expect(r?.out).toEqual([1, 10, 102, 20]);
  });
});
