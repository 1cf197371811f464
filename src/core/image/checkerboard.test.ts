import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan';
import { scatterTransposed } from '../transposedScatter';
import {
  checkerboardConfig,
  checkerboardKernels,
  checkerboardPlan,
  defaultCheckerboardChoice,
  fitCheckerboardChoice,
  torchUpsampleCrop,
  uniformTap,
} from './checkerboard';
import { downscaleFactor, downscaleRgb } from './downscale';
import { borderSentence, overlapMap, overlapRgba, overlapSentence, rampColour } from './overlapMap';
import type { RgbImage } from './pixels';

/** An `h×w` RGB picture whose every channel holds `value`. */
const flat = (h: number, w: number, value: number): RgbImage => ({ height: h, width: w, rgb: new Float32Array(h * w * 3).fill(value) });

function planOf(img: RgbImage, k: number, s: number): Plan {
  const p = checkerboardPlan(img, k, s);
  if (!p.ok) throw new Error(p.message);
  return p;
}

describe('upsampling crop and kernel (PyTorch ConvTranspose2d, out = n·s)', () => {
  it.each([
    [3, 2, 1, 1],
    [4, 2, 1, 0],
    [5, 2, 2, 1],
    [2, 2, 0, 0],
    [5, 3, 1, 0],
    [7, 4, 2, 1],
    [8, 4, 2, 0],
  ])('k=%i s=%i -> padding=%i output_padding=%i', (k, s, padding, outputPadding) => {
    expect(torchUpsampleCrop(k, s)).toEqual({ padding, outputPadding });
    const plan = planOf(flat(5, 7, 1), k, s);
    expect([plan.h.out, plan.w.out]).toEqual([5 * s, 7 * s]);
  });

  it('offers uneven k = s+1..3s-1 and even k = s, 2s, 3s', () => {
    expect(checkerboardKernels('uneven', 2)).toEqual([3, 5]);
    expect(checkerboardKernels('even', 2)).toEqual([2, 4, 6]);
    expect(checkerboardKernels('uneven', 4)).toEqual([5, 6, 7, 9, 10, 11]);
    expect(checkerboardKernels('even', 4)).toEqual([4, 8, 12]);
    expect(defaultCheckerboardChoice()).toEqual({ stride: 2, uneven: 3, even: 4 });
  });

  it('refits kernel sizes that do not suit a new stride', () => {
    expect(fitCheckerboardChoice({ stride: 3, uneven: 3, even: 4 })).toEqual({ stride: 3, uneven: 5, even: 6 });
    expect(fitCheckerboardChoice({ stride: 3, uneven: 7, even: 9 })).toEqual({ stride: 3, uneven: 7, even: 9 });
    expect(fitCheckerboardChoice({ stride: 9, uneven: 3, even: 4 })).toEqual({ stride: 2, uneven: 3, even: 4 });
  });

  it('is a depthwise convt with every tap s²/k² (weights C, F/g, KH, KW)', () => {
    const c = checkerboardConfig(flat(2, 3, 10), 3, 2);
    expect(c).toMatchObject({ op: 'convt', channels: 3, filters: 3, groups: 3, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, opad: { h: 1, w: 1 } });
    expect(c.w.kind === 'values' && c.w.values).toEqual(new Array(27).fill(4 / 9));
    expect(uniformTap(4, 2)).toBe(0.25);
  });

  it('takes the picture channel-major (C*H*W) from interleaved RGB', () => {
    const img: RgbImage = { height: 1, width: 2, rgb: Float32Array.of(1, 2, 3, 4, 5, 6) };
    const c = checkerboardConfig(img, 3, 2);
    expect(c.x.kind === 'values' && c.x.values).toEqual([1, 4, 2, 5, 3, 6]);
  });
});

