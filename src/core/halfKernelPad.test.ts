import { describe, expect, it } from 'vitest';
import { halfKernelPad } from './halfKernelPad';

describe('halfKernelPad', () => {
  it.each([
    // k, d, k//2, d*(k-1)//2 — worked out by hand from Python's floor division.
    [3, 1, 1, 1],
    [4, 1, 2, 1],
    [5, 1, 2, 2],
    [3, 2, 1, 2],
    [4, 2, 2, 3],
    [5, 3, 2, 6],
    [4, 3, 2, 4], // ke=10 (even): the dilation-aware form pads more than k//2
    [1, 4, 0, 0],
    [15, 8, 7, 56],
  ])('k=%i d=%i -> literal k//2 = %i, dilation-aware d*(k-1)//2 = %i', (k, d, literal, dilated) => {
    expect(halfKernelPad(k, d)).toEqual({ literal, dilated });
  });
});
