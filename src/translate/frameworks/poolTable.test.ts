/**
 * The framework table for pooling layers, on hand-checked configurations.
 * Pads are (top, bottom, left, right). Sizes are worked out from each
 * framework's rule: TF SAME (⌈n/s⌉, odd cell after), PyTorch/Caffe/ONNX ceil
 * (⌈(np − k)/s⌉ + 1, less a last window starting at or past n + pb; Caffe
 * only when it pads), tfjs dimRoundingMode 'ceil' (no such rule); errors
 * are PyTorch 1.13's own text, Caffe's CHECK_LT line and tfjs-core's assert.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import { explicit, planOf } from '../codegen/testPlans';
import { frameworkTable, hasDifferences, type Attempt, type FrameworkRow, type TableFramework } from './index';

const P = (h: number, w = h) => ({ h, w });
const table = (patch: Partial<Config>) => {
  const rows = frameworkTable(planOf(patch));
  return (id: TableFramework): FrameworkRow => rows.find((r) => r.id === id)!;
};
const lines = (row: FrameworkRow, role: Attempt['role']) => row.attempts.filter((a) => a.role === role);
const first = (row: FrameworkRow, role: Attempt['role']) => lines(row, role)[0];
const outcome = (a: Attempt | undefined) => a?.outcome;
const error = (a: Attempt | undefined) => (a?.outcome.kind === 'error' ? a.outcome.error : null);

describe('framework table, pooling', () => {
  it('maxpool in=6x6 k=3 s=2 pad=same -> TF pads 0/1/0/1, 3x3; PyTorch has no string padding, pads -inf with F.pad', () => {
    const row = table({ op: 'maxpool', input: P(6), stride: P(2), pad: { kind: 'same' } });
    expect(first(row('keras'), 'exact')?.code).toBe("MaxPooling2D((3, 3), strides=(2, 2), padding='same')");
    expect(lines(row('keras'), 'exact')[1]?.code).toBe("tf.nn.max_pool2d(x, (3, 3), (2, 2), 'SAME')");
    expect(row('keras').extraStep).toBeNull();
    expect(error(first(row('torch'), 'literal'))).toBe("TypeError: max_pool2d(): argument 'padding' (position 4) must be tuple of ints, not str");
    expect(first(row('torch'), 'exact')?.code).toBe("F.pad(x, (0, 1, 0, 1), value=float('-inf')) → nn.MaxPool2d((3, 3), stride=(2, 2))");
    // k//2 = 1 per side: ⌊(6 + 2 − 3)/2⌋ + 1 = 3, the same size from other cells.
    const [half, ceil] = lines(row('torch'), 'idiom');
    expect(half?.code).toBe('nn.MaxPool2d((3, 3), stride=(2, 2), padding=(1, 1))  # k//2');
    expect(outcome(half)).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: P(3), diff: 'shifted' });
    // ceil_mode, no padding: ⌈(6 − 3)/2⌉ + 1 = 3, the last window starts at 4 < 6: kept.
    expect(ceil?.code).toBe('nn.MaxPool2d((3, 3), stride=(2, 2), ceil_mode=True)');
    expect(outcome(ceil)).toEqual({ kind: 'ok', pads: [0, 0, 0, 0], out: P(3), diff: 'shifted' });
    // ONNX pads: all begins, then all ends.
    expect(first(row('onnx'), 'exact')?.code).toBe('MaxPool(kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1])');
    expect(first(row('onnx'), 'exact')?.note).toMatch(/SAME_UPPER.*deprecate/);
    expect(first(row('tfjs'), 'exact')?.code).toBe("tf.maxPool(x, [3, 3], [2, 2], 'same')");
    expect(row('caffe').extraStep).toMatch(/custom layer/);
  });

  it('avgpool in=6x6 k=3 s=2 pad=1 ceil cip=1 fw=torch -> 4x4 (overhang 1); PyTorch, Caffe, ONNX in one layer; ONNX default divisor differs at 12 of 16', () => {
    const row = table({ op: 'avgpool', input: P(6), stride: P(2), pad: explicit(1, 1, 1, 1), ceil: true, cip: true, framework: 'torch' });
    expect(first(row('torch'), 'exact')?.code).toBe('nn.AvgPool2d((3, 3), stride=(2, 2), padding=(1, 1), ceil_mode=True)');
    expect(row('torch').extraStep).toBeNull();
    // Caffe's default rounding is ceil with the same rule: ⌈(6 + 2 − 3)/2⌉ + 1 = 4, last start 6 < 6 + 1.
    expect(first(row('caffe'), 'exact')?.code).toBe('pooling_param { pool: AVE kernel_h: 3 kernel_w: 3 stride_h: 2 stride_w: 2 pad_h: 1 pad_w: 1 }');
    expect(first(row('onnx'), 'exact')?.code).toBe('AveragePool(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], ceil_mode=1, count_include_pad=1)');
    // Windows 0 and 3 of each axis touch the padding: 16 − 2·2 = 12 cells divide by other counts.
    expect(outcome(first(row('onnx'), 'idiom'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: P(4), diff: 'values', cells: { differ: 12, of: 16 } });
    // TF has no ceil_mode and never counts padding: the window sum over the counted cells, pads plus the overhang.
    expect(first(row('keras'), 'exact')?.code).toContain("tf.nn.avg_pool2d(tf.pad(x, [[0, 0], [1, 2], [1, 2], [0, 0]]), (3, 3), (2, 2), 'VALID') / tf.nn.avg_pool2d(counted");
    expect(row('keras').extraStep).toMatch(/have no ceil_mode, never count padding in an average/);
    expect(lines(row('keras'), 'idiom').map((a) => [a.code, outcome(a)])).toContainEqual([
      "AveragePooling2D((3, 3), strides=(2, 2), padding='same')",
      { kind: 'ok', pads: [0, 1, 0, 1], out: P(3), diff: 'size' },
    ]);
    expect(first(row('tfjs'), 'exact')?.code).toBe('tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]]) → tf.avgPool(xp, [3, 3], [2, 2], [[0, 0], [0, 1], [0, 1], [0, 0]])');
  });

  it("maxpool in=4x4 k=2 s=2 pads 0,1,0,1 ceil -> 2x2, the last window removed; tfjs 'ceil' keeps it: 3x3", () => {
    const row = table({ op: 'maxpool', input: P(4), kernel: P(2), stride: P(2), pad: explicit(0, 1, 0, 1), ceil: true });
    // ⌈(5 − 2)/2⌉ + 1 = 3 windows; the third starts at 4 ≥ 4 + 0: removed.
    expect(first(row('torch'), 'exact')?.code).toBe("F.pad(x, (0, 1, 0, 1), value=float('-inf')) → nn.MaxPool2d((2, 2), stride=(2, 2))");
    const literal = first(row('tfjs'), 'literal');
    expect(literal?.code).toBe("tf.maxPool(x, [2, 2], [2, 2], [[0, 0], [0, 1], [0, 1], [0, 0]], 'ceil')");
    expect(outcome(literal)).toEqual({ kind: 'ok', pads: [0, 1, 0, 1], out: P(3), diff: 'size' });
    expect(first(row('tfjs'), 'exact')?.code).toBe('tf.maxPool(x, [2, 2], [2, 2], [[0, 0], [0, 1], [0, 1], [0, 0]])');
    expect(first(row('keras'), 'exact')?.code).toBe(
      "Lambda(lambda x: tf.pad(x, [[0, 0], [0, 1], [0, 1], [0, 0]], constant_values=-np.inf)) → MaxPooling2D((2, 2), strides=(2, 2), padding='valid')",
    );
    expect(first(row('onnx'), 'exact')?.code).toBe('MaxPool(kernel_shape=[2, 2], strides=[2, 2], pads=[0, 0, 1, 1], ceil_mode=1)');
  });

  it('avgpool in=5x5 k=3 s=1 pad=2 fw=keras -> 7x7; PyTorch raises its k/2 limit, Caffe and Theano take pad 2 < 3', () => {
    const row = table({ op: 'avgpool', stride: P(1), pad: explicit(2, 2, 2, 2) });
    expect(first(row('torch'), 'literal')?.code).toBe('nn.AvgPool2d((3, 3), stride=(1, 1), padding=(2, 2))');
    expect(error(first(row('torch'), 'literal'))).toBe('RuntimeError: pad should be at most half of kernel size, but got pad=2 and kernel_size=3');
    expect(first(row('torch'), 'exact')?.code).toBe('F.pad(x, (2, 2, 2, 2)) → nn.AvgPool2d((3, 3), stride=(1, 1))');
    expect(first(row('caffe'), 'exact')?.code).toBe('pooling_param { pool: AVE kernel_h: 3 kernel_w: 3 stride_h: 1 stride_w: 1 pad_h: 2 pad_w: 2 }');
    expect(first(row('theano'), 'exact')?.code).toBe("pool_2d(x, ws=(3, 3), ignore_border=True, stride=(1, 1), pad=(2, 2), mode='average_inc_pad')");
    expect(first(row('keras'), 'exact')?.code).toBe("ZeroPadding2D(((2, 2), (2, 2))) → AveragePooling2D((3, 3), strides=(1, 1), padding='valid')");
    expect(first(row('tfjs'), 'exact')?.code).toBe("tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]]) → tf.avgPool(xp, [3, 3], [1, 1], 'valid')");
  });

  it('maxpool in=6x6 k=3 s=2 pad=3 fw=keras -> Caffe fails its pad < kernel check; Theano needs a padding step', () => {
    const row = table({ op: 'maxpool', input: P(6), stride: P(2), pad: explicit(3, 3, 3, 3) });
    expect(error(first(row('caffe'), 'literal'))).toBe('Check failed: pad_h_ < kernel_h_ (3 vs. 3)');
    expect(row('caffe').extraStep).toMatch(/pads less than the kernel/);
    expect(first(row('theano'), 'exact')?.code).toMatch(/^pad the input yourself with −∞ by \(top, bottom, left, right\) = \(3, 3, 3, 3\)/);
    expect(error(first(row('torch'), 'literal'))).toBe('RuntimeError: pad should be at most half of kernel size, but got pad=3 and kernel_size=3');
  });

  it('maxpool in=6x6 k=3 s=2 pad=1 fw=torch (floor) -> 3x3; Caffe rounds up by default to 4x4: round_mode FLOOR', () => {
    const row = table({ op: 'maxpool', input: P(6), stride: P(2), pad: explicit(1, 1, 1, 1), framework: 'torch' });
    // ⌊(8 − 3)/2⌋ + 1 = 3; Caffe ⌈5/2⌉ + 1 = 4, last start 6 < 6 + 1: kept.
    expect(outcome(first(row('caffe'), 'literal'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: P(4), diff: 'size' });
    expect(first(row('caffe'), 'exact')?.code).toBe(
      'pooling_param { pool: MAX kernel_h: 3 kernel_w: 3 stride_h: 2 stride_w: 2 pad_h: 1 pad_w: 1 round_mode: FLOOR }',
    );
    expect(first(row('theano'), 'exact')?.code).toBe("pool_2d(x, ws=(3, 3), ignore_border=True, stride=(2, 2), pad=(1, 1), mode='max')");
  });

  it('maxpool in=4x4 k=1 s=2 valid ceil -> 2x2 (window at 4 removed); Caffe, padding nothing, keeps it: 3x3', () => {
    const row = table({ op: 'maxpool', input: P(4), kernel: P(1), stride: P(2), pad: { kind: 'valid' }, ceil: true });
    // ⌈(4 − 1)/2⌉ + 1 = 3; the third starts at 4 ≥ 4: PyTorch removes it. Caffe checks that only when it pads.
    expect(outcome(first(row('caffe'), 'literal'))).toEqual({ kind: 'ok', pads: [0, 0, 0, 0], out: P(3), diff: 'size' });
    expect(first(row('caffe'), 'exact')?.code).toContain('round_mode: FLOOR');
    expect(first(row('tfjs'), 'exact')?.code).toBe("tf.maxPool(x, [1, 1], [2, 2], 'valid')");
    expect(outcome(first(row('tfjs'), 'literal'))).toEqual({ kind: 'ok', pads: [0, 0, 0, 0], out: P(3), diff: 'size' });
  });

  it('maxpool in=3x3 k=2 s=1 pad=1 on negative inputs -> ZeroPadding2D + MaxPooling2D gives 0 at the 12 border cells', () => {
    const row = table({ op: 'maxpool', input: P(3), kernel: P(2), stride: P(1), pad: explicit(1, 1, 1, 1), x: { kind: 'values', values: Array(9).fill(-1) } });
    expect(first(row('torch'), 'exact')?.code).toBe('nn.MaxPool2d((2, 2), stride=(1, 1), padding=(1, 1))');
    const zero = lines(row('keras'), 'idiom').find((a) => a.code.startsWith('ZeroPadding2D'));
    // 4×4 windows; only the inner 2×2 miss the padding. Every window holds an input cell (-1), which -∞ padding keeps.
    expect(outcome(zero)).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: P(4), diff: 'values', cells: { differ: 12, of: 16 } });
    expect(hasDifferences(frameworkTable(planOf({ op: 'maxpool', input: P(3), kernel: P(2), stride: P(1), pad: explicit(1, 1, 1, 1) })))).toBe(true);
  });

  it('avgpool in=5x5 k=3 s=1 pad=same -> TF divides by input cells; PyTorch k//2 (count_include_pad=True) and Caffe differ at 16 of 25', () => {
    const row = table({ op: 'avgpool', stride: P(1), pad: { kind: 'same' } });
    expect(error(first(row('torch'), 'literal'))).toBe("TypeError: avg_pool2d(): argument 'padding' (position 4) must be tuple of ints, not str");
    expect(first(row('torch'), 'exact')?.code).toBe('nn.AvgPool2d((3, 3), stride=(1, 1), padding=(1, 1), count_include_pad=False)');
    const differs = { kind: 'ok', pads: [1, 1, 1, 1], out: P(5), diff: 'values', cells: { differ: 16, of: 25 } };
    expect(outcome(first(row('torch'), 'idiom'))).toEqual(differs);
    // Caffe's AVE always counts its padding, whatever the rounding: no one-layer form.
    expect(outcome(first(row('caffe'), 'literal'))).toEqual(differs);
    expect(row('caffe').extraStep).toMatch(/counts the padding/);
    expect(first(row('onnx'), 'exact')?.code).toBe('AveragePool(kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1], count_include_pad=0)');
    expect(first(row('theano'), 'exact')?.code).toContain("mode='average_exc_pad'");
    expect(first(row('tfjs'), 'exact')?.code).toBe("tf.avgPool(x, [3, 3], [1, 1], 'same')");
  });

  it('maxpool in=9x9 k=3 d=2 s=2 pad=1 fw=torch -> dilation in PyTorch and ONNX; tf.nn.pool / tf.pool at stride 1, tfjs refuses both', () => {
    const row = table({ op: 'maxpool', input: P(9), stride: P(2), dilation: P(2), pad: explicit(1, 1, 1, 1), framework: 'torch' });
    expect(first(row('torch'), 'exact')?.code).toBe('nn.MaxPool2d((3, 3), stride=(2, 2), padding=(1, 1), dilation=(2, 2))');
    expect(first(row('onnx'), 'exact')?.code).toBe('MaxPool(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], dilations=[2, 2])');
    expect(first(row('keras'), 'exact')?.code).toBe(
      "Lambda(lambda x: tf.nn.pool(tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=-np.inf), window_shape=(3, 3), pooling_type='MAX', padding='VALID', dilations=(2, 2))[:, ::2, ::2, :])",
    );
    expect(row('keras').extraStep).toMatch(/have no dilation/);
    expect(error(first(row('tfjs'), 'literal'))).toBe("Error: Error in pool: Either strides or dilations must be 1. Got strides 2,2 and dilations '2,2'");
    expect(first(row('tfjs'), 'exact')?.code).toMatch(/^tf\.pool\(tf\.pad\(x, .*-Infinity\), \[3, 3\], 'max', 'valid', \[2, 2\], \[1, 1\]\) → every 2×2-th cell/);
    expect(row('caffe').extraStep).toMatch(/no dilation/);
  });
});
