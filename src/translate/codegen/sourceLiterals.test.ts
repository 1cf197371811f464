import { describe, expect, it } from 'vitest';
import { dilateHwio, jsNum, oihwToHwio, pyList, pyNum } from './sourceLiterals';

describe('number printing', () => {
  it('prints every float64 so that it parses back to the same number', () => {
    for (const v of [0.1, 1 / 3, -2.5, 1e-7, 5e-324, 1e21, 123456.789, Math.PI, -1e6, 0]) {
      expect(Number(pyNum(v))).toBe(v);
      expect(Number(jsNum(v))).toBe(v);
    }
  });

  it('keeps the sign of −0 and spells non-finite values for Python', () => {
    expect(pyNum(-0)).toBe('-0.0');
    expect(jsNum(-0)).toBe('-0');
    expect(pyNum(NaN)).toBe("float('nan')");
    expect(pyNum(-Infinity)).toBe("float('-inf')");
  });

  it('breaks a list into rows of the given length', () => {
    expect(pyList([1, 2, 3, 4, 5], 2)).toBe('[\n    1, 2,\n    3, 4,\n    5,\n]');
    expect(pyList([], 3)).toBe('[]');
  });
});

describe('kernel layouts', () => {
  // OIHW value = 1000·f + 100·c + 10·i + j names its own position.
  const F = 2;
  const C = 3;
  const KH = 2;
  const KW = 3;
  const oihw: number[] = [];
  for (let f = 0; f < F; f++)
    for (let c = 0; c < C; c++) for (let i = 0; i < KH; i++) for (let j = 0; j < KW; j++) oihw.push(1000 * f + 100 * c + 10 * i + j);

  it('OIHW -> HWIO puts w[f, c, i, j] at [i, j, c, f]', () => {
    const hwio = oihwToHwio(oihw, F, C, KH, KW);
    for (let i = 0; i < KH; i++)
      for (let j = 0; j < KW; j++)
        for (let c = 0; c < C; c++)
          for (let f = 0; f < F; f++) expect(hwio[((i * KW + j) * C + c) * F + f]).toBe(1000 * f + 100 * c + 10 * i + j);
  });

  it('dilating an HWIO kernel spreads the taps d apart with zeros between', () => {
    const hwio = oihwToHwio(oihw, F, C, KH, KW);
    const d = dilateHwio(hwio, KH, KW, C, F, 3, 2); // 4×5 kernel
    expect(d).toHaveLength(4 * 5 * C * F);
    const at = (i: number, j: number, c: number, f: number) => d[((i * 5 + j) * C + c) * F + f];
    expect(at(3, 4, 2, 1)).toBe(1000 + 200 + 10 + 2);
    expect(at(0, 2, 1, 0)).toBe(100 + 1);
    expect(at(1, 0, 0, 0)).toBe(0);
    expect(at(3, 3, 0, 0)).toBe(0);
  });
});
