import { describe, expect, it } from 'vitest';
import { pairWidth } from './pairWidth';

describe('pairWidth', () => {
  it('panel 356 (a 390 px phone), padded 7x7, out 5x5 -> half each, values still printed', () => {
    expect(pairWidth(356, { rows: 7, cols: 7 }, { rows: 5, cols: 5 })).toBe(170);
  });
  it('panel 356, padded 34x34 (in=32) -> full width: too small for values at half', () => {
    expect(pairWidth(356, { rows: 34, cols: 34 }, { rows: 32, cols: 32 })).toBe(356);
  });
  it('panel 870 (a 1280 px screen) -> full width, the wide layout as before', () => {
    expect(pairWidth(870, { rows: 7, cols: 7 }, { rows: 5, cols: 5 })).toBe(870);
  });
});
