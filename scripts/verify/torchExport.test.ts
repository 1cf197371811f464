/**
 * The exported PyTorch snippets really run: every verification configuration's
 * snippet is executed, as exported, in PyTorch (one `/usr/bin/python3`
 * process for all of them), and its `PADLAB_OUT` line is compared with the
 * exact reference convolution (float64, 1e-9 relative).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { torchSnippet } from '../../src/translate/codegen/torchCode';
import { referenceConv } from '../../src/core';
import { checkOutputs, exportPlans } from './configs';
import { requirePython, runPythonBatch, type PyResult } from './python';

const plans = exportPlans();
const snippets = plans.map(({ plan }) => torchSnippet(plan).code);
let results: PyResult[] = [];

describe('PyTorch export runs and matches the reference', () => {
  beforeAll(() => {
    // Fails (does not skip) without torch: the export is only trusted once it ran.
    requirePython(['torch', 'numpy']);
    results = runPythonBatch(snippets, 'exec');
  }, 300_000);

  it('covers at least 60 configurations, every mode, pad spec, stride+dilation and flip', () => {
    expect(plans.length).toBeGreaterThanOrEqual(60);
    const configs = plans.map((p) => p.plan.config);
    for (const mode of ['zeros', 'constant', 'reflect', 'symmetric', 'replicate', 'circular']) {
      expect(configs.some((c) => c.mode === mode)).toBe(true);
    }
    for (const kind of ['valid', 'same', 'same-lower', 'full', 'half', 'explicit']) {
      expect(configs.some((c) => c.pad.kind === kind)).toBe(true);
    }
    expect(plans.some(({ plan: p }) => p.pads[0] !== p.pads[1] || p.pads[2] !== p.pads[3])).toBe(true);
    expect(configs.some((c) => (c.stride.h > 1 || c.stride.w > 1) && (c.dilation.h > 1 || c.dilation.w > 1))).toBe(true);
    expect(configs.some((c) => c.flip)).toBe(true);
    expect(configs.some((c) => c.channels >= 3 && c.filters >= 3)).toBe(true);
  });

  it('every snippet prints the reference output (float64, 1e-9 relative)', () => {
    const { failures, worst } = checkOutputs(plans, results, { reference: referenceConv, code: (_, i) => snippets[i] ?? '' });
    console.log(`PyTorch export: ${results.length} configurations executed, max relative diff ${worst}`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
    expect(results).toHaveLength(plans.length);
  });

  it('the snippet shapes its output N×F×OH×OW (printed tensor shape)', () => {
    // The printed tensor text ends with its dtype; the flat list length pins F·OH·OW.
    results.forEach((r, i) => {
      const p = plans[i]?.plan;
      if (p && r.out) expect(r.out.length).toBe(p.filters * p.h.out * p.w.out);
    });
  });
});
