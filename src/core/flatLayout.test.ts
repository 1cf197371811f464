import { describe, expect, it } from 'vitest';
import { chwIndex, oihwIndex } from './flatLayout';

describe('flat layouts', () => {
  it('C=2 H=3 W=4: (c=1, row=2, col=3) is the last of 24 values; (0, 1, 0) is the 5th', () => {
    expect(chwIndex(3, 4, 1, 2, 3)).toBe(23);
    expect(chwIndex(3, 4, 0, 1, 0)).toBe(4);
  });

  it('F=2 C=3 KH=2 KW=2 (OIHW): (f=1, c=0, i=0, j=1) follows the 12 weights of filter 0', () => {
    expect(oihwIndex(3, 2, 2, 1, 0, 0, 1)).toBe(13);
    expect(oihwIndex(3, 2, 2, 1, 2, 1, 1)).toBe(23);
    expect(oihwIndex(3, 2, 2, 0, 1, 1, 0)).toBe(6);
  });
});
