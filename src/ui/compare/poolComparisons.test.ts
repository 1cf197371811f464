/**
 * The one-click pooling comparisons. Sizes and values worked out by hand from
 * the frameworks' documented rules: PyTorch `⌊(n + 2p − k)/s⌋ + 1`, with
 * ceil_mode `⌈…⌉ + 1` less a last window starting at or past `n + p`;
 * TF SAME `⌈n/s⌉` with `P = (o − 1)s + k − n`, `⌊P/2⌋` before; max pooling's
 * padding never wins; PyTorch's average divides by k·k with
 * count_include_pad=True, TF SAME's by the real cells. The ramp input is
 * 1, 2, 3, … row-major.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, referenceOf, type Config } from '../../core';
import { encodeB, readB } from './compareState';
import { torchCeilVsTfSame, torchCipVsTfSame } from './poolComparisons';
import { torchCeilVsTfSameLabel, torchCipVsTfSameLabel } from './poolComparisonLabels';

const square = (n: number): Config => ({ ...DEFAULT_CONFIG, input: { h: n, w: n } });

function run(c: Config) {
  const plan = derivePlan(c);
  if (!plan.ok) throw new Error(plan.message);
  return { shape: [plan.h.out, plan.w.out], pads: plan.pads, out: referenceOf(plan) };
}

describe('PyTorch MaxPool2d ceil_mode=True vs TF MaxPooling2D SAME', () => {
  it('from a convolution: the stem pool, MaxPool2d(3, 2, padding=1, ceil_mode=True) against MaxPooling2D(3, 2, padding=same)', () => {
    const { a, b } = torchCeilVsTfSame(square(6));
    expect(a).toMatchObject({ op: 'maxpool', kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, framework: 'torch', ceil: true });
    expect(a.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 });
    expect(b).toMatchObject({ op: 'maxpool', kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, framework: 'keras', ceil: false, pad: { kind: 'same' } });
  });

  it('in=6: A is 4x4 (⌈5/2⌉ + 1, the 4th window starts at 6 < 7), B is 3x3 with pads 0,1,0,1; they differ from cell (0,0): 8 vs 15', () => {
    const { a, b } = torchCeilVsTfSame(square(6));
    const ra = run(a);
    const rb = run(b);
    expect(ra.shape).toEqual([4, 4]);
    expect(rb.shape).toEqual([3, 3]);
    expect(rb.pads).toEqual([0, 1, 0, 1]);
    // A(0,0): rows/cols −1..1, padding never wins: max of x[0..1][0..1] = x[1][1] = 8. B(0,0): x[0..2][0..2] → x[2][2] = 15.
    expect(ra.out[0]).toBe(8);
    expect(rb.out[0]).toBe(15);
  });

  it('in=56: ceil_mode gives 29 where TF SAME gives ⌈56/2⌉ = 28 (ResNet at 112: 57 vs 56)', () => {
    const { a, b } = torchCeilVsTfSame(square(56));
    expect(run(a).shape).toEqual([29, 29]);
    expect(run(b).shape).toEqual([28, 28]);
  });

  it('from a pool: keeps its kernel and stride (MaxPool2d(2, 2) -> padding=1, ⌊2/2⌋)', () => {
    const pool: Config = { ...square(6), op: 'maxpool', kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 } };
    const { a } = torchCeilVsTfSame(pool);
    expect(a.kernel).toEqual({ h: 2, w: 2 });
    expect(a.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 });
    expect(torchCeilVsTfSameLabel(pool).text).toBe("PyTorch MaxPool2d(2, 2, padding=1, ceil_mode=True) vs Keras / TensorFlow MaxPooling2D(2, 2, padding='same')");
  });

  it('labels the stem pool as the issue writes it, per axis as Python tuples when the axes differ', () => {
    expect(torchCeilVsTfSameLabel(square(5)).text).toBe(
      "PyTorch MaxPool2d(3, 2, padding=1, ceil_mode=True) vs Keras / TensorFlow MaxPooling2D(3, 2, padding='same')",
    );
    const pool: Config = { ...square(9), op: 'maxpool', kernel: { h: 3, w: 5 }, stride: { h: 2, w: 1 } };
    expect(torchCeilVsTfSameLabel(pool).text).toBe(
      "PyTorch MaxPool2d((3, 5), (2, 1), padding=(1, 2), ceil_mode=True) vs Keras / TensorFlow MaxPooling2D((3, 5), (2, 1), padding='same')",
    );
  });
});

describe('PyTorch AvgPool2d count_include_pad=True vs TF AveragePooling2D SAME', () => {
  it('in=5 k=3 s=2: same shape 3x3 and pads 1,1,1,1, corner 16/9 vs 16/4, centre equal', () => {
    const { a, b } = torchCipVsTfSame(square(5));
    expect(a).toMatchObject({ op: 'avgpool', framework: 'torch', cip: true, ceil: false });
    expect(b).toMatchObject({ op: 'avgpool', framework: 'keras', cip: false, pad: { kind: 'same' } });
    const ra = run(a);
    const rb = run(b);
    // TF SAME: ⌈5/2⌉ = 3, P = 2·2 + 3 − 5 = 2, pads 1,1: the same windows as PyTorch's padding=1.
    expect(ra.shape).toEqual([3, 3]);
    expect(rb.shape).toEqual([3, 3]);
    expect(rb.pads).toEqual([1, 1, 1, 1]);
    // Corner window: x[0..1][0..1] = 1 + 2 + 6 + 7 = 16 real, 5 padding cells.
    expect(ra.out[0]).toBeCloseTo(16 / 9, 12);
    expect(rb.out[0]).toBe(4);
    // Centre window rows/cols 1..3 of the input: 7+8+9+12+13+14+17+18+19 = 117, nine real cells on both sides.
    expect(ra.out[4]).toBe(13);
    expect(rb.out[4]).toBe(13);
  });

  it('labels both sides, count_include_pad written out', () => {
    expect(torchCipVsTfSameLabel(square(5)).text).toBe(
      "PyTorch AvgPool2d(3, 2, padding=1, count_include_pad=True) vs Keras / TensorFlow AveragePooling2D(3, 2, padding='same')",
    );
  });

  it('drops a max pool\'s dilation (average pooling has none, nor has Keras pooling)', () => {
    const dilated: Config = { ...square(9), op: 'maxpool', dilation: { h: 2, w: 2 } };
    expect(torchCipVsTfSame(dilated).a.dilation).toEqual({ h: 1, w: 1 });
    expect(torchCeilVsTfSame(dilated).a.dilation).toEqual({ h: 1, w: 1 });
  });
});

describe("B's link", () => {
  it.each([
    ['max', torchCeilVsTfSame],
    ['average', torchCipVsTfSame],
  ] as const)('the %s pair\'s B reads back from its query string unchanged', (_, pair) => {
    const { a, b } = pair(square(6));
    expect(readB(encodeB(b), a).config).toEqual(b);
    expect(readB(encodeB(a), b).config).toEqual(a);
  });
});
