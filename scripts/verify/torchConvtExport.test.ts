/**
 * The exported PyTorch transposed-convolution snippets really run: each one
 * (every valid transposed golden case, and the hand-made configurations of
 * convtConfigs.ts) is executed, as exported, in PyTorch — one
 * `/usr/bin/python3` process for all — and its `PADLAB_OUT` line is compared
 * with core's exact reference and, for a golden case, with PyTorch's own
 * golden output (float64, 1e-9 relative).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { torchConvtSnippet } from '../../src/translate/codegen/torchConvt';
import { convtCode, torchAxisForm } from '../../src/translate/codegen/convtFacts';
import { referenceOf } from '../../src/core';
import { checkOutputs } from './configs';
import { convtExportPlans, goldenConvtPlans } from './convtGoldenPlans';
import { requirePython, runPythonBatch, type PyResult } from './python';

const plans = convtExportPlans().filter(({ plan }) => plan.op === 'convt');
const snippets = plans.map(({ plan }) => torchConvtSnippet(plan).code);
let results: PyResult[] = [];

describe('PyTorch transposed-convolution export runs and matches the reference', () => {
  beforeAll(() => {
    // Fails (does not skip) without torch: the export is only trusted once it ran.
    requirePython(['torch']);
    results = runPythonBatch(snippets, 'exec');
  }, 300_000);

  it('covers the layer alone, a slice, output padding, groups, dilation with a stride, rows past full', () => {
    const forms = plans.map(({ plan }) => {
      const c = convtCode(plan);
      return [torchAxisForm(c.h), torchAxisForm(c.w)];
    });
    expect(forms.some((f) => f.every((a) => a.sliceStart === null))).toBe(true);
    expect(forms.some((f) => f.some((a) => a.sliceStart !== null))).toBe(true);
    expect(forms.some((f) => f.some((a) => a.outputPadding > 0))).toBe(true);
    expect(plans.some(({ plan }) => plan.config.groups > 1)).toBe(true);
    expect(plans.some(({ plan }) => (plan.config.stride.h > 1 || plan.config.stride.w > 1) && (plan.h.d > 1 || plan.w.d > 1))).toBe(true);
    expect(plans.some(({ plan }) => (plan.transposed?.h.cropAfter ?? 0) < 0)).toBe(true);
  });

  it('every snippet prints the reference output and, for a golden case, the golden output (float64, 1e-9 relative)', () => {
    const { failures, worst, goldenMatched } = checkOutputs(plans, results, {
      reference: referenceOf, golden: true, code: (_, i) => snippets[i] ?? '',
    });
    const goldens = plans.filter((p) => p.golden).length;
    console.log(`PyTorch transposed export: ${results.length} configurations executed (${goldenMatched} of ${goldens} golden cases reproduced), max relative diff ${worst}`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
    expect(results).toHaveLength(plans.length);
  });

  it('runs every valid transposed golden case', () => {
    const goldens = plans.filter((p) => p.golden);
    expect(goldens.length).toBe(goldenConvtPlans().filter(({ plan }) => plan.op === 'convt').length);
  });

  it('the snippet outputs F×OH×OW values', () => {
    results.forEach((r, i) => {
      const p = plans[i]?.plan;
      if (p && r.out) expect(r.out.length).toBe(p.filters * p.h.out * p.w.out);
    });
  });
});
