import { describe, expect, it } from 'vitest';
import { dilateHwio, hwioLayout, needsBakedDilation, oihwToHwio } from './hwioKernel';

describe('needsBakedDilation: tfjs "Either strides or dilations must be 1"', () => {
  it.each([
    ['s=1x1 d=1x1', { s: 1, d: 1 }, { s: 1, d: 1 }, false],
    ['s=2x2 d=1x1', { s: 2, d: 1 }, { s: 2, d: 1 }, false],
    ['s=1x1 d=3x3', { s: 1, d: 3 }, { s: 1, d: 3 }, false],
    ['s=2x2 d=2x2', { s: 2, d: 2 }, { s: 2, d: 2 }, true],
    // The pair need not be on one axis: stride on rows, dilation on columns is refused too.
    ['s=2x1 d=1x2', { s: 2, d: 1 }, { s: 1, d: 2 }, true],
  ])('%s -> %s', (_name, h, w, bake) => {
    expect(needsBakedDilation(h, w)).toBe(bake);
  });
});

describe('oihwToHwio', () => {
  it('f=2 c=1 k=1x2: OIHW [a0 a1 | b0 b1] -> HWIO [a0 b0 | a1 b1]', () => {
    // oihw[f, 0, 0, j]: filter 0 = 1, 2; filter 1 = 3, 4. hwio[0, j, 0, f] interleaves the filters per tap.
    expect(oihwToHwio([1, 2, 3, 4], 2, 1, 1, 2)).toEqual([1, 3, 2, 4]);
  });

  it('f=1 c=2 k=2x1: channel planes [1 2] and [3 4] -> HWIO [1 3 | 2 4]', () => {
    expect(oihwToHwio([1, 2, 3, 4], 1, 2, 2, 1)).toEqual([1, 3, 2, 4]);
  });

  it('f=2 c=3 k=2x3: w[f, c, i, j] lands at [i, j, c, f]', () => {
    // OIHW value = 1000·f + 100·c + 10·i + j names its own position.
    const [F, C, KH, KW] = [2, 3, 2, 3];
    const oihw: number[] = [];
    for (let f = 0; f < F; f++)
      for (let c = 0; c < C; c++) for (let i = 0; i < KH; i++) for (let j = 0; j < KW; j++) oihw.push(1000 * f + 100 * c + 10 * i + j);
    const hwio = oihwToHwio(oihw, F, C, KH, KW);
    // [i, j, c, f] sits at ((i·KW + j)·C + c)·F + f.
    expect(hwio[((1 * 3 + 2) * 3 + 1) * 2 + 1]).toBe(1112);
    expect(hwio[((0 * 3 + 1) * 3 + 2) * 2 + 0]).toBe(201);
    expect(hwio.slice(0, 6)).toEqual([0, 1000, 100, 1100, 200, 1200]);
  });
});

describe('dilateHwio', () => {
  it('c=1 f=1 k=2x2 d=2x3: taps move to (0,0) (0,3) (2,0) (2,3) of a 3×4 kernel, zeros between', () => {
    // ke = d(k−1)+1: rows 2·1+1 = 3, columns 3·1+1 = 4.
    expect(dilateHwio([1, 2, 3, 4], 2, 2, 1, 1, 2, 3)).toEqual([1, 0, 0, 2, 0, 0, 0, 0, 3, 0, 0, 4]);
  });

  it('c=1 f=2 k=1x2 d=1x2: each tap keeps its filter pair, a zero pair between', () => {
    expect(dilateHwio([1, 3, 2, 4], 1, 2, 1, 2, 1, 2)).toEqual([1, 3, 0, 0, 2, 4]);
  });
});

describe('hwioLayout', () => {
  const weights = [1, 2, 3, 4]; // f=1 c=1 k=2x2, OIHW = HWIO for one filter and one channel
  it('f=1 c=1 k=2x2 d=2x2 not baked -> the taps as they are, shape [2, 2, 1, 1], dilations [2, 2]', () => {
    const l = hwioLayout({ weights, filters: 1, channels: 1, kh: 2, kw: 2, dh: 2, dw: 2, bakeDilation: false });
    expect(l).toEqual({ values: [1, 2, 3, 4], shape: [2, 2, 1, 1], dilations: [2, 2] });
  });

  it('f=1 c=1 k=2x2 d=2x2 baked -> a 3×3 kernel with the taps at the corners, dilations [1, 1]', () => {
    const l = hwioLayout({ weights, filters: 1, channels: 1, kh: 2, kw: 2, dh: 2, dw: 2, bakeDilation: true });
    expect(l).toEqual({ values: [1, 0, 2, 0, 0, 0, 3, 0, 4], shape: [3, 3, 1, 1], dilations: [1, 1] });
  });
});
