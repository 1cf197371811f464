import { describe, expect, it } from 'vitest';
import { jsNum, pyList, pyNum } from './sourceLiterals';

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
