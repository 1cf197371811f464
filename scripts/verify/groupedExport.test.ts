/**
 * Grouped, depthwise and causal convolutions through every exporter: each
 * valid grouped/causal golden case (golden/convt2d.json, op conv, PyTorch
 * 1.13's output) and the hand-made ones is exported for PyTorch (run in real
 * PyTorch), tf.nn / Keras 3 / Keras 1 (run on the numpy stand-ins) and tfjs
 * (run in the project's tfjs), and must print core's reference — and, for a
 * golden case, PyTorch's golden output.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { keras1Snippet } from '../../src/translate/codegen/keras1';
import { kerasSnippet } from '../../src/translate/codegen/kerasCode';
import { tfSnippet } from '../../src/translate/codegen/tfCode';
import { tfjsSnippet } from '../../src/translate/codegen/tfjsCode';
import { torchSnippet } from '../../src/translate/codegen/torchCode';
import { referenceOf, type Plan } from '../../src/core';
import { maxRelDiff } from './configs';
import { convtExportPlans } from './convtGoldenPlans';
import { requirePython, runPythonBatch, type PyResult } from './python';

const fakes = (name: string) => fileURLToPath(new URL(`./fakes/${name}`, import.meta.url));
const READBACK = '\nimport json\nprint("PADLAB_OUT", json.dumps([float(v) for v in np.asarray(out).reshape(-1)]))\n';
const plans = convtExportPlans().filter(({ plan }) => plan.op === 'conv');
const targets: readonly { name: string; make: (p: Plan) => string; path: string[] | null }[] = [
  { name: 'torch', make: (p) => torchSnippet(p).code, path: null },
  { name: 'tf', make: (p) => tfSnippet(p).code + READBACK, path: [fakes('tf')] },
  { name: 'keras', make: (p) => kerasSnippet(p).code + READBACK, path: [fakes('tf'), fakes('keras3')] },
  { name: 'keras1', make: (p) => keras1Snippet(p).code + READBACK, path: [fakes('tf'), fakes('keras1')] },
];
const results = new Map<string, PyResult[]>();

describe('grouped and causal convolution exports run and match', () => {
  beforeAll(() => {
    requirePython(['torch', 'numpy']);
    for (const t of targets) results.set(t.name, runPythonBatch(plans.map(({ plan }) => t.make(plan)), 'exec', t.path ?? []));
  }, 300_000);

  it('covers groups, depthwise with a multiplier, causal one-row and causal 2-D layers, golden cases', () => {
    const configs = plans.map(({ plan }) => plan.config);
    expect(configs.some((c) => c.groups > 1 && c.groups < c.channels)).toBe(true);
    expect(configs.some((c) => c.groups === c.channels && c.filters === 2 * c.channels)).toBe(true);
    expect(configs.some((c) => c.pad.kind === 'causal' && c.input.h === 1)).toBe(true);
    expect(configs.some((c) => c.pad.kind === 'causal' && c.input.h > 1)).toBe(true);
    expect(plans.filter((p) => p.golden).length).toBeGreaterThan(20);
    // Keras' own spelling of causal padding is Conv1D's; grouped layers use Conv2D(groups=).
    expect(plans.some(({ plan }) => kerasSnippet(plan).code.includes("keras.layers.Conv1D("))).toBe(true);
    expect(plans.some(({ plan }) => kerasSnippet(plan).code.includes(', groups='))).toBe(true);
  });

  for (const t of targets) {
    it(`${t.name}: every snippet prints the reference (and golden) output (float64, 1e-9 relative)`, () => {
      const failures: string[] = [];
      (results.get(t.name) ?? []).forEach((r, i) => {
        const named = plans[i];
        if (!named) return;
        const diff = r.ok && r.out ? Math.max(maxRelDiff(r.out, referenceOf(named.plan)), named.golden ? maxRelDiff(r.out, named.golden) : 0) : Infinity;
        if (!(diff <= 1e-9)) failures.push(`${named.name}: ${r.error ?? `max relative diff ${diff}`}\n${t.make(named.plan)}`);
      });
      console.log(`${t.name} grouped/causal export: ${plans.length} configurations executed`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('tfjs: every snippet computes the reference output (float32), depthwise through tf.depthwiseConv2d', async () => {
    await tf.setBackend('cpu');
    const IMPORT = "import * as tf from '@tensorflow/tfjs';";
    const failures: string[] = [];
    let depthwise = 0;
    for (const { name, plan } of plans) {
      const code = tfjsSnippet(plan).code;
      if (code.includes('tf.depthwiseConv2d(')) depthwise++;
      const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        const run = new Function('tf', `${code.replace(IMPORT, '')}\nreturn Array.from(out.dataSync());`) as (t: typeof tf) => number[];
        const out = tf.tidy(() => run(tf));
        const ref = referenceOf(plan);
        const tol = 1e-5 * Math.max(1, ...ref.map(Math.abs));
        if (out.length !== ref.length || out.some((v, i) => !(Math.abs(v - (ref[i] ?? NaN)) <= tol))) failures.push(`${name}: got ${JSON.stringify(out)} want ${JSON.stringify(ref)}`);
      } catch (e) {
        failures.push(`${name}: ${String(e)}\n${code}`);
      } finally {
        spy.mockRestore();
      }
    }
    expect(depthwise).toBeGreaterThan(0);
    expect(failures.slice(0, 2).join('\n\n')).toBe('');
  });
});
