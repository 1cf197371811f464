/**
 * Pooling warnings where frameworks give other numbers for the same layer,
 * on hand-checked layers. Sizes: floor ⌊(np − k)/s⌋ + 1, ceil ⌈(np − k)/s⌉ + 1
 * less a last window starting at or past n + pb (PyTorch, ONNX; Caffe only
 * when it pads). Divisors: count_include_pad=True counts the window's cells
 * inside the padding; TF 'same', tfjs and ONNX's default count input cells.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { derivePlan } from './plan';

const P = (h: number, w = h) => ({ h, w });
const E = (top: number, bottom: number, left: number, right: number): Config['pad'] => ({ kind: 'explicit', top, bottom, left, right });

function warningsOf(patch: Partial<Config>) {
  const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!plan.ok) throw new Error(plan.message);
  return (code: string) => plan.warnings.find((w) => w.code === code);
}

describe('pooling warnings: frameworks that give other numbers', () => {
  it('avgpool in=5x5 k=3 s=1 pad=1 cip=1 -> 16 of 25 cells divide by 9 in PyTorch, by their input cells in Keras/TF', () => {
    // Windows 0 and 4 of each axis read padding: 2·5 + 2·5 − 2·2 = 16 cells.
    const keras = warningsOf({ op: 'avgpool', stride: P(1), pad: E(1, 1, 1, 1), framework: 'keras' })('pool-divisor-frameworks');
    expect(keras?.severity).toBe('warning');
    expect(keras?.message).toMatch(/counts the padding.*16 of 25 output cells.*count_include_pad=0 divide by the input cells only/);
    const torch = warningsOf({ op: 'avgpool', stride: P(1), pad: E(1, 1, 1, 1), framework: 'torch' })('pool-divisor-frameworks');
    expect(torch?.severity).toBe('info');
  });

  it("avgpool in=5x5 k=3 s=1 pad=same -> TF divides by input cells; PyTorch's default and Caffe count the padding (a warning with fw=caffe)", () => {
    const get = (framework: Config['framework']) => warningsOf({ op: 'avgpool', stride: P(1), pad: { kind: 'same' }, framework })('pool-divisor-frameworks');
    expect(get('keras')?.message).toMatch(/input cells only \(TF's 'same'\): 16 of 25 .*AvgPool2d counts the padding unless count_include_pad=False/);
    expect(get('keras')?.severity).toBe('info');
    expect(get('caffe')?.severity).toBe('warning');
  });

  it('avgpool valid: no window reads padding, no divisor warning', () => {
    expect(warningsOf({ op: 'avgpool', kernel: P(2), stride: P(2), input: P(4), pad: { kind: 'valid' } })('pool-divisor-frameworks')).toBeUndefined();
  });

  it('maxpool in=6x6 k=3 s=2 pad=1 ceil -> 4x4 in PyTorch/ONNX/Caffe, 3x3 in Keras (no ceil_mode)', () => {
    // np = 8: ⌈5/2⌉ + 1 = 4 (last start 6 < 6 + 1), ⌊5/2⌋ + 1 = 3.
    const w = warningsOf({ op: 'maxpool', input: P(6), stride: P(2), pad: E(1, 1, 1, 1), ceil: true, framework: 'keras' })('pool-rounding-frameworks');
    expect(w?.message).toBe(
      'ceil_mode gives 4×4 here, as PyTorch, ONNX (ceil_mode=1) and Caffe (its default) do; Keras/TF have no ceil_mode and round down: 3×3.',
    );
    expect(w?.severity).toBe('warning');
  });

  it('maxpool in=6x6 k=3 s=2 pad=1 floor -> Caffe rounds up to 4x4 (a warning with fw=caffe)', () => {
    const get = (framework: Config['framework']) => warningsOf({ op: 'maxpool', input: P(6), stride: P(2), pad: E(1, 1, 1, 1), framework })('pool-rounding-frameworks');
    expect(get('torch')?.message).toMatch(/^Caffe rounds pooling up by default: the same layer there gives 4×4, not 3×3/);
    expect(get('torch')?.severity).toBe('info');
    expect(get('caffe')?.severity).toBe('warning');
    // k=2 s=2 on 4: (4 − 2)/2 is whole, ceil and floor agree.
    expect(warningsOf({ op: 'maxpool', input: P(4), kernel: P(2), stride: P(2), pad: { kind: 'valid' } })('pool-rounding-frameworks')).toBeUndefined();
  });

  it('maxpool in=4x4 k=2 s=2 pads 0,1,0,1 ceil -> the third window (start 4 ≥ 4 + 0) removed; Caffe drops it too, tfjs keeps it', () => {
    const w = warningsOf({ op: 'maxpool', input: P(4), kernel: P(2), stride: P(2), pad: E(0, 1, 0, 1), ceil: true })('pool-ceil-removed-h');
    expect(w?.message).toMatch(/PyTorch and ONNX drop it: 2 windows, not 3\. Caffe drops it too; TensorFlow.js's dimRoundingMode 'ceil' keeps it\./);
  });

  it('maxpool in=4x4 k=1 s=2 valid ceil -> the window at 4 removed; Caffe, padding nothing, keeps it', () => {
    const w = warningsOf({ op: 'maxpool', input: P(4), kernel: P(1), stride: P(2), pad: { kind: 'valid' }, ceil: true })('pool-ceil-removed-w');
    expect(w?.message).toMatch(/Caffe checks this only when it pads, so it keeps the window/);
  });

  it('maxpool in=3x3 k=2 s=1 pad=1 on inputs all -1 -> zero padding would make the 12 border values 0', () => {
    const negative = { kind: 'values', values: Array(9).fill(-1) } as const;
    const w = warningsOf({ op: 'maxpool', input: P(3), kernel: P(2), stride: P(1), pad: E(1, 1, 1, 1), x: negative, framework: 'keras' })('pool-zero-padding');
    expect(w?.message).toMatch(/turn 12 of 16 output values into 0 on this input/);
    expect(w?.severity).toBe('warning');
    // The top-left input at 0.5: windows (0,0), (0,1), (1,0) of the border read it and keep 0.5 either way: 12 − 3.
    const mixed = { kind: 'values', values: [0.5, -1, -1, -1, -1, -1, -1, -1, -1] } as const;
    expect(warningsOf({ op: 'maxpool', input: P(3), kernel: P(2), stride: P(1), pad: E(1, 1, 1, 1), x: mixed })('pool-zero-padding')?.message).toMatch(/turn 9 of 16/);
    // Inputs ≥ 0: zeros never win.
    expect(warningsOf({ op: 'maxpool', input: P(3), kernel: P(2), stride: P(1), pad: E(1, 1, 1, 1), x: { kind: 'preset', preset: 'ones' } })('pool-zero-padding')).toBeUndefined();
  });
});
