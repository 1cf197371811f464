/**
 * The exported tf.nn, Keras 3 and Keras 1 pooling snippets run against the
 * numpy stand-ins for TensorFlow/Keras (scripts/verify/fakes; TF cannot be
 * installed here), which follow TF's documented pooling (VALID/SAME, max
 * ignoring SAME's pads, averages dividing by the input cells) and reject
 * what the real libraries reject. This pins the snippets' pads (−∞ for max,
 * the ceil overhang), the counted-cell mask, dilation through tf.nn.pool
 * and the layer signatures against core's reference; only the PyTorch check
 * runs the real library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keras1PoolSnippet } from '../../src/translate/codegen/keras1Pool';
import { kerasPoolSnippet } from '../../src/translate/codegen/kerasPool';
import { tfPoolSnippet } from '../../src/translate/codegen/tfPool';
import { poolCode } from '../../src/translate/codegen/poolFacts';
import { tfPoolForm } from '../../src/translate/codegen/tfPoolCommon';
import { referenceOf } from '../../src/core';
import { checkOutputs } from './configs';
import { poolExportPlans, poolRelDiff } from './poolConfigs';
import { errorOf, requirePython, runPythonBatch, runTargets, STAND_IN_PATH, standInTargets, type PyResult } from './python';

/** Reads `out` back (−∞ as null: JSON has no infinity). */
const READBACK =
  '\nimport json\nprint("PADLAB_OUT", json.dumps([None if v == float("-inf") else float(v) for v in np.asarray(out).reshape(-1)]))\n';

const plans = poolExportPlans();
const targets = standInTargets({
  tf: (p) => tfPoolSnippet(p).code,
  keras: (p) => kerasPoolSnippet(p).code,
  keras1: (p) => keras1PoolSnippet(p).code,
});
let results = new Map<string, PyResult[]>();

describe('tf / Keras 3 / Keras 1 pooling exports run (numpy stand-ins) and match the reference', () => {
  beforeAll(() => {
    requirePython(['numpy']);
    results = runTargets(targets, plans, READBACK);
  }, 300_000);

  it('reaches every TF form: the layer alone, a padding step, dilation, sum / count', () => {
    const forms = new Set(plans.map(({ plan }) => tfPoolForm(poolCode(plan))));
    expect([...forms].sort()).toEqual(['dilated', 'layer', 'pad-then-pool', 'sum-over-count']);
  });

  for (const t of targets) {
    it(`${t.name}: every snippet prints the reference output (float64, 1e-9 relative)`, () => {
      const { failures, worst } = checkOutputs(plans, results.get(t.name) ?? [], {
        reference: referenceOf, relDiff: poolRelDiff, code: ({ plan }) => t.make(plan),
      });
      console.log(`${t.name} pooling export: ${plans.length} configurations executed on the stand-ins, max relative diff ${worst}`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('the stand-ins reject what the real libraries reject (so a pass means something)', () => {
    const cases: [string, readonly string[], string][] = [
      ['Keras 3 MaxPooling2D has no dilation_rate', STAND_IN_PATH.keras, 'import keras\nkeras.layers.MaxPooling2D(2, dilation_rate=2)'],
      ['tf.nn.pool refuses dilation with strides', STAND_IN_PATH.tf,
        "import numpy as np, tensorflow as tf\ntf.nn.pool(np.ones((1, 5, 5, 1)), window_shape=(2, 2), pooling_type='MAX', strides=(2, 2), padding='VALID', dilations=(2, 2))"],
      ['tf.nn.avg_pool2d takes VALID or SAME only', STAND_IN_PATH.tf,
        "import numpy as np, tensorflow as tf\ntf.nn.avg_pool2d(np.ones((1, 5, 5, 1)), 2, 2, [[0, 0], [1, 1], [1, 1], [0, 0]])"],
      ['Keras 1.2 pooling border_mode is valid or same', STAND_IN_PATH.keras1,
        "from keras.layers import MaxPooling2D\nMaxPooling2D(border_mode='full')"],
    ];
    for (const [why, path, code] of cases) expect(errorOf(code, path), why).toMatch(/Error/);
  });

  it('the TF stand-in pools as TF documents: SAME max ignores the padding, SAME average divides by input cells', () => {
    // 1x3 row [-1, -2, -3], k=2 s=2 SAME: pads (0, 1); windows [-1, -2] and [-3, pad].
    const code =
      'import json, numpy as np, tensorflow as tf\nx = np.array([-1.0, -2.0, -3.0]).reshape(1, 1, 3, 1)\n' +
      "m = tf.nn.max_pool2d(x, (1, 2), (1, 2), 'SAME').reshape(-1)\na = tf.nn.avg_pool2d(x, (1, 2), (1, 2), 'SAME').reshape(-1)\n" +
      'print("PADLAB_OUT", json.dumps([float(v) for v in list(m) + list(a)]))';
    const [r] = runPythonBatch([code], 'exec', STAND_IN_PATH.tf);
    // max: -1, then -3 (not 0: the pad never wins); average: -1.5, then -3 / 1 (not -3 / 2).
    expect(r?.out).toEqual([-1, -3, -1.5, -3]);
  });
});
