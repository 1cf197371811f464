import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { isPaddingCell } from './axisDerivation';
import { CONSTANT } from './indexMap';
import { derivePlan, type Plan } from './plan';
import { paddedOf, referenceOf } from './planArrays';

const planOf = (patch: Partial<Config>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!p.ok) throw new Error(p.message);
  return p;
};

describe('Plan facts readers used to re-derive', () => {
  it('op defaults to conv and the plan says so', () => {
    expect(planOf({}).op).toBe('conv');
  });

  it.each([
    ['zeros', 5, 0],
    ['constant', 5, 5],
    ['constant', -2.5, -2.5],
    ['reflect', 5, 0],
  ] as const)('mode=%s cval=%d -> fill %d', (mode, cval, fill) => {
    expect(planOf({ mode, cval }).fill).toBe(fill);
  });

  it('k=2x3 flip=1, weights 1..6 -> applied 6 5 4 / 3 2 1 (rotated 180°)', () => {
    const p = planOf({ kernel: { h: 2, w: 3 }, flip: true, w: { kind: 'values', values: [1, 2, 3, 4, 5, 6] } });
    expect(p.appliedWeights).toEqual([6, 5, 4, 3, 2, 1]);
    expect(p.weights).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('k=2x2 f=2 flip=1 rotates each OIHW plane on its own', () => {
    const p = planOf({ kernel: { h: 2, w: 2 }, filters: 2, flip: true, w: { kind: 'values', values: [1, 2, 3, 4, 10, 20, 30, 40] } });
    expect(p.appliedWeights).toEqual([4, 3, 2, 1, 40, 30, 20, 10]);
  });

  it('k=2x3 flip=0 -> applied = weights', () => {
    const p = planOf({ kernel: { h: 2, w: 3 }, w: { kind: 'values', values: [1, 2, 3, 4, 5, 6] } });
    expect(p.appliedWeights).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('in=3x3 pad=2,1,0,1 mode=reflect -> padding rows 0,1,5 and column 4, though reflect copies input there', () => {
    const p = planOf({ input: { h: 3, w: 3 }, pad: { kind: 'explicit', top: 2, bottom: 1, left: 0, right: 1 }, mode: 'reflect' });
    expect(p.h.isPadding).toEqual([true, true, false, false, false, true]);
    expect(p.w.isPadding).toEqual([false, false, false, true]);
    expect(p.h.source[0]).not.toBe(CONSTANT);
    expect(isPaddingCell(p, 2, 0)).toBe(false);
    expect(isPaddingCell(p, 2, 3)).toBe(true);
    expect(isPaddingCell(p, 5, 1)).toBe(true);
  });

  it('in=5x5 s=2 pad=valid -> out 2x2 on the plan axes, remainder 0', () => {
    const p = planOf({ stride: { h: 2, w: 2 }, pad: { kind: 'valid' } });
    expect([p.h.out, p.w.out, p.h.remainder]).toEqual([2, 2, 0]);
  });
});

describe('paddedOf / referenceOf', () => {
  it('in=3x3 k=3 pad=same mode=constant cval=9, ones kernel -> padded border 9, centre output = sum of input', () => {
    const p = planOf({ input: { h: 3, w: 3 }, mode: 'constant', cval: 9, x: { kind: 'values', values: [1, 2, 3, 4, 5, 6, 7, 8, 9] } });
    const padded = paddedOf(p);
    expect(padded.slice(0, 5)).toEqual([9, 9, 9, 9, 9]);
    expect(padded.slice(5, 10)).toEqual([9, 1, 2, 3, 9]);
    // Centre window reads only the input: 1+…+9 = 45; the corner reads 5 border cells of 9 and 1,2,4,5.
    expect(referenceOf(p)[4]).toBe(45);
    expect(referenceOf(p)[0]).toBe(5 * 9 + 1 + 2 + 4 + 5);
  });

  it('computes once per Plan: the same array for the same Plan, a new one for another Plan', () => {
    const p = planOf({});
    expect(paddedOf(p)).toBe(paddedOf(p));
    expect(referenceOf(p)).toBe(referenceOf(p));
    expect(referenceOf(planOf({}))).not.toBe(referenceOf(p));
  });

  it('in=2x2 k=2 pad=valid flip=1: true convolution = sum of x·w with w rotated', () => {
    const p = planOf({ input: { h: 2, w: 2 }, kernel: { h: 2, w: 2 }, pad: { kind: 'valid' }, flip: true, x: { kind: 'values', values: [1, 2, 3, 4] }, w: { kind: 'values', values: [1, 0, 0, 0] } });
    // Rotated kernel is [0,0,0,1]: picks the bottom-right input.
    expect(referenceOf(p)).toEqual([4]);
  });
});
