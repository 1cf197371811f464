import { describe, expect, it } from 'vitest';
import { describePatch } from './describePatch';

describe('describePatch', () => {
  it('can describe a pasted PyTorch stem in control order', () => {
    expect(
      describePatch({
        framework: 'torch',
        mode: 'reflect',
        pad: { kind: 'explicit', top: 3, bottom: 3, left: 3, right: 3 },
        kernel: { h: 7, w: 7 },
        stride: { h: 2, w: 2 },
        channels: 3,
        filters: 4,
      }),
    ).toEqual([
      '3 input channels',
      '4 filters',
      'kernel 7×7',
      'stride 2×2',
      'padding 3, 3, 3, 3 (top, bottom, left, right)',
      'mode reflect',
      'framework PyTorch',
    ]);
  });

  it('names pad specs, constants and flips', () => {
    expect(describePatch({ pad: { kind: 'same' }, mode: 'constant', cval: 2.5, flip: true, filters: 1 })).toEqual([
      '1 filter',
      'padding same',
      'mode constant 2.5',
      'true convolution (kernel flipped)',
    ]);
    expect(describePatch({})).toEqual([]);
  });

  it('names a pasted pool: its operation, rounding and divisor', () => {
    expect(describePatch({ op: 'avgpool', kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, ceil: true, cip: false, framework: 'torch' })).toEqual([
      'average pooling',
      'kernel 2×2',
      'stride 2×2',
      'ceil_mode (round up)',
      'padding not counted in the average',
      'framework PyTorch',
    ]);
    expect(describePatch({ op: 'maxpool', ceil: false })).toEqual(['max pooling', 'round down']);
  });

  it('names a pasted transposed convolution: crops, output padding, groups', () => {
    expect(
      describePatch({ op: 'convt', kernel: { h: 4, w: 4 }, stride: { h: 2, w: 2 }, groups: 2, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, opad: { h: 1, w: 0 } }),
    ).toEqual(['transposed convolution', 'kernel 4×4', 'stride 2×2', '2 groups', 'crops 1, 1, 1, 1 (top, bottom, left, right)', 'output padding 1×0']);
    expect(describePatch({ input: { h: 1, w: 5 }, pad: { kind: 'causal' }, groups: 1 })).toEqual(['input 1×5', 'no groups', 'padding causal']);
  });
});
