import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, KERNEL_PRESETS } from './config';
import { derivePlan } from './plan';
import { inputPreset, kernelPreset } from './presets';
import { referenceConv } from './reference';

const k3 = { h: 3, w: 3 };

describe('kernel presets', () => {
  // Textbook 3×3 kernels (e.g. OpenCV's Sobel and Gaussian docs), written out by hand.
  it.each([
    ['sobel-x', [-1, 0, 1, -2, 0, 2, -1, 0, 1]],
    ['sobel-y', [-1, -2, -1, 0, 0, 0, 1, 2, 1]],
    ['laplace', [0, 1, 0, 1, -4, 1, 0, 1, 0]],
    ['sharpen', [0, -1, 0, -1, 5, -1, 0, -1, 0]],
    ['gauss', [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16)],
    ['identity', [0, 0, 0, 0, 1, 0, 0, 0, 0]],
  ] as const)('%s 3x3 is the textbook kernel', (preset, expected) => {
    expect(kernelPreset(preset, 1, 1, k3, 1)).toEqual(expected);
  });

  it('every preset has F*C*KH*KW finite values for rectangular and 1-wide kernels', () => {
    for (const preset of KERNEL_PRESETS) {
      for (const size of [{ h: 1, w: 1 }, { h: 2, w: 5 }, { h: 15, w: 4 }]) {
        const k = kernelPreset(preset, 3, 2, size, 7);
        expect(k).toHaveLength(3 * 2 * size.h * size.w);
        expect(k.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('box and gauss sum to exactly 1 (power-of-two kernels stay exact)', () => {
    for (const size of [k3, { h: 5, w: 5 }, { h: 4, w: 7 }]) {
      expect(kernelPreset('gauss', 1, 1, size, 1).reduce((a, b) => a + b, 0)).toBe(1);
      expect(kernelPreset('box', 1, 1, size, 1).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('identity with 3 channels and 3 filters: filter f reproduces channel f', () => {
    const plan = derivePlan({ ...DEFAULT_CONFIG, channels: 3, filters: 3, w: { kind: 'preset', preset: 'identity' } });
    if (!plan.ok) throw new Error(plan.message);
    expect(referenceConv(plan)).toEqual([...plan.input]);
  });
});

describe('input presets', () => {
  it('ramp numbers every cell 1.. across channels, so each value names its source', () => {
    const v = inputPreset('ramp', 2, { h: 2, w: 3 }, 1);
    expect(v).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('impulse has a single 1 at (⌊H/2⌋, ⌊W/2⌋)', () => {
    const v = inputPreset('impulse', 1, { h: 4, w: 5 }, 1);
    expect(v.reduce((a, b) => a + b, 0)).toBe(1);
    expect(v[2 * 5 + 2]).toBe(1);
  });
  it('random is reproducible from the seed and changes with it', () => {
    const a = inputPreset('random', 1, { h: 8, w: 8 }, 42);
    expect(inputPreset('random', 1, { h: 8, w: 8 }, 42)).toEqual(a);
    expect(inputPreset('random', 1, { h: 8, w: 8 }, 43)).not.toEqual(a);
    expect(a.every((v) => Number.isInteger(v) && v >= 0 && v <= 9)).toBe(true);
    expect(kernelPreset('random', 1, 1, { h: 8, w: 8 }, 42)).not.toEqual(a);
  });
});
