/**
 * The size solver on pooling layers. Expectations are worked out by hand
 * from PyTorch's documented output size (MaxPool2d/AvgPool2d docs,
 * `pooling_output_shape`): `o = ⌊(n + pb + pa − k)/s⌋ + 1`, with
 * `ceil_mode=True` `⌈…⌉ + 1`, less one window when `(o − 1)·s ≥ n + pb`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../config';
import { derivePlan } from '../plan';
import { axisOptions, namedStrides } from './axisOptions';
import { solveSize } from './solveSize';

/** A 3×3 stride-2 max pool (ResNet's stem pool) on an `n`×`n` input. */
const maxpool = (n: number, patch: Partial<Config> = {}): Config => ({
  ...DEFAULT_CONFIG,
  op: 'maxpool',
  input: { h: n, w: n },
  kernel: { h: 3, w: 3 },
  stride: { h: 2, w: 2 },
  pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 },
  ...patch,
});
/** Pads, stride and rounding of an option, as one string: `1,1 s2 ceil`. */
const brief = (o: { before: number; after: number; s: number; rounding: string }) => `${o.before},${o.after} s${o.s} ${o.rounding}`;

describe('axisOptions on a pool: ceil_mode is one more way to a size', () => {
  // in=112 k=3 s=2, target 57 (the grid caps inputs at 64, the per-axis arithmetic does not).
  // floor: ⌊(109 + P)/2⌋ + 1 = 57 ⇔ 109 + P ∈ {112, 113} ⇔ P ∈ {3, 4}.
  // ceil:  ⌈(109 + P)/2⌉ + 1 = 57 ⇔ P ∈ {2, 3}; at P = 2 (pads 1,1) floor gives ⌊111/2⌋ + 1 = 56,
  //        and the last window starts at (57−1)·2 = 112 < n + pb = 113: kept.
  //        At P = 3 and P = 4 (pads 2,2: ⌈113/2⌉ + 1 = 58, the 58th starts at 114 ≥ 114, removed: 57)
  //        floor gives 57 too, so ceil_mode is not what gets there.
  it('in=112 k=3 -> 57: pad 1,1 stride 2 with ceil_mode=True first ("ceil gives 57 where floor gives 56")', () => {
    const opts = axisOptions(maxpool(112), 'h', 57);
    expect(opts.slice(0, 4).map(brief)).toEqual(['1,1 s2 ceil', '1,2 s2 floor', '2,1 s2 floor', '2,2 s2 floor']);
    expect(opts[0]).toMatchObject({ out: 57, otherRounding: 56, overhang: 1, removed: false });
    // Overhang: the 57th window spans padded cells 112..114, one past np = 114 cells (0..113).
  });

  it('in=112 k=3 -> 57 under fw=torch: only pad 1,1 ceil_mode=True, since PyTorch pads at most ⌊3/2⌋ = 1', () => {
    // Every floor option pads 2 on a side; stride 3 needs P ≥ 57 (⌊(109 + P)/3⌋ = 56 ⇔ P ≥ 59, ceil P ≥ 57).
    expect(axisOptions(maxpool(112, { framework: 'torch' }), 'h', 57).map(brief)).toEqual(['1,1 s2 ceil']);
  });

  it('in=112 k=3 ceil_mode=True -> 56: no padding reaches it with ceil (floor is the other way)', () => {
    // ceil: ⌈(109 + P)/2⌉ = 55 ⇔ P ∈ {0, 1}; pads 0,0: windows at 0..108 step 2, the 56th at 110 < 112: kept,
    // and floor gives ⌊109/2⌋ + 1 = 55 there, so ceil_mode is what gives 56 with no padding.
    const opts = axisOptions(maxpool(112, { ceil: true, framework: 'torch' }), 'h', 56);
    expect(brief(opts[0]!)).toBe('0,0 s2 ceil');
    expect(opts[0]).toMatchObject({ otherRounding: 55, overhang: 1 });
    // floor: ⌊(109 + P)/2⌋ = 55 ⇔ P ∈ {1, 2}: pads 0,1 and 1,0 (P = 1) give 56 with either rounding, so only ceil is offered;
    // pads 1,1 (P = 2) floor to ⌊111/2⌋ + 1 = 56 but ceil to 57: offered as floor.
    expect(opts.map(brief)).toContain('1,1 s2 floor');
    expect(opts.map(brief)).not.toContain('0,1 s2 floor');
  });

  it('ignores the padding mode: a max pool on in=2 may pad 2 per side with mode=reflect (a convolution may not)', () => {
    // k=3 s=1 -> 4: 2 + P − 3 + 1 = 4 ⇔ P = 4, pads 2,2; reflect on n=2 allows at most 1 per side.
    const pool = maxpool(2, { mode: 'reflect', stride: { h: 1, w: 1 } });
    expect(axisOptions(pool, 'h', 4).map(brief)).toContain('2,2 s1 floor');
    expect(axisOptions({ ...pool, op: 'conv' }, 'h', 4)).toEqual([]);
  });

  it('count_include_pad=False: no window may be padding only (in=4 k=2 s=2 pads 2,2 averages window [0,1] of padding)', () => {
    // → 4: floor ⌊(2 + P)/2⌋ + 1 = 4 ⇔ P ∈ {4, 5}; pads 2,2 put the input at 2..5, window 0 reads 0..1.
    const avg = (cip: boolean): Config => ({ ...maxpool(4), op: 'avgpool', kernel: { h: 2, w: 2 }, cip });
    expect(axisOptions(avg(true), 'h', 4).map(brief)).toContain('2,2 s2 floor');
    const strict = axisOptions(avg(false), 'h', 4).map(brief);
    expect(strict).not.toContain('2,2 s2 floor');
    // Stride 1, P = 1: ⌊(2 + 1)/1⌋ + 1 = 4, and every window holds an input cell.
    expect(strict.slice(0, 2)).toEqual(['0,1 s1 floor', '1,0 s1 floor']);
  });
});

