/**
 * The self-test's pure parts (query options, pass rule, warm-time median)
 * and one short run of the runner on the tfjs CPU backend in Node.
 */
import { describe, expect, it } from 'vitest';
import { checkCase, type CheckedResult } from './checkCase';
import { parseSelfTestOptions, selectCases } from './options';
import { runSelfTest } from './runner';
import { selfTestCases, type SelfTestCase } from './selfTestCases';
import { INITIAL_STATE, median, summaryJson, warmRunMs, type SelfTestState } from './selftestSummary';

const withExpect = selfTestCases();
/** A golden case with real-valued (inexact) outputs, so the tolerance matters. */
const inexact = withExpect.find((c) => c.out.some((v) => Math.abs(v) > 1 && !Number.isInteger(v)))!;
/** A max-pooling case with a window of padding only (−∞ in PyTorch's output). */
const negInfinity = withExpect.find((c) => c.out.includes(-Infinity))!;

/** A tfjs result equal to PyTorch's output plus `delta` on the first value. */
function resultFor(c: SelfTestCase, delta = 0, extra: Partial<CheckedResult> = {}): CheckedResult {
  const values = Float32Array.from(c.out);
  values[0] = values[0]! + delta;
  return { shape: [...c.outShape] as [number, number, number], values, maxAbsDiff: 0, tolerance: 1e-6, matches: true, ...extra };
}

describe('query options', () => {
  it('defaults to webgl, every case, no filter', () => {
    expect(parseSelfTestOptions('')).toEqual({ options: { backend: 'webgl', limit: null, filter: '' }, notices: [] });
  });

  it('reads backend=cpu&cases=20&filter=reflect', () => {
    expect(parseSelfTestOptions('?backend=cpu&cases=20&filter=mode%3Dreflect').options).toEqual({
      backend: 'cpu',
      limit: 20,
      filter: 'mode=reflect',
    });
  });

  it.each(['backend=gpu', 'cases=0', 'cases=-3', 'cases=2.5', 'cases=many'])('ignores %s with a notice', (q) => {
    const { options, notices } = parseSelfTestOptions(`?${q}`);
    expect(options).toEqual({ backend: 'webgl', limit: null, filter: '' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(q);
  });

  it('filters by name first, then takes the first N', () => {
    const picked = selectCases(withExpect, { backend: 'cpu', limit: 3, filter: 'mode=circular' });
    expect(picked).toHaveLength(3);
    expect(picked.every((c) => c.name.includes('mode=circular'))).toBe(true);
    expect(selectCases(withExpect, { backend: 'cpu', limit: 5, filter: 'no-such-case' })).toEqual([]);
  });
});

describe('pass rule', () => {
  const scale = Math.max(1, ...inexact.out.map(Math.abs));

  it('passes an output within 1e-5 relative of PyTorch', () => {
    expect(checkCase(inexact, resultFor(inexact, 0.9e-5 * scale))).toBeNull();
  });

  it('fails an output just past 1e-5 relative of PyTorch, naming the difference', () => {
    const f = checkCase(inexact, resultFor(inexact, 1.2e-5 * scale));
    expect(f?.name).toBe(inexact.name);
    // float32 storage rounds the output by ~1e-7 relative, so compare loosely.
    expect(f!.maxAbsDiff! / (1.2e-5 * scale)).toBeCloseTo(1, 1);
    expect(f?.reason).toMatch(/Differs from PyTorch/);
  });

  it('fails when the engine disagrees with its own reference, even if PyTorch agrees', () => {
    const f = checkCase(inexact, resultFor(inexact, 0, { matches: false, maxAbsDiff: 1, tolerance: 1e-6 }));
    expect(f?.reason).toMatch(/exact reference/);
  });

  it('fails a wrong shape and a NaN output', () => {
    const [fl, oh, ow] = inexact.outShape as [number, number, number];
    expect(checkCase(inexact, resultFor(inexact, 0, { shape: [fl, oh + 1, ow] }))?.reason).toMatch(/Output shape/);
    expect(checkCase(inexact, resultFor(inexact, NaN))?.maxAbsDiff).toBeNull();
  });

  it('passes −∞ against −∞ (max pooling over padding only) and fails a number there', () => {
    expect(checkCase(negInfinity, resultFor(negInfinity))).toBeNull();
    const i = negInfinity.out.indexOf(-Infinity);
    const values = Float32Array.from(negInfinity.out);
    values[i] = -1e20;
    expect(checkCase(negInfinity, { ...resultFor(negInfinity), values })?.reason).toMatch(/Differs from PyTorch/);
  });

  it('holds every golden set: convolutions (grouped and causal too), both pools, transposed convolutions', () => {
    const ops = new Set(withExpect.map((c) => c.config.op));
    expect([...ops].sort()).toEqual(['avgpool', 'conv', 'convt', 'maxpool']);
    expect(withExpect.some((c) => c.config.groups > 1 && c.config.op === 'conv')).toBe(true);
    expect(withExpect.some((c) => c.config.pad.kind === 'causal')).toBe(true);
  });
});

describe('timings', () => {
  it('warm time is the median of the last half', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(warmRunMs([300, 200, 5, 7, 6])).toBe(6);
    expect(warmRunMs([9])).toBe(9);
  });
});

describe('runner (tfjs cpu in Node)', () => {
  it('can run the first 12 reflect cases, all passing, with no tensor leak', async () => {
    let state: SelfTestState = INITIAL_STATE;
    const phases: string[] = [];
    await runSelfTest({ backend: 'cpu', limit: 12, filter: 'mode=reflect' }, (patch) => {
      state = { ...state, ...patch };
      if (patch.phase) phases.push(patch.phase);
    });
    expect(phases).toEqual(['starting', 'running', 'done']);
    const json = JSON.parse(summaryJson(state));
    expect(json).toMatchObject({ backend: 'cpu', fallbackReason: 'CPU backend chosen', total: 12, passed: 12, failed: 0 });
    expect(json.liveTensorsAfter).toBe(json.liveTensorsBefore);
    expect(json.warmRunMs).toBeGreaterThanOrEqual(0);
  });
});
