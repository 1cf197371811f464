import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER, MAX_LAYERS } from '../../../core';
import type { ModelEntry } from '../../../translate/parseModel';
import { frameworkOf, layerOfPatch, pastedNetwork, type NetworkBase } from './modelNetwork';

const base: NetworkBase = { input: { h: 8, w: 8 }, channels: 1, framework: 'keras', seed: 1 };
const pair = (n: number) => ({ h: n, w: n });
const pads = (p: number) => ({ kind: 'explicit' as const, top: p, bottom: p, left: p, right: p });

/** The entries parseModel gives for the torchvision ResNet stem (conv 7/2/3, BatchNorm, ReLU, maxpool 3/2/1, Flatten). */
const resnetStem: ModelEntry[] = [
  { kind: 'layer', line: 2, text: '', recognized: 'PyTorch nn.Conv2d', notes: ['bias ignored: no effect on padding'], patch: { op: 'conv', channels: 3, filters: 64, kernel: pair(7), stride: pair(2), pad: pads(3) } },
  { kind: 'passthrough', line: 3, name: 'BatchNorm2d' },
  { kind: 'passthrough', line: 4, name: 'ReLU' },
  { kind: 'layer', line: 5, text: '', recognized: 'PyTorch nn.MaxPool2d', notes: [], patch: { op: 'maxpool', kernel: pair(3), stride: pair(2), pad: pads(1) } },
  { kind: 'end', line: 6, name: 'Flatten' },
];

describe('layerOfPatch', () => {
  it('conv k7 s2 p3 f64 -> those fields over the conv defaults', () => {
    expect(layerOfPatch({ op: 'conv', filters: 64, kernel: pair(7), stride: pair(2), pad: pads(3) })).toEqual({
      ...DEFAULT_LAYER,
      filters: 64,
      kernel: pair(7),
      stride: pair(2),
      pad: pads(3),
    });
  });

  it('maxpool k2 without a stride -> stride 2 (the kernel), not the default kernel 3', () => {
    expect(layerOfPatch({ op: 'maxpool', kernel: pair(2) }).stride).toEqual(pair(2));
  });

  it('an empty patch -> the default conv layer (k3, same, one filter)', () => {
    expect(layerOfPatch({})).toEqual(DEFAULT_LAYER);
  });

  it('does not carry channels into the layer (they are the network input)', () => {
    expect(layerOfPatch({ op: 'conv', channels: 3 })).not.toHaveProperty('channels');
  });
});

describe('pastedNetwork', () => {
  it('ResNet stem at 224, c=3 -> conv 64×112×112 ((224+6−7)//2+1), maxpool 64×56×56 ((112+2−3)//2+1)', () => {
    const out = pastedNetwork(resnetStem, { channels: 3 }, base, pair(224));
    expect(out.layers).toHaveLength(2);
    expect(out).toMatchObject({ input: pair(224), channels: 3, framework: 'torch' });
    expect(out.rows.map((r) => [r.kind, r.line, 'shape' in r ? r.shape : null])).toEqual([
      ['layer', 2, [64, 112, 112]],
      ['passthrough', 3, [64, 112, 112]],
      ['passthrough', 4, [64, 112, 112]],
      ['layer', 5, [64, 56, 56]],
      ['end', 6, null],
    ]);
    expect(out.notes).toEqual(['The paste does not say the input size: 224×224 is used (set it below).']);
  });

  it('Keras LeNet (32×32×1: conv5 valid, avgpool2, conv5, avgpool2) -> 6×28×28, 6×14×14, 16×10×10, 16×5×5', () => {
    const entries: ModelEntry[] = [
      { kind: 'layer', line: 1, text: '', recognized: 'Keras Conv2D', notes: [], patch: { op: 'conv', filters: 6, kernel: pair(5), pad: { kind: 'valid' } } },
      { kind: 'layer', line: 2, text: '', recognized: 'Keras AveragePooling2D', notes: [], patch: { op: 'avgpool', kernel: pair(2), stride: pair(2), pad: { kind: 'valid' } } },
      { kind: 'layer', line: 3, text: '', recognized: 'Keras Conv2D', notes: [], patch: { op: 'conv', filters: 16, kernel: pair(5), pad: { kind: 'valid' } } },
      { kind: 'layer', line: 4, text: '', recognized: 'Keras AveragePooling2D', notes: [], patch: { op: 'avgpool', kernel: pair(2), stride: pair(2), pad: { kind: 'valid' } } },
    ];
    const out = pastedNetwork(entries, { channels: 1, size: pair(32) }, { ...base, framework: 'torch' });
    expect(out.framework).toBe('keras');
    expect(out.rows.map((r) => ('shape' in r ? r.shape : null))).toEqual([
      [6, 28, 28],
      [6, 14, 14],
      [16, 10, 10],
      [16, 5, 5],
    ]);
    expect(out.notes).toEqual([]);
  });

  it('keeps the current input when the paste gives none, and says so', () => {
    const out = pastedNetwork([resnetStem[0]!], {}, base);
    expect(out).toMatchObject({ input: pair(8), channels: 1 });
    // (8+6−7)//2+1 = 4.
    expect(out.rows[0]).toMatchObject({ shape: [64, 4, 4], problem: null });
    expect(out.notes).toEqual(['The paste does not say the input size: 8×8 is used (set it below).', 'The paste does not say the input channels: 1 is kept.']);
  });

  it('clamps an input past the network limits (600 -> 512) and says so', () => {
    const out = pastedNetwork([resnetStem[0]!], { channels: 3, size: pair(600) }, base);
    expect(out.input).toEqual(pair(512));
    expect(out.notes[0]).toContain('600×600');
  });

  it('names the layer that cannot run: conv k7 valid on 4×4', () => {
    const entries: ModelEntry[] = [{ kind: 'layer', line: 3, text: '', recognized: 'Keras Conv2D', notes: [], patch: { op: 'conv', kernel: pair(7), pad: { kind: 'valid' } } }];
    const out = pastedNetwork(entries, { size: pair(4) }, base);
    expect(out.rows[0]).toMatchObject({ kind: 'layer', shape: null });
    expect(out.rows[0]?.kind === 'layer' && out.rows[0].problem).toBeTruthy();
  });

  it(`keeps the first ${MAX_LAYERS} layers and lists the rest as left out`, () => {
    const conv: ModelEntry = { kind: 'layer', line: 0, text: '', recognized: 'PyTorch nn.Conv2d', notes: [], patch: { op: 'conv', pad: pads(1) } };
    const entries = Array.from({ length: MAX_LAYERS + 2 }, (_, i) => ({ ...conv, line: i + 1 }));
    const out = pastedNetwork(entries, {}, base);
    expect(out.layers).toHaveLength(MAX_LAYERS);
    expect(out.rows.filter((r) => r.kind === 'left-out').map((r) => r.line)).toEqual([MAX_LAYERS + 1, MAX_LAYERS + 2]);
    expect(out.notes).toContain(`2 more layers are left out: the network view holds at most ${MAX_LAYERS}.`);
  });
});

describe('frameworkOf', () => {
  it('PyTorch names -> torch; Keras and tf.nn -> keras; a mix keeps the current one', () => {
    expect(frameworkOf(resnetStem, 'keras')).toBe('torch');
    const keras: ModelEntry = { kind: 'layer', line: 1, text: '', recognized: 'TensorFlow tf.nn.conv2d', notes: [], patch: {} };
    expect(frameworkOf([keras], 'torch')).toBe('keras');
    expect(frameworkOf([keras, resnetStem[0]!], 'onnx')).toBe('onnx');
  });
});
