import { describe, expect, it } from 'vitest';
import { formatValue } from './format';

describe('formatValue', () => {
  it.each([
    [12, '12'],
    [-3, '−3'],
    [0, '0'],
    [-0, '0'],
    [123456, '123456'],
    [11.99999904632568, '12'],
    [0.1000000015, '0.1'],
    [3.14159, '3.142'],
    [-2.71828, '−2.718'],
    [1234.567, '1235'],
    [0.000123456, '1.235e-4'],
    [1.5e-7, '1.5e-7'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
  ])('%s -> %s', (v, text) => {
    expect(formatValue(v)).toBe(text);
  });
});
