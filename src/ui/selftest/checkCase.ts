/**
 * The pass rule for one golden case: tfjs must agree with PyTorch's output
 * (golden/conv2d.json, pool2d.json) within 1e-5 relative to max(1, max|expected|) — the
 * same rule as the engine's Node tests (src/engine/engine.test.ts) — and with
 * Padlab's own float64 reference within the engine's float32 tolerance.
 */
import type { EngineResult } from '../../engine';
import type { SelfTestCase } from './selfTestCases';
import type { CaseFailure } from './selftestSummary';

/** Relative tolerance against PyTorch, scaled by max(1, max|expected|). */
export const GOLDEN_RELATIVE_TOLERANCE = 1e-5;

/** What the check reads from a tfjs result. */
export type CheckedResult = Pick<EngineResult, 'shape' | 'values' | 'maxAbsDiff' | 'tolerance' | 'matches'>;

const fmt = (x: number): string => (x === 0 ? '0' : x.toExponential(2));
const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Largest |tfjs − expected|; NaN in the output counts as an infinite
 * difference, and equal infinities (max pooling's −∞) as none.
 */
export function goldenDiff(values: Float32Array, expected: readonly number[]): number {
  if (values.length !== expected.length) return Infinity;
  let d = 0;
  for (let i = 0; i < expected.length; i++) {
    const v = values[i] ?? NaN;
    const diff = v === expected[i] ? 0 : Math.abs(v - expected[i]!);
    d = Number.isNaN(diff) ? Infinity : Math.max(d, diff);
  }
  return d;
}

/** Null when the case passes, else the failure with a reason written for the user. */
export function checkCase(c: SelfTestCase, r: CheckedResult): CaseFailure | null {
  const expected = c;
  if (!sameShape(r.shape, expected.outShape)) {
    return {
      name: c.name,
      maxAbsDiff: null,
      reason: `Output shape ${r.shape.join('×')}, PyTorch gives ${expected.outShape.join('×')}.`,
    };
  }
  const diff = goldenDiff(r.values, expected.out);
  const tolerance = GOLDEN_RELATIVE_TOLERANCE * Math.max(1, ...expected.out.filter(Number.isFinite).map(Math.abs));
  const maxAbsDiff = Number.isFinite(diff) ? diff : null;
  if (!(diff <= tolerance)) {
    return { name: c.name, maxAbsDiff, reason: `Differs from PyTorch by ${fmt(diff)} (tolerance ${fmt(tolerance)}).` };
  }
  if (!r.matches) {
    return {
      name: c.name,
      maxAbsDiff,
      reason: `Differs from Padlab's exact reference by ${fmt(r.maxAbsDiff)} (tolerance ${fmt(r.tolerance)}).`,
    };
  }
  return null;
}
