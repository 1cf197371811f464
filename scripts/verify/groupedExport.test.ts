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
import { beforeAll, describe, expect, it } from 'vitest';
import { keras1Snippet } from '../../src/translate/codegen/keras1';
import { kerasSnippet } from '../../src/translate/codegen/kerasCode';
import { tfSnippet } from '../../src/translate/codegen/tfCode';
import { tfjsSnippet } from '../../src/translate/codegen/tfjsCode';
import { torchSnippet } from '../../src/translate/codegen/torchCode';
import { referenceOf } from '../../src/core';
import { checkOutputs } from './configs';
import { convtExportPlans } from './convtGoldenPlans';
import { READBACK, requirePython, runTargets, standInTargets, type PyResult, type SnippetTarget } from './python';
import { runTfjsSnippet } from './tfjsRun';

const plans = convtExportPlans().filter(({ plan }) => plan.op === 'conv');
const targets: readonly SnippetTarget[] = [
  { name: 'torch', make: (p) => torchSnippet(p).code, path: [] },
  ...standInTargets({
    tf: (p) => tfSnippet(p).code + READBACK,
    keras: (p) => kerasSnippet(p).code + READBACK,
    keras1: (p) => keras1Snippet(p).code + READBACK,
  }),
];
let results = new Map<string, PyResult[]>();

describe('grouped and causal convolution exports run and match', () => {
  beforeAll(() => {
    requirePython(['torch', 'numpy']);
    results = runTargets(targets, plans);
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
      const { failures } = checkOutputs(plans, results.get(t.name) ?? [], {
        reference: referenceOf, golden: true, code: ({ plan }) => t.make(plan),
      });
      console.log(`${t.name} grouped/causal export: ${plans.length} configurations executed`);
      expect(failures.slice(0, 2).join('\n\n')).toBe('');
      expect(results.get(t.name)).toHaveLength(plans.length);
    });
  }

  it('tfjs: every snippet computes the reference output (float32), depthwise through tf.depthwiseConv2d', async () => {
    await tf.setBackend('cpu');
    const failures: string[] = [];
    let depthwise = 0;
    for (const { name, plan } of plans) {
      const code = tfjsSnippet(plan).code;
      if (code.includes('tf.depthwiseConv2d(')) depthwise++;
      try {
        const { out } = runTfjsSnippet(code);
        const ref = referenceOf(plan);
        const tol = 1e-5 * Math.max(1, ...ref.map(Math.abs));
        if (out.length !== ref.length || out.some((v, i) => !(Math.abs(v - (ref[i] ?? NaN)) <= tol))) failures.push(`${name}: got ${JSON.stringify(out)} want ${JSON.stringify(ref)}`);
      } catch (e) {
        failures.push(`${name}: ${String(e)}\n${code}`);
      }
    }
    expect(depthwise).toBeGreaterThan(0);
    expect(failures.slice(0, 2).join('\n\n')).toBe('');
  });
});
