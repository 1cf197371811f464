/**
 * The exported PyTorch pooling snippets really run: every pooling
 * verification configuration (scripts/verify/poolConfigs.ts: each valid
 * pooling golden case and the hand-made ones) is executed, as exported, in
 * PyTorch — one `/usr/bin/python3` process for all — and its `PADLAB_OUT`
 * line is compared with core's exact reference and, for a golden case, with
 * the golden output (float64, 1e-9 relative; −∞, written null, only where
 * the expectation is −∞).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { torchPoolSnippet } from '../../src/translate/codegen/torchPool';
import { torchPoolForm } from '../../src/translate/codegen/torchPool';
import { poolCode } from '../../src/translate/codegen/poolFacts';
import { referenceOf } from '../../src/core';
import { goldenPoolPlans, poolExportPlans, poolRelDiff } from './poolConfigs';
import { checkOutputs } from './configs';
import { requirePython, runPythonBatch, type PyResult } from './python';

const plans = poolExportPlans();
const snippets = plans.map(({ plan }) => torchPoolSnippet(plan).code);
let results: PyResult[] = [];

describe('PyTorch pooling export runs and matches the reference', () => {
  beforeAll(() => {
    // Fails (does not skip) without torch: the export is only trusted once it ran.
    requirePython(['torch']);
    results = runPythonBatch(snippets, 'exec');
  }, 300_000);

  it('covers max and average, the layer alone, a padding step and sum / count, ceil windows kept and removed, dilation, -inf', () => {
    const forms = new Set(plans.map(({ plan }) => `${plan.op} ${torchPoolForm(poolCode(plan))}`));
    for (const form of ['maxpool layer', 'maxpool pad-then-layer', 'avgpool layer', 'avgpool pad-then-layer', 'avgpool sum-over-count']) {
      expect(forms.has(form), form).toBe(true);
    }
    expect(plans.some(({ plan }) => plan.h.overhang > 0 || plan.w.overhang > 0)).toBe(true);
    expect(plans.some(({ plan }) => plan.h.removed || plan.w.removed)).toBe(true);
    expect(plans.some(({ plan }) => plan.h.d > 1 || plan.w.d > 1)).toBe(true);
    expect(plans.some(({ plan }) => referenceOf(plan).includes(-Infinity))).toBe(true);
  });

  it('every snippet prints the reference output and, for a golden case, the golden output (float64, 1e-9 relative)', () => {
    const { failures, worst, goldenMatched } = checkOutputs(plans, results, {
      reference: referenceOf, relDiff: poolRelDiff, golden: true, code: (_, i) => snippets[i] ?? '',
    });
    const goldens = plans.filter((p) => p.golden).length;
    console.log(`PyTorch pooling export: ${results.length} configurations executed (${goldenMatched} of ${goldens} golden cases reproduced), max relative diff ${worst}`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
    expect(results).toHaveLength(plans.length);
  });

  it('runs every valid pooling golden case (at least 250)', () => {
    const goldens = plans.filter((p) => p.golden);
    expect(goldens.length).toBeGreaterThanOrEqual(250);
    expect(goldens.length).toBe(goldenPoolPlans().length);
  });

  it('the snippet outputs C×OH×OW values', () => {
    results.forEach((r, i) => {
      const p = plans[i]?.plan;
      if (p && r.out) expect(r.out.length).toBe(p.channels * p.h.out * p.w.out);
    });
  });
});
