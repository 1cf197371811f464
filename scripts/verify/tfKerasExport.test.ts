/**
 * The exported tf.nn, Keras 3 and Keras 1 snippets run — against numpy
 * stand-ins for TensorFlow/Keras (scripts/verify/fakes: TF cannot be installed
 * here), which follow the documented semantics and reject argument forms the
 * real libraries reject. This pins the snippets' numbers, layouts (NHWC,
 * HWIO), pads, slice helpers, kernel flip/dilation baking and API forms
 * (e.g. Keras 1.2's 4-int ZeroPadding2D); the PyTorch check runs the real thing.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { keras1Snippet } from '../../src/translate/codegen/keras1';
import { kerasSnippet } from '../../src/translate/codegen/kerasCode';
import { tfSnippet } from '../../src/translate/codegen/tfCode';
import type { Plan } from '../../src/core';
import { referenceConv } from '../../src/core';
import { exportPlans, maxRelDiff } from './configs';
import { requirePython, runPythonBatch, type PyResult } from './python';

const fakes = (name: string) => fileURLToPath(new URL(`./fakes/${name}`, import.meta.url));
/** Reads `out` back: the snippets print it for people; the check needs the numbers. */
const READBACK = '\nimport json\nprint("PADLAB_OUT", json.dumps([float(v) for v in np.asarray(out).reshape(-1)]))\n';

const plans = exportPlans();
const targets: readonly { name: string; make: (p: Plan) => string; path: string[] }[] = [
  { name: 'tf', make: (p) => tfSnippet(p).code, path: [fakes('tf')] },
  { name: 'keras', make: (p) => kerasSnippet(p).code, path: [fakes('tf'), fakes('keras3')] },
  { name: 'keras1', make: (p) => keras1Snippet(p).code, path: [fakes('tf'), fakes('keras1')] },
];
const results = new Map<string, PyResult[]>();

describe('tf / Keras 3 / Keras 1 exports run (numpy stand-ins) and match the reference', () => {
  beforeAll(() => {
    requirePython(['numpy']);
    for (const t of targets) {
      results.set(t.name, runPythonBatch(plans.map(({ plan }) => t.make(plan) + READBACK), 'exec', t.path));
    }
  }, 300_000);

  for (const t of targets) {
    it(`${t.name}: every snippet prints the reference output (float64, 1e-9 relative)`, () => {
      const failures: string[] = [];
      let worst = 0;
      (results.get(t.name) ?? []).forEach((r, i) => {
        const named = plans[i];
        if (!named) return;
        const diff = r.ok && r.out ? maxRelDiff(r.out, referenceConv(named.plan)) : Infinity;
        worst = Math.max(worst, diff);
        if (!(diff <= 1e-9)) failures.push(`${named.name}: ${r.error ?? `max relative diff ${diff}`}\n${t.make(named.plan)}`);
      });
      console.log(`${t.name} export: ${plans.length} configurations executed on the stand-ins, max relative diff ${worst}`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('the stand-ins reject what the real libraries reject (so a pass means something)', () => {
    const cases: [string, string[], string][] = [
      ['Keras 1.2 ZeroPadding2D has no nested ((T, B), (L, R)) form', [fakes('tf'), fakes('keras1')],
        'from keras.layers import ZeroPadding2D\nZeroPadding2D(padding=((1, 0), (2, 1)))'],
      ['Keras 1.2 atrous convolution refuses strides', [fakes('tf'), fakes('keras1')],
        'import numpy as np\nfrom keras.layers import AtrousConvolution2D\n' +
          'AtrousConvolution2D(1, 3, 3, atrous_rate=(2, 2), subsample=(2, 2), bias=False, weights=[np.ones((3, 3, 1, 1))]).call(np.ones((1, 9, 9, 1)))'],
      ['Keras 3 Conv2D refuses stride > 1 with dilation > 1', [fakes('tf'), fakes('keras3')],
        'import keras\nkeras.layers.Conv2D(1, 3, strides=2, dilation_rate=2)'],
      ['tf.pad REFLECT needs pad <= n - 1', [fakes('tf')],
        "import numpy as np, tensorflow as tf\ntf.pad(np.ones((1, 3, 3, 1)), [[0, 0], [3, 0], [0, 0], [0, 0]], mode='REFLECT')"],
      ['tf.nn.conv2d needs one dtype', [fakes('tf')],
        "import numpy as np, tensorflow as tf\ntf.nn.conv2d(np.ones((1, 3, 3, 1)), np.ones((1, 1, 1, 1), np.float32), [1, 1, 1, 1], 'VALID')"],
    ];
    for (const [why, path, code] of cases) {
      const [r] = runPythonBatch([code], 'exec', path);
      expect(r?.error ?? '', why).toMatch(/Error/);
    }
  });
});
