import { describe, expect, it } from 'vitest';
import {
  EMBOSS,
  LAPLACIAN,
  SHARPEN,
  SOBEL_X,
  SOBEL_Y,
  boxKernel,
  buildKernel,
  gaussianKernel,
  gaussianSize,
  identityKernel,
  motionKernel,
  parseCustomKernel,
  type KernelChoice,
} from './kernels';

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const base: KernelChoice = { name: 'box', size: 3, sigma: 1, custom: '' };

describe('fixed kernels', () => {
  it('Sobel x is [-1 0 1; -2 0 2; -1 0 1] (brighter to the right is positive)', () => {
    expect(SOBEL_X).toMatchObject({ h: 3, w: 3, values: [-1, 0, 1, -2, 0, 2, -1, 0, 1] });
  });
  it('Sobel y is the transpose of Sobel x', () => {
    expect(SOBEL_Y.values).toEqual([-1, -2, -1, 0, 0, 0, 1, 2, 1]);
  });
  it('Laplacian is the 4-neighbour stencil and sums to 0', () => {
    expect(LAPLACIAN.values).toEqual([0, 1, 0, 1, -4, 1, 0, 1, 0]);
    expect(sum(LAPLACIAN.values)).toBe(0);
  });
  it('sharpen and emboss sum to 1 (flat areas keep their value)', () => {
    expect(SHARPEN.values).toEqual([0, -1, 0, -1, 5, -1, 0, -1, 0]);
    expect(EMBOSS.values).toEqual([-2, -1, 0, -1, 1, 1, 0, 1, 2]);
    expect(sum(SHARPEN.values)).toBe(1);
    expect(sum(EMBOSS.values)).toBe(1);
  });
});

describe('sized kernels', () => {
  it('box 3 is 3x3 of 1/9', () => {
    const k = boxKernel(3);
    expect([k.h, k.w]).toEqual([3, 3]);
    k.values.forEach((v) => expect(v).toBeCloseTo(1 / 9, 15));
  });
  it('motion 5 is one row of five 0.2', () => {
    expect(motionKernel(5)).toMatchObject({ h: 1, w: 5, values: [0.2, 0.2, 0.2, 0.2, 0.2] });
  });
  it('identity 4 has its 1 at tap (2, 2), the centre tfjs/PyTorch "same" uses for even sizes', () => {
    const k = identityKernel(4);
    expect(k.values.indexOf(1)).toBe(2 * 4 + 2);
    expect(sum(k.values)).toBe(1);
  });
  it('identity 1 is [1]', () => {
    expect(identityKernel(1).values).toEqual([1]);
  });
});

describe('Gaussian', () => {
  it.each([
    [0.2, 3],
    [0.5, 5],
    [1, 7],
    [0.7, 7],
    [2, 13],
    [5, 31],
    [6, 31],
    [10, 31],
  ])('σ=%s -> size 2⌈3σ⌉+1 capped at 31 = %s', (sigma, size) => {
    expect(gaussianSize(sigma)).toBe(size);
    expect(gaussianKernel(sigma).h).toBe(size);
  });
  it('σ=0.5: 5x5, centre 0.78657² and corner 0.00026387² (hand-computed)', () => {
    const k = gaussianKernel(0.5);
    expect(k.values[12]).toBeCloseTo(0.6186935068229404, 12);
    expect(k.values[0]).toBeCloseTo(6.962478188799075e-8, 16);
    expect(k.values[1]).toBeCloseTo(0.00026386508273735414 * 0.10645077197359151, 15);
  });
  it('σ=1: 7x7, centre 0.39905² (hand-computed)', () => {
    expect(gaussianKernel(1).values[24]).toBeCloseTo(0.15924112569070245, 12);
  });
  it.each([0.3, 1, 2.5, 8])('σ=%s sums to 1 and is symmetric', (sigma) => {
    const k = gaussianKernel(sigma);
    expect(sum(k.values)).toBeCloseTo(1, 12);
    expect(k.values).toEqual([...k.values].reverse());
  });
});

describe('custom kernels', () => {
  it('parses rows separated by ";" and numbers by spaces', () => {
    const r = parseCustomKernel('1 2 1; 0 0 0; -1 -2 -1');
    expect(r).toMatchObject({ ok: true, kernel: { h: 3, w: 3, values: [1, 2, 1, 0, 0, 0, -1, -2, -1] } });
  });
  it('parses new lines, commas, fractions, decimals and exponents', () => {
    const r = parseCustomKernel('1/16, 2/16\n.5,-2.5e-1\n\n');
    expect(r).toMatchObject({ ok: true, kernel: { h: 2, w: 2, values: [0.0625, 0.125, 0.5, -0.25] } });
  });
  it('accepts a non-square 1x3 kernel', () => {
    expect(parseCustomKernel('1 0 -1')).toMatchObject({ ok: true, kernel: { h: 1, w: 3 } });
  });
  it.each([
    ['', /Type the kernel/],
    ['  ;  ', /Type the kernel/],
    ['1 2; 3', /Row 2 has 1 number but row 1 has 2/],
    ['1 x 1', /“x” in row 1 is not a number/],
    ['1/0', /not a number/],
    ['0x10', /not a number/],
    ['1e7', /too large/],
    [Array.from({ length: 32 }, () => '1').join(';'), /32 rows; at most 31/],
    [new Array(32).fill('1').join(' '), /32 columns; at most 31/],
  ])('refuses %j with a message', (text, message) => {
    const r = parseCustomKernel(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('buildKernel', () => {
  it('clamps sizes to 1..31 and σ to its limits', () => {
    expect(buildKernel({ ...base, name: 'box', size: 99 })).toMatchObject({ ok: true, kernel: { h: 31, w: 31 } });
    expect(buildKernel({ ...base, name: 'motion', size: 0 })).toMatchObject({ ok: true, kernel: { h: 1, w: 1 } });
    expect(buildKernel({ ...base, name: 'gaussian', sigma: 100 })).toMatchObject({ ok: true, kernel: { h: 31 } });
  });
  it('builds every preset', () => {
    for (const name of ['box', 'gaussian', 'sobel-x', 'sobel-y', 'laplacian', 'sharpen', 'emboss', 'motion', 'identity'] as const) {
      expect(buildKernel({ ...base, name }).ok).toBe(true);
    }
    expect(buildKernel({ ...base, name: 'custom', custom: '1' })).toMatchObject({ ok: true, kernel: { values: [1] } });
  });
});
