import { describe, expect, it } from 'vitest';
import { backingLength } from './canvas';

describe('backingLength (canvas backing stores survive small size changes)', () => {
  it.each([
    ['a fresh 300 px canvas for 822 px grows to 832 (steps of 64)', 300, 822, 832],
    ['832 kept for 810 (one cell less)', 832, 810, 832],
    ['832 kept for 830 (one cell more, still fits)', 832, 830, 832],
    ['832 grows to 896 for 840', 832, 840, 896],
    ['832 shrinks to 448 for 400 (over twice too big)', 832, 400, 448],
    ['at least one step for a 1 px need', 300, 1, 64],
  ] as const)('%s', (_name, current, need, expected) => {
    const got = backingLength(current, need, 64);
    expect(got).toBe(expected);
    expect(got).toBeGreaterThanOrEqual(need);
  });
});
