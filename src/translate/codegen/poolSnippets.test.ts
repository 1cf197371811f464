/**
 * Pooling code export on hand-checked layers: which form each framework's
 * snippet takes and the numbers in it. Pads are (top, bottom, left, right);
 * the ceil overhang is `(o−1)·s + k − np` (PyTorch's windows, design.md).
 * That every snippet computes the reference is pinned by scripts/verify.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import { exportCode } from './index';
import { poolCode } from './poolFacts';
import { explicit, planOf } from './testPlans';

const P = (h: number, w = h) => ({ h, w });
const code = (patch: Partial<Config>) => {
  const all = exportCode(planOf(patch));
  return { torch: all.torch.code, keras: all.keras.code, keras1: all.keras1.code, tf: all.tf.code, tfjs: all.tfjs.code, notes: all };
};

describe('pooling facts', () => {
  it('avgpool in=6x6 k=3 s=2 pad=1 ceil -> 4 windows, the last hangs 1 past the padding; counted rows 0-7 (padding counts)', () => {
    const pc = poolCode(planOf({ op: 'avgpool', input: P(6), stride: P(2), pad: explicit(1, 1, 1, 1), ceil: true }));
    // np = 8, ⌈(8 − 3)/2⌉ + 1 = 4 (⌊⌋ would give 3); (4 − 1)·2 + 3 − 8 = 1 cell past the padding.
    expect([pc.ceilMatters, pc.removed, pc.oh, pc.ow, pc.HP]).toEqual([true, false, 1, 1, 9]);
    expect(pc.stepPads).toEqual([1, 2, 1, 2]);
    expect(pc.rows).toEqual([0, 8]);
    expect(pc.torchPadding).toEqual([1, 1]);
    expect(pc.tfPadding).toBeNull();
  });

  it('avgpool cip=0 pad=1 -> counted rows are the input only (1-5 of 0-6)', () => {
    const pc = poolCode(planOf({ op: 'avgpool', stride: P(2), pad: explicit(1, 1, 1, 1), cip: false }));
    expect(pc.rows).toEqual([1, 6]);
    expect(pc.zeroPadAverage).toBe(false);
  });

  it('avgpool in=8x8 k=3 s=4 pads 0,3,0,0 ceil cip=0 -> 2 rows (the window at 8 ≥ 8 + 0 removed): the step pads 2 rows, not 3', () => {
    const pc = poolCode(planOf({ op: 'avgpool', input: P(8), stride: P(4), pad: explicit(0, 3, 0, 0), ceil: true, cip: false }));
    // ⌈(11 − 3)/4⌉ + 1 = 3 windows, the third starts at 8 in the padding: 2. Padding 3 rows, ⌊(11 − 3)/4⌋ + 1 = 3 would keep it;
    // 2 rows (up to the removed window's last tap, 10, exclusive) give ⌊(10 − 3)/4⌋ + 1 = 2.
    expect(pc.stepPads).toEqual([0, 2, 0, 0]);
    expect([pc.HP, pc.oh, pc.rows[1]]).toEqual([10, 0, 8]);
  });

  it("maxpool in=6x6 k=3 s=2 same -> TF's own 'SAME'; PyTorch cannot pad 0/1", () => {
    const pc = poolCode(planOf({ op: 'maxpool', input: P(6), stride: P(2), pad: { kind: 'same' } }));
    expect([pc.tfPadding, pc.torchPadding]).toEqual(['SAME', null]);
  });
});

describe('pooling snippets', () => {
  it('a pool exports no convolution: no Conv2d, conv2d, Conv2D or kernel in any snippet', () => {
    const all = code({ op: 'maxpool', input: P(6), stride: P(2), pad: { kind: 'same' } });
    for (const text of [all.torch, all.keras, all.keras1, all.tf, all.tfjs]) expect(text).not.toMatch(/conv2d|Conv2d|Conv2D|Convolution2D|kernel =/i);
  });

  it('PyTorch: the module pads, rounds up and leaves count_include_pad out when it is the default', () => {
    expect(code({ op: 'avgpool', input: P(6), stride: P(2), pad: explicit(1, 1, 1, 1), ceil: true }).torch).toContain(
      'pool = nn.AvgPool2d((3, 3), stride=(2, 2), padding=(1, 1), ceil_mode=True)',
    );
    expect(code({ op: 'avgpool', stride: P(1), pad: { kind: 'same' } }).torch).toContain(
      'pool = nn.AvgPool2d((3, 3), stride=(1, 1), padding=(1, 1), count_include_pad=False)',
    );
  });

  it('PyTorch: asymmetric max pads -inf with F.pad, the ceil overhang included, then rounds down', () => {
    const t = code({ op: 'maxpool', kernel: P(2), stride: P(2), pad: explicit(1, 0, 1, 0), ceil: true, input: P(6) }).torch;
    // np = 7, ⌈5/2⌉ + 1 = 4, last start 6 < 6 + 1: kept; overhang (4 − 1)·2 + 2 − 7 = 1.
    expect(t).toContain("xp = F.pad(x, (1, 1, 1, 1), value=float('-inf'))");
    expect(t).toContain('out = nn.MaxPool2d((2, 2), stride=(2, 2))(xp)');
    expect(t).toContain("json.dumps([None if v == float('-inf') else v for v in out.flatten().tolist()])");
  });

  it('PyTorch: an average it cannot divide is the window sum over the counted cells (divisor_override=1)', () => {
    const t = code({ op: 'avgpool', input: P(6), stride: P(2), pad: { kind: 'same' } }).torch;
    // TF SAME pads 0,1: input rows 0-5 count, the padded row 6 does not.
    expect(t).toContain('counted = F.pad(torch.ones(1, 1, 6, 6, dtype=torch.float64), (0, 1, 0, 1))');
    expect(t).toContain('out = F.avg_pool2d(xp, (3, 3), stride=(2, 2), divisor_override=1) / F.avg_pool2d(counted, (3, 3), stride=(2, 2), divisor_override=1)');
  });

  it('Keras 3: NegInfPad before MaxPooling2D; ZeroPadding2D before an average that counts its padding', () => {
    const max = code({ op: 'maxpool', pad: explicit(2, 2, 2, 2), stride: P(1) });
    expect(max.keras).toContain("return tf.pad(x, [[0, 0], [2, 2], [2, 2], [0, 0]], constant_values=-np.inf)");
    expect(max.keras).toContain("h = keras.layers.MaxPooling2D((3, 3), strides=(1, 1), padding='valid')(h)");
    expect(max.notes.keras.note).toMatch(/-inf/);
    const avg = code({ op: 'avgpool', pad: explicit(2, 2, 2, 2), stride: P(1) });
    expect(avg.keras).toContain('h = keras.layers.ZeroPadding2D(((2, 2), (2, 2)))(h)');
    expect(avg.keras1).toContain("model.add(ZeroPadding2D(padding=(2, 2, 2, 2), dim_ordering='tf', input_shape=(5, 5, 1)))");
  });

  it("Keras 1 and tf.nn: the layer alone with TF's SAME", () => {
    const all = code({ op: 'maxpool', input: P(6), stride: P(2), pad: { kind: 'same' } });
    expect(all.keras1).toContain("model.add(MaxPooling2D(pool_size=(3, 3), strides=(2, 2), border_mode='same', dim_ordering='tf', input_shape=(6, 6, 1)))");
    expect(all.tf).toContain("y = tf.nn.max_pool2d(x, (3, 3), (2, 2), 'SAME')");
    expect(all.notes.tf.note).toBeUndefined();
  });

  it("tfjs: dimRoundingMode 'ceil' when rounding up alone is the layer; explicit overhang when PyTorch's rule removed a window", () => {
    expect(code({ op: 'maxpool', input: P(6), stride: P(2), pad: explicit(1, 1, 1, 1), ceil: true }).tfjs).toContain(
      "const y = tf.maxPool(x, [3, 3], [2, 2], [[0, 0], [1, 1], [1, 1], [0, 0]], 'ceil');",
    );
    // in=4 k=2 s=2 pads 0,1 ceil: the third window (start 4 ≥ 4) is removed; 2 windows, no overhang.
    expect(code({ op: 'maxpool', input: P(4), kernel: P(2), stride: P(2), pad: explicit(0, 1, 0, 1), ceil: true }).tfjs).toContain(
      'const y = tf.maxPool(x, [2, 2], [2, 2], [[0, 0], [0, 1], [0, 1], [0, 0]]);',
    );
  });

  it('tfjs: dilated max pooling through tf.pool at stride 1 on -Infinity padding, then every s-th cell', () => {
    const t = code({ op: 'maxpool', input: P(9), stride: P(2), dilation: P(2), pad: explicit(1, 1, 1, 1) }).tfjs;
    expect(t).toContain('const xp = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], -Infinity);');
    expect(t).toContain("const all = tf.pool(xp, [3, 3], 'max', 'valid', [2, 2], [1, 1]);");
    expect(t).toContain('const y = tf.stridedSlice(all, [0, 0, 0, 0], all.shape, [1, 2, 2, 1]);');
  });
});
