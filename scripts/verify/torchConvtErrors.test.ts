/**
 * What the framework table says PyTorch does with a transposed convolution
 * is what PyTorch does: every PyTorch line of every valid transposed golden
 * case's row (and the hand-made ones) is run in real PyTorch
 * (`/usr/bin/python3`) on an input of the Plan's shape — the "as
 * configured" string padding must raise exactly the quoted TypeError, the
 * exact line (layer, then slice) and the usual-same idiom must output the
 * size the table states.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkTable } from '../../src/translate/frameworks';
import { convtExportPlans } from './convtGoldenPlans';
import { requirePython, runPythonBatch, type PyResult } from './python';

interface Line {
  readonly name: string;
  readonly code: string;
  /** The quoted error, or the stated output `H×W`. */
  readonly said: string;
  readonly shape: readonly [number, number, number];
}

function lines(): Line[] {
  const out: Line[] = [];
  for (const { name, plan } of convtExportPlans().filter(({ plan }) => plan.op === 'convt')) {
    const torch = frameworkTable(plan).find((r) => r.id === 'torch');
    for (const a of torch?.attempts ?? []) {
      const said = a.outcome.kind === 'error' ? a.outcome.error : `${a.outcome.out.h}×${a.outcome.out.w}`;
      out.push({ name, code: a.code.replace(/\s+#.*$/, ''), said, shape: [plan.channels, plan.h.n, plan.w.n] });
    }
  }
  return out;
}

/** `layer → y[...]` as Python: the layer applied to x, then the slice. */
function program({ code, shape }: Line): string {
  const [layer, slice = ''] = code.split(' → y');
  return [
    'import json, torch',
    'import torch.nn as nn',
    `x = torch.zeros(1, ${shape.join(', ')}, dtype=torch.float64)`,
    'try:',
    `    y = (${layer}).double()(x)${slice}`,
    '    said = "%d×%d" % (y.shape[2], y.shape[3])',
    'except Exception as e:',
    '    said = type(e).__name__ + ": " + str(e)',
    'print("PADLAB_OUT", json.dumps([said]))',
  ].join('\n');
}

const cases = lines();
let results: PyResult[] = [];

describe('the PyTorch transposed-convolution lines in the framework table do what it says', () => {
  beforeAll(() => {
    requirePython(['torch']);
    results = runPythonBatch(cases.map(program), 'exec');
  }, 300_000);

  it('covers the string-padding TypeError, the layer alone, a slice and the usual-same idiom', () => {
    expect(cases.some((c) => c.said.startsWith("TypeError: conv_transpose2d(): argument 'padding'"))).toBe(true);
    expect(cases.some((c) => c.code.includes(' → y['))).toBe(true);
    expect(cases.some((c) => !c.code.includes(' → y[') && !c.said.includes('Error'))).toBe(true);
  });

  it('each line raises the quoted error or outputs the stated size', () => {
    const wrong = cases.flatMap((c, i) => {
      const got = (results[i]?.out as unknown as string[] | undefined)?.[0] ?? results[i]?.error ?? 'no result';
      return got === c.said ? [] : [`${c.name}: ${c.code}\n  table:   ${c.said}\n  PyTorch: ${got}`];
    });
    console.log(`PyTorch transposed lines: ${cases.length} run`);
    expect(wrong.slice(0, 3).join('\n')).toBe('');
  });
});
