/**
 * The shape-stability helpers of the engine (what keeps a slider from
 * compiling WebGL shaders): the even sizes tfjs convolves, and the warm-up's
 * shader keys and neighbours. The numbers themselves are checked against the
 * reference by engine.test.ts; here only the arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../core';
import { derivePlan, type Plan } from '../core';
import { evenSize } from './runPlan';
import { neighbours, shaderKey } from './warmup';

const plan = (c: Partial<Config>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...c });
  if (!p.ok) throw new Error(p.message);
  return p;
};
const out = (e: number, ke: number, s: number) => Math.floor((e - ke) / s) + 1;

describe('evenSize', () => {
  it.each([
    ['n=68 ke=5 s=1 -> 68 (out 64)', 68, 5, 1, 68],
    ['n=67 ke=5 s=1 -> 68 (out 64)', 67, 5, 1, 68],
    ['n=66 ke=5 s=2 -> 68 (out 32)', 66, 5, 2, 68],
    ['n=68 ke=4 s=1 -> 68 (no size gives both even: out 65)', 68, 4, 1, 68],
  ] as const)('%s', (_name, n, ke, s, e) => {
    expect(evenSize(n, ke, s)).toBe(e);
  });

  it('is even, never smaller, at most 2s+1 larger, and never loses an output cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 113 }), fc.integer({ min: 1, max: 8 }), (n, ke, s) => {
        fc.pre(ke <= n);
        const e = evenSize(n, ke, s);
        expect(e % 2).toBe(0);
        expect(e).toBeGreaterThanOrEqual(n);
        expect(e - n).toBeLessThanOrEqual(2 * s + 1);
        expect(out(e, ke, s)).toBeGreaterThanOrEqual(out(n, ke, s));
      }),
    );
  });
});

describe('warm-up', () => {
  it('keys shaders by kernel, channels and filters only: size, stride, pad and dilation share one key', () => {
    const key = shaderKey(plan({ input: { h: 64, w: 64 }, kernel: { h: 5, w: 5 } }));
    expect(shaderKey(plan({ input: { h: 37, w: 50 }, kernel: { h: 5, w: 5 }, stride: { h: 2, w: 3 }, pad: { kind: 'full' } }))).toBe(key);
    expect(shaderKey(plan({ input: { h: 64, w: 64 }, kernel: { h: 5, w: 5 }, dilation: { h: 2, w: 2 } }))).toBe(key);
    expect(shaderKey(plan({ input: { h: 64, w: 64 }, kernel: { h: 3, w: 3 } }))).not.toBe(key);
  });

  it('bakes dilation into the key when stride and dilation are both above 1 (the kernel grows)', () => {
    expect(shaderKey(plan({ input: { h: 20, w: 20 }, kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 } }))).toBe('5x5c1f1');
  });

  it('in=64x64 k=5 c=1 f=1: neighbours are k=6,4,7,3, c=2 and f=2, with the same input size', () => {
    const ns = neighbours(plan({ input: { h: 64, w: 64 }, kernel: { h: 5, w: 5 }, x: { kind: 'values', values: new Array(64 * 64).fill(1) } }));
    expect(ns.map(shaderKey)).toEqual(['6x6c1f1', '4x4c1f1', '7x7c1f1', '3x3c1f1', '5x5c2f1', '5x5c1f2']);
    expect(ns.every((p) => p.h.n === 64 && p.w.n === 64)).toBe(true);
  });

  it('leaves out neighbours that cannot run (a kernel larger than a valid-padded input)', () => {
    const ns = neighbours(plan({ input: { h: 5, w: 5 }, kernel: { h: 4, w: 4 }, pad: { kind: 'valid' } }));
    expect(ns.map(shaderKey)).toEqual(['5x5c1f1', '3x3c1f1', '2x2c1f1', '4x4c2f1', '4x4c1f2']);
  });
});
