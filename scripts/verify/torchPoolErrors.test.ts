/**
 * The PyTorch errors the framework table quotes for pooling layers are
 * PyTorch's own: each "as configured" PyTorch line that the table says
 * raises is run in real PyTorch (`/usr/bin/python3`) on an input of the
 * Plan's shape, and the exception must read exactly as quoted. The layers:
 * every pooling golden case PyTorch refused for its pad limit (derived
 * with fw=keras, where the core accepts them) and every TF 'same' case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { derivePlan, type Plan } from '../../src/core';
import { frameworkTable } from '../../src/translate/frameworks';
import { poolCaseConfig, poolGoldenCases } from '../../src/testing/poolGolden';
import { requirePython, runPythonBatch, type PyResult } from './python';

interface Raised {
  readonly name: string;
  readonly code: string;
  readonly error: string;
  readonly plan: Plan;
}

/** The "as configured" PyTorch lines the table says raise, with the layer they belong to. */
function raised(): Raised[] {
  const out: Raised[] = [];
  for (const c of poolGoldenCases) {
    if (c.error?.code !== 'pool-pad' && c.pad !== 'same') continue;
    const plan = derivePlan({ ...poolCaseConfig(c), framework: 'keras' });
    if (!plan.ok) continue;
    const torch = frameworkTable(plan).find((r) => r.id === 'torch');
    for (const a of torch?.attempts ?? []) {
      // The "as configured" lines quote PyTorch; an idiom that cannot fit says so in Padlab's words.
      if (a.role === 'literal' && a.outcome.kind === 'error') out.push({ name: c.name, code: a.code, error: a.outcome.error, plan });
    }
  }
  return out;
}

const cases = raised();
const program = ({ code, plan }: Raised) =>
  [
    'import json, torch',
    'import torch.nn as nn',
    `x = torch.zeros(1, ${plan.channels}, ${plan.h.n}, ${plan.w.n}, dtype=torch.float64)`,
    'try:',
    `    (${code})(x)`,
    '    said = "no error"',
    'except Exception as e:',
    '    said = type(e).__name__ + ": " + str(e)',
    'print("PADLAB_OUT", json.dumps([said]))',
  ].join('\n');
let results: PyResult[] = [];

describe('the PyTorch pooling errors in the framework table are what PyTorch raises', () => {
  beforeAll(() => {
    requirePython(['torch']);
    results = runPythonBatch(cases.map(program), 'exec');
  }, 300_000);

  it('covers the pad limit and string padding, for max and average', () => {
    expect(cases.some((c) => c.error.startsWith('RuntimeError: pad should be at most half'))).toBe(true);
    expect(cases.some((c) => c.error.startsWith("TypeError: max_pool2d(): argument 'padding'"))).toBe(true);
    expect(cases.some((c) => c.error.startsWith("TypeError: avg_pool2d(): argument 'padding'"))).toBe(true);
  });

  it('each quoted error is the exception PyTorch raises for that line', () => {
    const wrong = cases.flatMap((c, i) => {
      const said = (results[i]?.out as unknown as string[] | undefined)?.[0] ?? results[i]?.error ?? 'no result';
      return said === c.error ? [] : [`${c.name}: ${c.code}\n  quoted: ${c.error}\n  raised: ${said}`];
    });
    console.log(`PyTorch pooling errors: ${cases.length} quoted lines run`);
    expect(wrong.slice(0, 3).join('\n')).toBe('');
  });
});
