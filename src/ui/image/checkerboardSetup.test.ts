import { describe, expect, it } from 'vitest';
import { rgbaToRgb } from '../../core';
import { checkerboardSetupOf } from './checkerboardSetup';
import { imageStore, setCheckerboard, sourceImage } from './imageStore';

/** A `w×h` picture of one grey level. */
function greySource(w: number, h: number, v: number) {
  const rgba = new Uint8ClampedArray(w * h * 4).fill(v);
  return sourceImage('grey', 'file', w, h, rgba, rgbaToRgb(rgba, w, h));
}

describe('checkerboard setup', () => {
  it('in=512x512 -> box-averaged to 64x64, k=3 and k=4 at s=2 give 128x128 and one overlap scale', () => {
    const setup = checkerboardSetupOf(greySource(512, 512, 90), { stride: 2, uneven: 3, even: 4 });
    expect(setup.input?.factor).toBe(8);
    expect([setup.input?.image.height, setup.input?.image.width]).toEqual([64, 64]);
    const { uneven, even } = setup.items!;
    expect(uneven.plan.ok && [uneven.plan.h.out, uneven.plan.w.out]).toEqual([128, 128]);
    expect(even.plan.ok && even.map?.interior).toEqual([4]);
    expect(uneven.map?.interior).toEqual([1, 2, 4]);
    expect(setup.maxCount).toBe(4);
    expect(setup.key).not.toBeNull();
  });

  it('is the same object for the same picture and choice, and a new key for a new choice', () => {
    const source = greySource(20, 10, 1);
    const choice = { stride: 2, uneven: 3, even: 4 };
    const a = checkerboardSetupOf(source, choice);
    expect(checkerboardSetupOf(source, choice)).toBe(a);
    const b = checkerboardSetupOf(source, { ...choice, uneven: 5 });
    expect(b.key).not.toBe(a.key);
    expect(b.input).toBe(a.input);
  });

  it('has nothing to run without a picture', () => {
    expect(checkerboardSetupOf(null, { stride: 2, uneven: 3, even: 4 })).toMatchObject({ items: null, key: null });
  });
});

describe('setCheckerboard', () => {
  it('starts a new stride from its own pair, 2s−1 beside 2s', () => {
    setCheckerboard({ stride: 2, uneven: 5, even: 6 });
    expect(imageStore.getState().checkerboard).toEqual({ stride: 2, uneven: 5, even: 6 });
    setCheckerboard({ stride: 4 });
    expect(imageStore.getState().checkerboard).toEqual({ stride: 4, uneven: 7, even: 8 });
    setCheckerboard({ uneven: 8 });
    // 8 is a multiple of 4: not an uneven size, so the default stays.
    expect(imageStore.getState().checkerboard).toEqual({ stride: 4, uneven: 7, even: 8 });
  });
});
