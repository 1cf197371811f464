import { describe, expect, it } from 'vitest';
import { formatFactor, formatNumber } from './format';

describe('formatNumber', () => {
  it.each([
    [14, '14'],
    [-3, '-3'],
    [0, '0'],
    [-0, '0'],
    [123456789, '123456789'],
    [1 / 3, '0.3333'],
    [-2 / 3, '-0.6667'],
    [2.5, '2.5'],
    [14.000000953674316, '14'],
    [0.1 + 0.2, '0.3'],
    [1234.56, '1235'],
    [12345.6, '12346'],
    [-12345.6, '-12346'],
    [0.000012346, '0.00001235'],
    [1.23456e-7, '1.235e-7'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
  ])('%s -> %s', (v, want) => {
    expect(formatNumber(v)).toBe(want);
  });

  it('keeps at most 4 significant digits for every non-integer in a sweep', () => {
    for (let i = 1; i < 2000; i++) {
      const v = (i * 7.123) / 13;
      if (Number.isInteger(v) || Math.abs(v) >= 1e4) continue;
      const digits = formatNumber(v).replace(/^-?0*\.?0*/, '').replace('.', '');
      expect(digits.length).toBeLessThanOrEqual(4);
      expect(Math.abs(Number(formatNumber(v)) - v) / Math.abs(v)).toBeLessThan(5e-4);
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
