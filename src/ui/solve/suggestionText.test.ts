/**
 * The solver's words, read off real suggestions. Numbers worked out by hand
 * (PyTorch's pooling output size: ⌊(n + pb + pa − k)/s⌋ + 1, ceil_mode ⌈…⌉ + 1).
 */
import { describe as group, expect, it } from 'vitest';
import { DEFAULT_CONFIG, solveSize, type Config } from '../../core';
import { noneReason, solveScope } from './solveScope';
import { describe } from './suggestionText';

const pool: Config = {
  ...DEFAULT_CONFIG,
  op: 'maxpool',
  input: { h: 56, w: 56 },
  kernel: { h: 3, w: 3 },
  stride: { h: 2, w: 2 },
  pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 },
  framework: 'torch',
};

group('describe', () => {
  it('in=56 MaxPool2d(3, 2, padding=1) -> 29 rows: ceil_mode=True, its window hanging 1 row past, and the floor size', () => {
    // ⌊55/2⌋ + 1 = 28, ⌈55/2⌉ + 1 = 29; the 29th window spans padded rows 56..58, np = 58 (rows 0..57): 1 past.
    const text = describe(solveSize(pool, { h: 29, w: 29 }).h[0]!);
    expect(text).toEqual({
      main: 'pad 1 each side, stride 2, ceil_mode=True',
      other: 'columns: pad 1 each side, stride 2, ceil_mode=True',
      note: 'the last window hangs 1 row past the padding; ceil_mode=True gives 29 where floor gives 28',
    });
  });

  it('in=56 pool -> 28 rows with ceil_mode=False and pads 1,1: floor drops 1 row, ceil would give 29', () => {
    // (56 + 2 − 3) mod 2 = 1 trailing row unread.
    const item = solveSize(pool, { h: 28, w: 28 }).h.find((s) => s.current)!;
    expect(describe(item).main).toBe('pad 1 each side, stride 2, ceil_mode=False');
    expect(describe(item).note).toBe('floor drops 1 row; floor gives 28 where ceil_mode=True gives 29');
  });

  it('in=7x7 conv k=3 -> 4x3: no ceil_mode words for a convolution', () => {
    const text = describe(solveSize({ ...DEFAULT_CONFIG, input: { h: 7, w: 7 } }, { h: 4, w: 3 }).h[0]!);
    expect(text).toEqual({ main: 'pad 1 each side, stride 2', other: 'columns: pad 0 each side, stride 2', note: '' });
  });
});

group('solveScope', () => {
  it('a PyTorch 3x3 max pool: the mode does not apply, ceil_mode is searched, pads stop at ⌊3/2⌋ = 1', () => {
    const text = solveScope(pool);
    expect(text).toContain('the padding mode does not apply');
    expect(text).toContain('ceil_mode on or off');
    expect(text).toContain('at most ⌊k/2⌋ = 1 per side');
    expect(noneReason(pool)).toBe(" with PyTorch's pool padding (at most 1 per side)");
  });

  it('a convolution keeps its mode and the mode limit reason', () => {
    const conv: Config = { ...DEFAULT_CONFIG, mode: 'reflect' };
    expect(solveScope(conv)).toBe('for input 5×5, kernel 3×3, dilation 1×1, mode reflect. Strides 1..8, pads 0..32 per side.');
    expect(noneReason(conv)).toBe(' with reflect padding (it limits the pad per side)');
  });
});
