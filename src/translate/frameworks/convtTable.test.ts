/**
 * The framework table for transposed convolutions, on hand-checked
 * configurations. Crops are (top, bottom, left, right) of the uncropped
 * output `full = (n−1)s + ke` plus output padding q. Sizes are worked out
 * from each framework's documented rule: PyTorch `(n−1)s − 2p + ke + q`,
 * Keras same `n·s` (q = 0) or `(n−1)s + ke mod 2 + q`, TF's crop
 * `⌊(full − output_shape)/2⌋` for SAME, ONNX's total
 * `(n−1)s + output_padding + ke − output` split per auto_pad; errors are
 * PyTorch 1.13's own text and Keras 3's / TF's sources.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import { explicit, planOf } from '../codegen/testPlans';
import { frameworkTable, tableBasis, type Attempt, type FrameworkRow, type TableFramework } from './index';

const P = (h: number, w = h) => ({ h, w });
const convt = (patch: Partial<Config>) => planOf({ op: 'convt', ...patch });
const table = (patch: Partial<Config>) => {
  const rows = frameworkTable(convt(patch));
  return (id: TableFramework): FrameworkRow => rows.find((r) => r.id === id)!;
};
const lines = (row: FrameworkRow, role: Attempt['role']) => row.attempts.filter((a) => a.role === role);
const first = (row: FrameworkRow, role: Attempt['role']) => lines(row, role)[0];
const error = (a: Attempt | undefined) => (a?.outcome.kind === 'error' ? a.outcome.error : null);
const labelled = (row: FrameworkRow, label: string) => row.attempts.find((a) => a.label === label);

describe('framework table, transposed convolution', () => {
  it('in=4x4 k=3 s=2 pad=same -> full 9, Keras 8x8 cropping 0/1; PyTorch refuses the string, slices, and its usual padding=1, output_padding=1 crops the odd cell on top', () => {
    const row = table({ input: P(4), stride: P(2), pad: { kind: 'same' } });
    expect(tableBasis(convt({ input: P(4), stride: P(2), pad: { kind: 'same' } }))).toEqual({ pads: [0, 1, 0, 1], what: 'crops' });
    expect(first(row('keras'), 'exact')?.code).toBe("Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same')");
    expect(row('keras').extraStep).toBeNull();
    expect(labelled(row('keras'), 'exact, tf.nn')?.code).toBe("tf.nn.conv2d_transpose(x, w, output_shape=[1, 8, 8, 1], strides=[1, 2, 2, 1], padding='SAME')");
    // ⌈m/2⌉ = 4 for m = 7, 8 (SAME); ⌊(m − 3)/2⌋ + 1 = 4 for m = 9, 10 (VALID).
    expect(labelled(row('keras'), 'exact, tf.nn')?.note).toContain("height 7–8, width 7–8 with 'SAME'; height 9–10, width 9–10 with 'VALID'");
    expect(error(first(row('torch'), 'literal'))).toBe("TypeError: conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple");
    expect(first(row('torch'), 'exact')?.code).toBe(
      'nn.ConvTranspose2d(1, 1, (3, 3), stride=(2, 2), padding=(0, 0), output_padding=(0, 0), groups=1, dilation=(1, 1)) → y[:, :, 0:8, 0:8]',
    );
    // (4 − 1)·2 − 2 + 3 + 1 = 8, from row 1 of full: the same size, one cell lower.
    expect(first(row('torch'), 'idiom')?.code).toContain('padding=(1, 1), output_padding=(1, 1)');
    expect(first(row('torch'), 'idiom')?.outcome).toEqual({ kind: 'ok', pads: [1, 0, 1, 0], out: P(8), diff: 'shifted' });
    // ONNX with output_shape alone puts the odd cell first; SAME_UPPER (q = 0: total 9 − 8 = 1) at the end.
    expect(first(row('onnx'), 'exact')?.code).toBe('ConvTranspose(kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1], output_padding=[0, 0])');
    expect(lines(row('onnx'), 'literal').map((a) => a.outcome)).toEqual([
      { kind: 'ok', pads: [0, 1, 0, 1], out: P(8), diff: 'same' },
      { kind: 'ok', pads: [1, 0, 1, 0], out: P(8), diff: 'shifted' },
    ]);
    expect(first(row('tfjs'), 'exact')?.code).toBe("tf.conv2dTranspose(x, w, [1, 8, 8, 1], [2, 2], 'same')");
    expect(row('caffe').extraStep).toMatch(/Crop layer/);
  });

  it('in=4x4 k=3 s=2 same opad=1 -> Keras (n−1)s + 1 + 1 = 8 cropping 0 on top; ONNX SAME_UPPER counts q: total 6 + 1 + 3 − 8 = 2, crops 1', () => {
    const row = table({ input: P(4), stride: P(2), pad: { kind: 'same' }, opad: P(1) });
    expect(first(row('keras'), 'exact')?.code).toBe("Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same', output_padding=(1, 1))");
    expect(first(row('keras'), 'exact')?.outcome).toEqual({ kind: 'ok', pads: [0, 2, 0, 2], out: P(8), diff: 'same' });
    expect(first(row('onnx'), 'literal')?.code).toBe("ConvTranspose(kernel_shape=[3, 3], strides=[2, 2], auto_pad='SAME_UPPER', output_padding=[1, 1])");
    expect(first(row('onnx'), 'literal')?.outcome).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: P(8), diff: 'shifted' });
  });

  it('in=4x4 k=4 s=2 pad=1 (PyTorch padding=1) -> 8x8 in one layer everywhere: Keras same, TF SAME, Caffe pad 1', () => {
    const row = table({ input: P(4), kernel: P(4), stride: P(2), pad: explicit(1, 1, 1, 1) });
    expect(first(row('torch'), 'exact')?.code).toBe('nn.ConvTranspose2d(1, 1, (4, 4), stride=(2, 2), padding=(1, 1), output_padding=(0, 0), groups=1, dilation=(1, 1))');
    expect(row('torch').extraStep).toBeNull();
    expect(first(row('keras'), 'exact')?.code).toBe("Conv2DTranspose(1, (4, 4), strides=(2, 2), padding='same')");
    expect(row('keras').attempts.every((a) => a.outcome.kind === 'ok' && a.outcome.diff === 'same')).toBe(true);
    expect(first(row('caffe'), 'exact')?.code).toBe(
      'Deconvolution convolution_param { num_output: 1 kernel_h: 4 kernel_w: 4 stride_h: 2 stride_w: 2 pad_h: 1 pad_w: 1 }',
    );
    expect(row('caffe').extraStep).toBeNull();
  });

  it('in=3x3 k=5 s=2 pad=0 -> full 9: Keras same gives 6x6; TF refuses output_shape 9 with SAME (⌈9/2⌉ = 5, not 3), VALID takes it', () => {
    const row = table({ input: P(3), kernel: P(5), stride: P(2), pad: explicit(0, 0, 0, 0) });
    expect(labelled(row('keras'), 'exact, tf.nn')?.code).toContain("output_shape=[1, 9, 9, 1], strides=[1, 2, 2, 1], padding='VALID'");
    expect(error(first(row('keras'), 'literal'))).toBe(
      "InvalidArgumentError: Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 3, computed = 5 spatial_dim: 1 input: 9 filter: 5 output: 3 stride: 2 dilation: 1",
    );
    // Keras same: 3·2 = 6, P = 9 − 6 = 3, crop 1 before.
    expect(first(row('keras'), 'idiom')?.outcome).toEqual({ kind: 'ok', pads: [1, 2, 1, 2], out: P(6), diff: 'size' });
  });

  it('k=3 s=2 d=2 -> Keras refuses the pair; the exact line bakes a 5x5 kernel; tfjs has no dilation', () => {
    const row = table({ input: P(3), stride: P(2), dilation: P(2), pad: explicit(1, 1, 1, 1) });
    expect(error(first(row('keras'), 'literal'))).toBe(
      'ValueError: `strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: strides=(2, 2) and dilation_rate=(2, 2)',
    );
    expect(first(row('keras'), 'exact')?.code).toMatch(/^Conv2DTranspose\(1, \(5, 5\), strides=\(2, 2\)/);
    expect(row('tfjs').extraStep).toMatch(/no dilation/);
    expect(first(row('torch'), 'exact')?.code).toContain('dilation=(2, 2)');
  });

  it('k=3 s=1 d=3 opad=2 -> PyTorch allows q < d; Keras refuses output_padding >= strides', () => {
    const row = table({ input: P(3), stride: P(1), dilation: P(3), pad: explicit(0, 0, 0, 0), opad: P(2) });
    expect(error(first(row('keras'), 'literal'))).toBe('ValueError: `output_padding` must be < `strides`. output_padding=(2, 2), strides=(1, 1)');
    // full = 2 + 7 = 9, + 2 zero rows = 11: past the stride, so Keras and TF add them with ZeroPadding2D / tf.pad.
    expect(first(row('keras'), 'exact')?.code).toContain('ZeroPadding2D(((0, 2), (0, 2)))');
    expect(first(row('torch'), 'exact')?.code).toContain('padding=(0, 0), output_padding=(2, 2)');
  });

  it('in=3x3 k=2 s=3 valid -> n·s = 9 > full 8: ONNX pads stay ≥ 0, the zero row is output_padding 1', () => {
    const row = table({ input: P(3), kernel: P(2), stride: P(3), pad: { kind: 'valid' } });
    expect(first(row('onnx'), 'exact')?.code).toBe('ConvTranspose(kernel_shape=[2, 2], strides=[3, 3], pads=[0, 0, 0, 0], output_padding=[1, 1])');
    expect(first(row('torch'), 'exact')?.code).toContain('padding=(0, 0), output_padding=(1, 1)');
    expect(first(row('keras'), 'exact')?.code).toBe("Conv2DTranspose(1, (2, 2), strides=(3, 3), padding='valid')");
  });

  it('groups 2 (2 channels, 4 filters) -> PyTorch groups=2, ONNX group=2; Keras and tfjs need a dense kernel', () => {
    const row = table({ input: P(3), channels: 2, filters: 4, groups: 2, stride: P(2), pad: explicit(1, 1, 1, 1), opad: P(1) });
    expect(first(row('torch'), 'exact')?.code).toContain('nn.ConvTranspose2d(2, 4, (3, 3)');
    expect(first(row('torch'), 'exact')?.code).toContain('groups=2');
    expect(first(row('onnx'), 'exact')?.code).toContain('group=2');
    expect(row('keras').extraStep).toMatch(/no groups/);
    expect(row('tfjs').extraStep).toMatch(/no groups/);
    expect(first(row('theano'), 'exact')?.code).toContain('num_groups=2');
  });
});
