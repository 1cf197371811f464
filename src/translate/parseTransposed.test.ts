/**
 * parseLayer on transposed, 1-D/causal and depthwise layer lines (the DCGAN
 * generator, pix2pix, the Keras and TF docs, WaveNet): each accepted line's
 * whole patch is pinned and derives a Plan; refusals are pinned by their
 * message. TF's output_shape is read as TF does: the input is ⌈m/s⌉ (SAME)
 * or ⌊(m − ke)/s⌋ + 1 (VALID), and the crop TF's.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Config, type PadSpec } from '../core';
import { parseLayer } from './parseLayer';

const P = (h: number, w = h) => ({ h, w });
const E = (top: number, bottom = top, left = top, right = bottom): PadSpec => ({ kind: 'explicit', top, bottom, left, right });
const same: PadSpec = { kind: 'same' };
const valid: PadSpec = { kind: 'valid' };
const T = { op: 'conv', framework: 'torch', flip: false, mode: 'zeros', groups: 1 } as const;
const K = { op: 'conv', framework: 'keras', flip: false, mode: 'zeros', groups: 1 } as const;
const TT = { op: 'convt', framework: 'torch', flip: false, mode: 'zeros' } as const;
const KT = { op: 'convt', framework: 'keras', flip: false, mode: 'zeros' } as const;

type Row = [source: string, line: string, recognized: string, patch: Partial<Config>, notes?: RegExp[]];

// prettier-ignore
const ACCEPTED: Row[] = [
  // Transposed convolutions (the DCGAN generator, pix2pix, the Keras and TF docs).
  ['issue 13: PyTorch ConvTranspose2d', 'nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1, output_padding=0, groups=1, dilation=1)', 'PyTorch nn.ConvTranspose2d', { ...TT, channels: 4, filters: 4, kernel: P(4), stride: P(2), dilation: P(1), pad: E(1), opad: P(0), groups: 1 }, [/16 channels shown as 4/, /8 filters shown as 4/]],
  ['DCGAN generator', 'nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),', 'PyTorch nn.ConvTranspose2d', { ...TT, kernel: P(4), stride: P(2), dilation: P(1), pad: E(1), opad: P(0), groups: 1 }, [/`in_channels=ngf \* 8` is not a literal/]],
  ['F.conv_transpose2d', 'y = F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1)', 'PyTorch F.conv_transpose2d', { ...TT, stride: P(2), dilation: P(1), pad: E(1), opad: P(1), groups: 1 }, [/from the weight tensor \(in, out \/ groups, KH, KW\)/]],
  ['issue 13: Keras Conv2DTranspose', "Conv2DTranspose(8, 4, strides=2, padding='same', output_padding=1)", 'Keras Conv2DTranspose', { ...KT, filters: 4, kernel: P(4), stride: P(2), dilation: P(1), pad: same, opad: P(1) }, [/8 filters shown as 4/]],
  ['Keras DCGAN example', "layers.Conv2DTranspose(64, 3, strides=2, padding='same')", 'Keras Conv2DTranspose', { ...KT, filters: 4, kernel: P(3), stride: P(2), dilation: P(1), pad: same, opad: P(0) }],
  ['issue 13: tf.nn.conv2d_transpose (8 = 4·2: same, input 4)', "tf.nn.conv2d_transpose(x, w, output_shape=[1, 8, 8, 16], strides=2, padding='SAME')", 'TensorFlow tf.nn.conv2d_transpose', { ...KT, stride: P(2), dilation: P(1), filters: 4, input: P(4), pad: same, opad: P(0) }, [/16 filters shown as 4/]],
  // Input ⌈7/2⌉ = 4, full (4−1)·2 + 3 = 9: TF crops ⌊(9 − 7)/2⌋ = 1 on top, 1 at the bottom; no Keras same gives 7.
  ['tf.nn.conv2d_transpose output 7', "tf.nn.conv2d_transpose(x, w, [1, 7, 7, 1], [1, 2, 2, 1], 'SAME')", 'TensorFlow tf.nn.conv2d_transpose', { ...KT, stride: P(2), dilation: P(1), filters: 1, input: P(4), pad: E(1), opad: P(0) }, [/TF's crop here, shown as explicit crops/]],
  // Keras 1 docs, tf ordering: ⌊(25 − 3)/2⌋ + 1 = 12 inputs, valid 12·2 + max(3 − 2, 0) = 25.
  ['Keras 1 Deconvolution2D', "model.add(Deconvolution2D(3, 3, 3, output_shape=(None, 25, 25, 3), subsample=(2, 2), border_mode='valid'))", 'Keras 1 Deconvolution2D', { ...KT, filters: 3, kernel: P(3), stride: P(2), dilation: P(1), input: P(12), pad: valid, opad: P(0) }],
  // 1-D and causal convolutions on a one-row input (the default input is 5×5: 1×5).
  ['issue 13: Keras causal Conv1D', "Conv1D(16, 3, dilation_rate=2, padding='causal')", 'Keras Conv1D', { ...K, filters: 4, input: P(1, 5), kernel: P(1, 3), stride: P(1), dilation: P(1, 2), pad: { kind: 'causal' } }, [/one-row input \(in=1×5\)/]],
  ['WaveNet (Keras)', "x = layers.Conv1D(64, 2, dilation_rate=2, padding='causal')(x)", 'Keras Conv1D', { ...K, filters: 4, input: P(1, 5), kernel: P(1, 2), stride: P(1), dilation: P(1, 2), pad: { kind: 'causal' } }],
  ['PyTorch Conv1d', 'nn.Conv1d(in_channels, out_channels, kernel_size=3, padding=1)', 'PyTorch nn.Conv1d', { ...T, input: P(1, 5), kernel: P(1, 3), stride: P(1), dilation: P(1), pad: E(0, 0, 1, 1) }],
];

// prettier-ignore
const REFUSED: [line: string, message: RegExp[]][] = [
  ['nn.ConvTranspose1d(16, 8, 3)', [/`nn.ConvTranspose1d` is not a 2-D transposed convolution/]],
  ["nn.ConvTranspose2d(4, 4, 3, padding='same')", [/ConvTranspose2d takes integer crops only; PyTorch raises TypeError: conv_transpose2d\(\): argument 'padding'/]],
  ["nn.ConvTranspose2d(4, 4, 3, padding=1, padding_mode='reflect')", [/PyTorch raises ValueError: Only "zeros" padding mode is supported for ConvTranspose2d/]],
];

describe('parseLayer: transposed, 1-D and depthwise lines', () => {
  it.each(ACCEPTED)('%s', (_source, line, recognized, patch, notes = []) => {
    const r = parseLayer(line, DEFAULT_CONFIG);
    if (!r.ok) throw new Error(r.message);
    expect(r.recognized).toBe(recognized);
    expect(r.patch).toEqual(patch);
    for (const note of notes) expect(r.notes.join('\n')).toMatch(note);
    expect(r.ignored).toEqual([]);
    const plan = derivePlan({ ...DEFAULT_CONFIG, ...r.patch });
    expect(plan.ok ? 'ok' : plan.message).toBe('ok');
  });

  it.each(REFUSED)('refuses %j', (line, patterns) => {
    const r = parseLayer(line, DEFAULT_CONFIG);
    if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.patch)}`);
    for (const p of patterns) expect(r.message).toMatch(p);
  });

  it('DepthwiseConv2D takes its groups from the current channels: 3 channels -> groups 3, filters 3 (2 with depth_multiplier=2 -> 4)', () => {
    const r = parseLayer('DepthwiseConv2D(3)', { ...DEFAULT_CONFIG, channels: 3 });
    expect(r.ok && [r.patch.groups, r.patch.filters]).toEqual([3, 3]);
    const m = parseLayer('layers.DepthwiseConv2D(3, depth_multiplier=2)', { ...DEFAULT_CONFIG, channels: 2 });
    expect(m.ok && [m.patch.groups, m.patch.filters]).toEqual([2, 4]);
    if (m.ok) expect(derivePlan({ ...DEFAULT_CONFIG, channels: 2, ...m.patch }).ok).toBe(true);
  });

});