describe('overlap maps written out by hand (in=8x8)', () => {
  // k=3 s=2 padding=1 output_padding=1: tap a of input i lands on 2i + a − 1.
  // r=0: (0,1); r=1: (0,2),(1,0); r=2: (1,1); ... r=15: (7,2) only.
  const K3 = [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1];
  // k=4 s=2 padding=1: r=0 gets (0,1) only, r=15 gets (7,2) only, every other index 2.
  const K4 = [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1];

  it('in=8x8 k=3 s=2 pad=1 opad=1 -> rows 1 2 1 2 … 1 1, pixels {1,2,4}', () => {
    const map = overlapMap(planOf(flat(8, 8, 1), 3, 2));
    expect(map.h.counts).toEqual(K3);
    expect(map.w.counts).toEqual(K3);
    expect(map.h.interior).toEqual([1, 2]);
    expect(map.distinct).toEqual([1, 2, 4]);
    expect(map.interior).toEqual([1, 2, 4]);
    expect(Array.from(map.counts.slice(0, 4))).toEqual([1, 2, 1, 2]);
    expect(Array.from(map.counts.slice(16, 20))).toEqual([2, 4, 2, 4]);
  });

  it('in=8x8 k=4 s=2 pad=1 -> rows 1 2 2 … 2 1, pixels {1,2,4} but 4 everywhere inside', () => {
    const map = overlapMap(planOf(flat(8, 8, 1), 4, 2));
    expect(map.h.counts).toEqual(K4);
    expect(map.h.interior).toEqual([2]);
    expect(map.distinct).toEqual([1, 2, 4]);
    expect(map.interior).toEqual([4]);
  });

  it('in=3x5: rows and columns count separately', () => {
    const map = overlapMap(planOf(flat(3, 5, 1), 3, 2));
    expect(map.h.counts).toEqual([1, 2, 1, 2, 1, 1]);
    expect(map.w.counts).toEqual([1, 2, 1, 2, 1, 2, 1, 2, 1, 1]);
    expect(map.counts.length).toBe(60);
  });

  it('is what a flat picture of 1 upsamples to, divided by the tap value (the scatter sums the taps)', () => {
    for (const [k, s] of [[3, 2], [4, 2], [5, 3], [7, 4]] as const) {
      const plan = planOf(flat(6, 5, 1), k, s);
      const out = scatterTransposed(plan);
      const map = overlapMap(plan);
      const n = map.counts.length;
      map.counts.forEach((c, i) => expect(out[i]).toBeCloseTo(c * uniformTap(k, s), 12));
      expect(out.length).toBe(3 * n);
    }
  });

  it('explains both kernels in one line each', () => {
    const uneven = overlapMap(planOf(flat(8, 8, 1), 3, 2));
    const even = overlapMap(planOf(flat(8, 8, 1), 4, 2));
    expect(overlapSentence(3, 2, uneven)).toBe(
      'k=3 is not a multiple of s=2: output pixels get 1 or 2 taps per axis, so 1, 2 or 4 in all — the checkerboard (4× as many taps on some pixels as on others).',
    );
    expect(overlapSentence(4, 2, even)).toBe('k=4 is a multiple of s=2: every output pixel gets 2 taps per axis, 4 in all, away from the border — no checkerboard.');
    expect(borderSentence(even)).toBe("At the border some pixels get only 1 or 2: no input lies beyond the picture's edge to stamp there.");
    expect(borderSentence(uneven)).toBeNull();
  });

  it('colours counts on one ramp, fewest darkest', () => {
    expect(rampColour(0)).toEqual([48, 18, 59]);
    expect(rampColour(1)).toEqual([250, 240, 150]);
    const rgba = overlapRgba([1, 4], 4);
    expect(Array.from(rgba.slice(4))).toEqual([250, 240, 150, 255]);
    expect(rgba[3]).toBe(255);
  });
});

describe('box downscale', () => {
  it('picks the whole factor that brings the longest side within the limit', () => {
    expect(downscaleFactor(512, 512, 64)).toBe(8);
    expect(downscaleFactor(500, 375, 64)).toBe(8);
    expect(downscaleFactor(64, 10, 64)).toBe(1);
    expect(downscaleFactor(3000, 4, 64)).toBe(47);
  });

  it('averages 2x2 blocks and drops the odd last column', () => {
    // 2 rows × 5 columns, channel values = column index × 10 + channel.
    const rgb = Float32Array.from({ length: 2 * 5 * 3 }, (_, i) => (Math.floor(i / 3) % 5) * 10 + (i % 3));
    const { image, factor } = downscaleRgb({ height: 2, width: 5, rgb }, 3);
    expect(factor).toBe(2);
    expect([image.height, image.width]).toEqual([1, 2]);
    expect(Array.from(image.rgb)).toEqual([5, 6, 7, 25, 26, 27]);
  });

  it('keeps a strip shorter than the factor (3000×4 -> 63×1)', () => {
    const { image } = downscaleRgb(flat(4, 3000, 200), 64);
    expect([image.height, image.width]).toEqual([1, 63]);
    expect(image.rgb[0]).toBe(200);
  });

  it('returns a picture that already fits unchanged', () => {
    const img = flat(3, 3, 1);
    expect(downscaleRgb(img, 64)).toEqual({ image: img, factor: 1 });
  });
});
