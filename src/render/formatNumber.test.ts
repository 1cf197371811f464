import { describe, expect, it } from 'vitest';
import { formatFactor, formatNumber } from './formatNumber';

describe('formatNumber', () => {
  it.each([
    [14, '14'],
    [-3, '−3'],
    [0, '0'],
    [-0, '0'],
    [123456, '123456'],
    [123456789, '123456789'],
    [11.99999904632568, '12'],
    [14.000000953674316, '14'],
    [0.1000000015, '0.1'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.3333'],
    [-2 / 3, '−0.6667'],
    [2.5, '2.5'],
    [3.14159, '3.142'],
    [-2.71828, '−2.718'],
    [1234.567, '1235'],
    // The integer part is never rounded away: 4 significant digits would print 12350.
    [12345.6, '12346'],
    [-12345.6, '−12346'],
    [0.000123456, '1.235e-4'],
    [0.000012346, '1.235e-5'],
    [1.5e-7, '1.5e-7'],
    [-1e-12, '−1e-12'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
  ])('%s -> %s (grids, typographic minus)', (v, want) => {
    expect(formatNumber(v)).toBe(want);
  });

  it('uses the hyphen-minus when asked (expressions that paste into Python)', () => {
    expect(formatNumber(-12345.6, 'hyphen')).toBe('-12346');
    expect(formatNumber(-2 / 3, 'hyphen')).toBe('-0.6667');
  });

  it('prints −∞ with the typographic minus whatever the caller asks (max pooling: padding never wins)', () => {
    expect(formatNumber(-Infinity, 'hyphen')).toBe('−∞');
    expect(formatFactor(-Infinity)).toBe('(−∞)');
  });

  it('keeps at most 4 significant digits for every non-integer below 10^4 in a sweep', () => {
    for (let i = 1; i < 2000; i++) {
      const v = (i * 7.123) / 13;
      if (Number.isInteger(v) || Math.abs(v) >= 1e4) continue;
      const text = formatNumber(v, 'hyphen');
      const digits = text.replace(/^-?0*\.?0*/, '').replace('.', '');
      expect(digits.length).toBeLessThanOrEqual(4);
      expect(Math.abs(Number(text) - v) / Math.abs(v)).toBeLessThan(5e-4);
    }
  });
});

describe('formatFactor', () => {
  it('wraps negatives in parentheses only', () => {
    expect(formatFactor(-1)).toBe('(-1)');
    expect(formatFactor(2)).toBe('2');
    expect(formatFactor(-0)).toBe('0');
  });
});
