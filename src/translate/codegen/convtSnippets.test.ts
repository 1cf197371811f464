/**
 * The transposed-convolution snippets on hand-checked configurations
 * (scripts/verify runs them all in PyTorch, the TF stand-ins and tfjs).
 * full = (n−1)s + ke; PyTorch outputs full − 2p + q from row p; Keras same
 * outputs n·s cropping ⌊(full − n·s)/2⌋ first; TF crops what the forward
 * convolution of output_shape pads.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import { exportCode } from './index';
import { explicit, planOf } from './testPlans';

const P = (h: number, w = h) => ({ h, w });
const code = (patch: Partial<Config>) => exportCode(planOf({ op: 'convt', ...patch }));

describe('transposed-convolution snippets', () => {
  it('in=4x4 k=4 s=2 p=1 (full 10, out 8): one ConvTranspose2d, Keras same, TF SAME with output_shape 8', () => {
    const s = code({ input: P(4), kernel: P(4), stride: P(2), pad: explicit(1, 1, 1, 1) });
    expect(s.torch.code).toContain(
      'conv = nn.ConvTranspose2d(1, 1, (4, 4), stride=(2, 2), padding=(1, 1), output_padding=(0, 0), groups=1, dilation=(1, 1), bias=False, dtype=torch.float64)',
    );
    expect(s.torch.code).toContain('.reshape(1, 1, 4, 4)');
    expect(s.torch.code).toContain('out = y\n');
    expect(s.torch.note).toBeUndefined();
    expect(s.keras.code).toContain("conv = keras.layers.Conv2DTranspose(1, (4, 4), strides=(2, 2), padding='same', use_bias=False)");
    expect(s.tf.code).toContain("y = tf.nn.conv2d_transpose(x, kernel, output_shape=[1, 8, 8, 1], strides=[1, 2, 2, 1], padding='SAME')");
    expect(s.tfjs.code).toContain("const y = tf.conv2dTranspose(x, filter, [1, 8, 8, 1], [2, 2], 'same');");
    expect(s.keras1.code).toContain("Deconvolution2D(1, 4, 4, output_shape=(None, 8, 8, 1), border_mode='same', subsample=(2, 2)");
  });

  it('in=4x4 k=3 s=2 same (full 9, crops 0/1): PyTorch slices rows 0..7 of its 9, TF takes it with SAME', () => {
    const s = code({ input: P(4), stride: P(2), pad: { kind: 'same' } });
    expect(s.torch.code).toContain('padding=(0, 0), output_padding=(0, 0)');
    expect(s.torch.code).toContain('out = y[:, :, 0:8, 0:8]');
    expect(s.torch.note).toMatch(/slice/);
    expect(s.tf.code).toContain("output_shape=[1, 8, 8, 1], strides=[1, 2, 2, 1], padding='SAME'");
  });

  it('in=3x3 k=3 s=2 crops 1,2,0,0: Keras valid then Cropping2D; tf VALID with the uncropped 7, then a slice; tfjs crop as explicit pads', () => {
    const s = code({ input: P(3), stride: P(2), pad: explicit(1, 2, 0, 0) });
    expect(s.keras.code).toContain("Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='valid', output_padding=(0, 0), use_bias=False)");
    expect(s.keras.code).toContain('h = keras.layers.Cropping2D(((1, 2), (0, 0)))(h)');
    expect(s.tf.code).toContain("output_shape=[1, 7, 7, 1], strides=[1, 2, 2, 1], padding='VALID')");
    expect(s.tf.code).toContain('y = y[:, 1:5, 0:7]');
    expect(s.tfjs.code).toContain('tf.conv2dTranspose(x, filter, [1, 4, 7, 1], [2, 2], [[0, 0], [1, 2], [0, 0], [0, 0]])');
    expect(s.keras1.code).toContain("Cropping2D(cropping=((1, 2), (0, 0)), dim_ordering='tf')");
  });

  it('groups 2 (2 channels, 4 filters): PyTorch weight (C, F/g, KH, KW) = (2, 2, 3, 3); the TF family a dense [3, 3, 4, 2] kernel', () => {
    const s = code({ input: P(3), channels: 2, filters: 4, groups: 2, stride: P(2), pad: explicit(1, 1, 1, 1) });
    expect(s.torch.code).toContain('.reshape(2, 2, 3, 3)');
    expect(s.torch.code).toContain('groups=2');
    expect(s.tf.code).toContain('.reshape(3, 3, 4, 2))');
    expect(s.keras.note).toMatch(/no groups/);
  });

  it('stride 2 with dilation 2: PyTorch keeps dilation=(2, 2); Keras and tfjs run a 5x5 kernel with zeros between the taps', () => {
    const s = code({ input: P(3), stride: P(2), dilation: P(2), pad: explicit(1, 1, 1, 1) });
    expect(s.torch.code).toContain('dilation=(2, 2)');
    expect(s.keras.code).toContain('Conv2DTranspose(1, (5, 5), strides=(2, 2)');
    expect(s.tfjs.code).toContain('[5, 5, 1, 1]);');
  });
});

describe('grouped and causal convolution snippets', () => {
  it('c=4 f=2 g=2: weight (F, C/g, KH, KW) = (2, 2, 3, 3), groups=2 in PyTorch and Keras 3, a dense kernel in tf.nn', () => {
    const s = exportCode(planOf({ channels: 4, filters: 2, groups: 2 }));
    expect(s.torch.code).toContain('.reshape(2, 2, 3, 3)');
    expect(s.torch.code).toContain('padding=(1, 1), dilation=(1, 1), groups=2, bias=False');
    expect(s.keras.code).toContain("padding='same', groups=2, use_bias=False)");
    expect(s.keras.code).toContain('.reshape(3, 3, 2, 2)');
    expect(s.tf.code).toContain('.reshape(3, 3, 4, 2)');
  });

  it('depthwise c=2 f=4: tfjs depthwiseConv2d with a [3, 3, 2, 2] filter', () => {
    const s = exportCode(planOf({ channels: 2, filters: 4, groups: 2 }));
    expect(s.tfjs.code).toContain('[3, 3, 2, 2]);');
    expect(s.tfjs.code).toContain('tf.depthwiseConv2d(x, filter');
  });

  it("causal in=1x8 k=1x3 d=1x2: Keras 3 Conv1D(padding='causal'), PyTorch F.pad (4, 0) on the left", () => {
    const s = exportCode(planOf({ input: P(1, 8), kernel: P(1, 3), dilation: P(1, 2), pad: { kind: 'causal' } }));
    expect(s.keras.code).toContain("conv = keras.layers.Conv1D(1, 3, strides=1, dilation_rate=2, padding='causal', use_bias=False)");
    expect(s.torch.code).toContain('xp = F.pad(x, (4, 0, 0, 0))  # zeros');
    expect(s.torch.code).toContain('nn.Conv1d(1, 1, 3, stride=1, dilation=2)');
  });
});
