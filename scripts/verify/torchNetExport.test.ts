/**
 * The exported PyTorch network (`nn.Sequential`, src/translate/codegen/
 * netTorch.ts) really runs: for every valid golden network
 * (golden/net.json, scripts/golden/generate_net.py) the page's codec reads
 * `net=`, deriveNet derives it, and the export is executed in PyTorch — one
 * `/usr/bin/python3` process for all — and its `PADLAB_OUT` line is compared
 * with the golden output (float64, 1e-9 relative; −∞, written null, only
 * where the golden output is −∞). The big shape-only networks are parsed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveNet } from '../../src/core';
import { torchNetSnippet } from '../../src/translate/codegen/netTorch';
import { netCaseNetwork, netGoldenCases, valuedNetCases, type NetGoldenCase } from '../../src/testing/netGolden';
import { requirePython, runPythonBatch, type PyResult } from './python';

const valued = valuedNetCases();
const shapeOnly = netGoldenCases.filter((c) => c.shapeOnly);
const snippetOf = (c: NetGoldenCase): string => torchNetSnippet(deriveNet(netCaseNetwork(c))).code;
const snippets = valued.map(snippetOf);
let results: PyResult[] = [];

/** Largest relative difference (|a − b| / max(1, |b|)); Infinity where a null (−∞) is not matched by a null. */
function worstDiff(got: readonly (number | null)[], want: readonly (number | null)[]): number {
  if (got.length !== want.length) return Infinity;
  let worst = 0;
  want.forEach((w, i) => {
    const g = got[i] ?? null;
    if (w === null || g === null) {
      if (w !== g) worst = Infinity;
      return;
    }
    worst = Math.max(worst, Math.abs(g - w) / Math.max(1, Math.abs(w)));
  });
  return worst;
}

describe('PyTorch network export runs and matches the golden networks', () => {
  beforeAll(() => {
    // Fails (does not skip) without torch: the export is only trusted once it ran.
    requirePython(['torch']);
    results = runPythonBatch(snippets, 'exec');
  }, 300_000);

  it('covers at least 60 valued golden networks, a 16-layer one, every operation and the helper modules', () => {
    expect(valued.length).toBeGreaterThanOrEqual(60);
    expect(valued.some((c) => c.layers.length === 16)).toBe(true);
    const all = snippets.join('\n');
    for (const used of ['nn.Conv2d(', 'nn.ConvTranspose2d(', 'nn.MaxPool2d(', 'nn.AvgPool2d(', 'Pad((', 'Slice(', 'WindowMean(', "padding_mode='reflect'"]) {
      expect(all.includes(used), used).toBe(true);
    }
  });

  it('every snippet prints the golden output (float64, 1e-9 relative)', () => {
    const failures: string[] = [];
    let worst = 0;
    results.forEach((r, i) => {
      const c = valued[i];
      if (!c) return;
      const want = c.output?.values ?? [];
      const got = (r.out ?? []) as readonly (number | null)[];
      const diff = r.ok ? worstDiff(got, want) : Infinity;
      worst = Math.max(worst, diff);
      if (!(diff <= 1e-9)) failures.push(`${c.name} (net=${c.net}): ${r.error ?? `max relative diff ${diff}`}\n${snippets[i] ?? ''}`);
    });
    console.log(`PyTorch network export: ${results.length} networks executed, max relative diff ${worst}`);
    expect(failures.slice(0, 2).join('\n\n')).toBe('');
    expect(results).toHaveLength(valued.length);
  });

  it('the big shape-only networks export valid Python', () => {
    expect(shapeOnly.length).toBeGreaterThanOrEqual(6);
    const parsed = runPythonBatch(shapeOnly.map(snippetOf), 'parse');
    expect(parsed.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
  });
});
