/**
 * The exported tf.nn, Keras 3 and Keras 1 snippets run — against numpy
 * stand-ins for TensorFlow/Keras (scripts/verify/fakes: TF cannot be installed
 * here), which follow the documented semantics and reject argument forms the
 * real libraries reject. This pins the snippets' numbers, layouts (NHWC,
 * HWIO), pads, slice helpers, kernel flip/dilation baking and API forms
 * (e.g. Keras 1.2's 4-int ZeroPadding2D); the PyTorch check runs the real thing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keras1Snippet } from '../../src/translate/codegen/keras1';
import { kerasSnippet } from '../../src/translate/codegen/kerasCode';
import { tfSnippet } from '../../src/translate/codegen/tfCode';
import { referenceConv } from '../../src/core';
import { checkOutputs, exportPlans } from './configs';
import { errorOf, READBACK, requirePython, runTargets, STAND_IN_PATH, standInTargets, type PyResult } from './python';


const plans = exportPlans();
const targets = standInTargets({
  tf: (p) => tfSnippet(p).code,
  keras: (p) => kerasSnippet(p).code,
  keras1: (p) => keras1Snippet(p).code,
});
let results = new Map<string, PyResult[]>();

describe('tf / Keras 3 / Keras 1 exports run (numpy stand-ins) and match the reference', () => {
  beforeAll(() => {
    requirePython(['numpy']);
    results = runTargets(targets, plans, READBACK);
  }, 300_000);

  for (const t of targets) {
    it(`${t.name}: every snippet prints the reference output (float64, 1e-9 relative)`, () => {
      const { failures, worst } = checkOutputs(plans, results.get(t.name) ?? [], {
        reference: referenceConv, code: ({ plan }) => t.make(plan),
      });
      console.log(`${t.name} export: ${plans.length} configurations executed on the stand-ins, max relative diff ${worst}`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('the stand-ins reject what the real libraries reject (so a pass means something)', () => {
    const cases: [string, readonly string[], string][] = [
      ['Keras 1.2 ZeroPadding2D has no nested ((T, B), (L, R)) form', STAND_IN_PATH.keras1,
        'from keras.layers import ZeroPadding2D\nZeroPadding2D(padding=((1, 0), (2, 1)))'],
      ['Keras 1.2 atrous convolution refuses strides', STAND_IN_PATH.keras1,
        'import numpy as np\nfrom keras.layers import AtrousConvolution2D\n' +
          'AtrousConvolution2D(1, 3, 3, atrous_rate=(2, 2), subsample=(2, 2), bias=False, weights=[np.ones((3, 3, 1, 1))]).call(np.ones((1, 9, 9, 1)))'],
      ['Keras 3 Conv2D refuses stride > 1 with dilation > 1', STAND_IN_PATH.keras,
        'import keras\nkeras.layers.Conv2D(1, 3, strides=2, dilation_rate=2)'],
      ['tf.pad REFLECT needs pad <= n - 1', STAND_IN_PATH.tf,
        "import numpy as np, tensorflow as tf\ntf.pad(np.ones((1, 3, 3, 1)), [[0, 0], [3, 0], [0, 0], [0, 0]], mode='REFLECT')"],
      ['tf.nn.conv2d needs one dtype', STAND_IN_PATH.tf,
        "import numpy as np, tensorflow as tf\ntf.nn.conv2d(np.ones((1, 3, 3, 1)), np.ones((1, 1, 1, 1), np.float32), [1, 1, 1, 1], 'VALID')"],
    ];
    for (const [why, path, code] of cases) expect(errorOf(code, path), why).toMatch(/Error/);
  });
});
