/**
 * Warnings of transposed convolutions, on hand-checked configurations:
 * full = (n−1)s + ke; ONNX SAME outputs n·s and crops ⌊total/2⌋ of
 * total = (n−1)s + q + ke − n·s first (SAME_UPPER); Keras same with q > 0
 * outputs (n−1)s + ke mod 2 + q cropping ⌊(full − out)/2⌋; PyTorch's layer
 * alone crops p from both ends and adds output_padding < max(s, d).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { derivePlan } from './plan';
import type { Warning } from './warningTypes';

const P = (h: number, w = h) => ({ h, w });
const warnings = (patch: Partial<Config>): Warning[] => {
  const plan = derivePlan({ ...DEFAULT_CONFIG, op: 'convt', ...patch });
  if (!plan.ok) throw new Error(plan.message);
  return [...plan.warnings];
};
const codes = (patch: Partial<Config>) => warnings(patch).map((w) => w.code);
const find = (patch: Partial<Config>, code: string) => warnings(patch).find((w) => w.code === code);

describe('transposed-convolution warnings', () => {
  it('in=4 k=3 s=2 same opad=1 fw=onnx -> ONNX 8 cropping 1 (total 6 + 1 + 3 − 8 = 2), Keras 8 cropping 0: a warning for ONNX', () => {
    const w = find({ input: P(4), stride: P(2), pad: { kind: 'same' }, opad: P(1), framework: 'onnx' }, 'convt-onnx-same');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain('height: ONNX outputs 8 cropping 1 first, Padlab (Keras/TF) 8 cropping 0');
  });

  it('in=4 k=3 s=2 same opad=0 -> ONNX SAME_UPPER agrees with Keras (total 1, odd cell at the end): no ONNX warning', () => {
    expect(codes({ input: P(4), stride: P(2), pad: { kind: 'same' } })).not.toContain('convt-onnx-same');
  });

  it('in=3 k=2 s=3 same -> ONNX total 2 − 3 = −1 is negative', () => {
    expect(find({ input: P(3), kernel: P(2), stride: P(3), pad: { kind: 'same' } }, 'convt-onnx-same')?.message).toMatch(/total -1 is negative/);
  });

  it('in=4 k=3 s=2 same (crops 0 before, 1 after) -> PyTorch needs a slice: info for Keras, a warning for PyTorch', () => {
    expect(find({ input: P(4), stride: P(2), pad: { kind: 'same' } }, 'convt-torch-slice')?.severity).toBe('info');
    expect(find({ input: P(4), stride: P(2), pad: { kind: 'same' }, framework: 'torch' }, 'convt-torch-slice')?.message).toContain('height 0 before, 1 after');
  });

  it('k=4 s=2 p=1 (symmetric) -> no PyTorch warning, no uneven overlap (4 is a multiple of 2)', () => {
    expect(codes({ input: P(4), kernel: P(4), stride: P(2), pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 } })).toEqual([]);
  });

  it('k=3 s=2 -> uneven overlap: 1 or 2 taps per output cell, kept as before', () => {
    expect(find({ input: P(4), stride: P(2), pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, opad: P(1) }, 'convt-uneven-overlap-h')?.message).toContain(
      'output cells get 1 or 2 kernel taps',
    );
  });

  it('s=1 d=3 opad=2 -> Keras refuses output_padding >= strides (a warning for fw=keras)', () => {
    const w = find({ input: P(3), stride: P(1), dilation: P(3), pad: { kind: 'valid' }, opad: P(0, 0), framework: 'keras' }, 'convt-keras-opad');
    expect(w).toBeUndefined();
    const e = find({ input: P(3), stride: P(1), dilation: P(3), pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 }, opad: P(2), framework: 'keras' }, 'convt-keras-opad');
    expect(e?.severity).toBe('warning');
  });

  it('same with opad 1x0 -> Keras output_padding is one tuple', () => {
    expect(codes({ input: P(4), stride: P(2), pad: { kind: 'same' }, opad: P(1, 0) })).toContain('convt-keras-opad-tuple');
  });

  it('dilation 2 with stride 2 -> tfjs has no dilation and Keras refuses the pair: a warning for Keras', () => {
    const w = find({ input: P(3), stride: P(2), dilation: P(2), pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 } }, 'convt-dilation');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain('(5×5)');
  });
});