describe('namedStrides on a pool', () => {
  // in=6 k=3: full pads ke − 1 = 2 per side, np = 10, ⌊7/s⌋ + 1 = 4 at s = 2 only.
  it('full pads 2 > ⌊3/2⌋: offered under Keras rules, not under PyTorch', () => {
    expect(namedStrides(maxpool(6), 'h', 'full', 4)).toEqual([2]);
    expect(namedStrides(maxpool(6, { framework: 'torch' }), 'h', 'full', 4)).toEqual([]);
  });

  it("same follows TF's rule, so PyTorch's pad limit does not apply: ⌈6/s⌉ = 3 at s = 2", () => {
    expect(namedStrides(maxpool(6, { framework: 'torch' }), 'h', 'same', 3)).toEqual([2]);
  });
});

describe('solveSize on a pool', () => {
  // in=56, MaxPool2d(3, 2, padding=1): ⌊(56 + 2 − 3)/2⌋ + 1 = 28; ceil_mode: ⌈55/2⌉ + 1 = 29,
  // the 29th window starts at 56 < 56 + 1: kept.
  it('in=56 MaxPool2d(3, 2, padding=1) -> 29x29 in PyTorch: the same pads with ceil_mode=True', () => {
    const sol = solveSize(maxpool(56, { framework: 'torch' }), { h: 29, w: 29 });
    const first = sol.h[0]!;
    expect(first.config.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 });
    expect(first.config.stride).toEqual({ h: 2, w: 2 });
    expect(first.config.ceil).toBe(true);
    expect(first.current).toBe(false);
  });

  it('in=56 -> 29x28 in PyTorch: ceil_mode is one flag, so the columns take a ceil option too (pads 0,0)', () => {
    // Columns, ceil: ⌈(53 + P)/2⌉ + 1 = 28 ⇔ P ∈ {0, 1}; pads 0,0: the 28th window starts at 54 < 56: kept.
    const first = solveSize(maxpool(56, { framework: 'torch' }), { h: 29, w: 28 }).h[0]!;
    expect(first.config.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 0, right: 0 });
    expect(first.config.ceil).toBe(true);
    const plan = derivePlan(first.config);
    expect(plan.ok && [plan.h.out, plan.w.out]).toEqual([29, 28]);
  });

  it('marks MaxPool2d(3, 2, padding=1) itself as current for 28x28', () => {
    const sol = solveSize(maxpool(56), { h: 28, w: 28 });
    const current = sol.h.filter((s) => s.current).map((s) => brief(s.h));
    expect(current).toEqual(['1,1 s2 floor']);
  });
});
