/**
 * The framework table on hand-checked configurations. Pads are (top, bottom,
 * left, right); each expectation was worked out from the framework's rule
 * (TF SAME, PyTorch k//2, Theano half/full) and, for the errors, from
 * PyTorch 1.13, Keras and tfjs-core sources.
 */
import { describe, expect, it } from 'vitest';
import { explicit, planOf } from '../codegen/testPlans';
import { frameworkTable, hasDifferences, type Attempt, type FrameworkRow, type TableFramework } from './index';

const table = (patch: Parameters<typeof planOf>[0]) => {
  const rows = frameworkTable(planOf(patch));
  return (id: TableFramework): FrameworkRow => rows.find((r) => r.id === id)!;
};
const attempt = (row: FrameworkRow, role: Attempt['role']) => row.attempts.find((a) => a.role === role);
const ok = (a: Attempt | undefined) => {
  if (a?.outcome.kind !== 'ok') throw new Error(`expected an ok outcome, got ${JSON.stringify(a)}`);
  return a.outcome;
};
const error = (a: Attempt | undefined) => (a?.outcome.kind === 'error' ? a.outcome.error : null);

describe('framework table', () => {
  it('in=5x5 k=3 s=1 pad=same -> everyone agrees on 1/1/1/1 and 5x5', () => {
    const rows = frameworkTable(planOf({}));
    const row = (id: TableFramework) => rows.find((r) => r.id === id)!;
    expect(attempt(row('keras'), 'exact')?.code).toBe("Conv2D(1, (3, 3), strides=(1, 1), padding='same')");
    expect(attempt(row('torch'), 'exact')?.code).toBe("nn.Conv2d(1, 1, (3, 3), padding='same')");
    expect(ok(attempt(row('torch'), 'idiom'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: { h: 5, w: 5 }, diff: 'same' });
    expect(attempt(row('theano'), 'exact')?.code).toContain("border_mode='half'");
    expect(attempt(row('caffe'), 'exact')?.code).toContain('pad_h: 1 pad_w: 1');
    expect(attempt(row('onnx'), 'exact')?.code).toContain("auto_pad='SAME_UPPER'");
    expect(attempt(row('tfjs'), 'exact')?.code).toBe("tf.conv2d(x, w, [1, 1], 'same')");
    expect(rows.every((r) => r.extraStep === null)).toBe(true);
    // Theano has no 'same': the literal spelling raises, 'half' is the same here.
    expect(error(attempt(row('theano'), 'literal'))).toMatch(/^ValueError: invalid border_mode same/);
    expect(ok(attempt(row('theano'), 'idiom')).diff).toBe('same');
  });

  it('in=6x6 k=3 s=2 pad=same -> out 3x3, pads 0/1/0/1; PyTorch raises, its k//2 shifts the grid', () => {
    const row = table({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 } });
    expect(error(attempt(row('torch'), 'literal'))).toBe("ValueError: padding='same' is not supported for strided convolutions");
    expect(attempt(row('torch'), 'exact')?.code).toBe('F.pad(x, (0, 1, 0, 1)) → nn.Conv2d(1, 1, (3, 3), stride=(2, 2), padding=0)');
    expect(ok(attempt(row('torch'), 'exact'))).toEqual({ kind: 'ok', pads: [0, 1, 0, 1], out: { h: 3, w: 3 }, diff: 'same' });
    expect(ok(attempt(row('torch'), 'idiom'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: { h: 3, w: 3 }, diff: 'shifted' });
    expect(row('torch').extraStep).toMatch(/both sides of an axis equally/);
    expect(attempt(row('theano'), 'exact')?.code).toContain('border_mode=((0, 1), (0, 1)), subsample=(2, 2)');
    expect(ok(attempt(row('caffe'), 'idiom')).diff).toBe('shifted');
    expect(row('caffe').extraStep).toMatch(/needs a separate padding step/);
    expect(row('keras').extraStep).toBeNull();
    expect(hasDifferences(frameworkTable(planOf({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 } })))).toBe(true);
  });

  it('in=5x5 k=4 s=1 pad=same -> pads 1/2/1/2; PyTorch padding=k//2 gives 6x6', () => {
    const row = table({ kernel: { h: 4, w: 4 } });
    expect(attempt(row('torch'), 'exact')?.code).toBe("nn.Conv2d(1, 1, (4, 4), padding='same')");
    expect(attempt(row('torch'), 'literal')).toBeUndefined();
    expect(ok(attempt(row('torch'), 'idiom'))).toEqual({ kind: 'ok', pads: [2, 2, 2, 2], out: { h: 6, w: 6 }, diff: 'size' });
    expect(ok(attempt(row('theano'), 'idiom'))).toEqual({ kind: 'ok', pads: [2, 2, 2, 2], out: { h: 6, w: 6 }, diff: 'size' });
    expect(row('caffe').extraStep).toMatch(/pads both sides equally/);
  });

  it('in=9x9 k=3 s=2 d=2 pad=valid -> Keras and tfjs refuse stride with dilation; a zero-dilated 5x5 kernel works', () => {
    const row = table({ input: { h: 9, w: 9 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 }, pad: { kind: 'valid' } });
    expect(error(attempt(row('keras'), 'literal'))).toBe(
      'ValueError: `strides > 1` not supported in conjunction with `dilation_rate > 1`. Received: strides=(2, 2) and dilation_rate=(2, 2)',
    );
    expect(attempt(row('keras'), 'exact')?.code).toBe("Conv2D(1, (5, 5), strides=(2, 2), padding='valid')");
    expect(attempt(row('keras'), 'exact')?.note).toMatch(/dilated with zeros to 5×5/);
    expect(error(attempt(row('tfjs'), 'literal'))).toBe(
      "Error: Error in conv2D: Either strides or dilations must be 1. Got strides 2,2 and dilations '2,2'",
    );
    expect(attempt(row('torch'), 'exact')?.code).toBe('nn.Conv2d(1, 1, (3, 3), stride=(2, 2), padding=0, dilation=(2, 2))');
    expect(ok(attempt(row('torch'), 'exact')).out).toEqual({ h: 3, w: 3 });
  });

  it('in=3x3 k=6 s=3 pad=same mode=reflect -> pads 1/2/1/2; PyTorch k//2 = 3 raises the reflect limit', () => {
    const row = table({ input: { h: 3, w: 3 }, kernel: { h: 6, w: 6 }, stride: { h: 3, w: 3 }, mode: 'reflect' });
    expect(attempt(row('torch'), 'exact')?.code).toBe("F.pad(x, (1, 2, 1, 2), mode='reflect') → nn.Conv2d(1, 1, (6, 6), stride=(3, 3), padding=0)");
    expect(error(attempt(row('torch'), 'idiom'))).toBe(
      'RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 3) at dimension 3 of input 4',
    );
    expect(attempt(row('keras'), 'exact')?.code).toBe(
      "Lambda(lambda x: tf.pad(x, [[0, 0], [1, 2], [1, 2], [0, 0]], mode='REFLECT')) → Conv2D(1, (6, 6), strides=(3, 3), padding='valid')",
    );
    // TF's 'same' would give these very pads, but with zeros: no idiom line that claims "same".
    expect(attempt(row('keras'), 'idiom')).toBeUndefined();
    expect(attempt(row('tfjs'), 'exact')?.code).toContain("tf.mirrorPad(x, [[0, 0], [1, 2], [1, 2], [0, 0]], 'reflect') → tf.conv2d(x, w, [3, 3], 'valid')");
    expect(row('theano').extraStep).toMatch(/zeros only/);
    expect(attempt(row('onnx'), 'exact')?.code).toBe("Pad(mode='reflect', pads=[0, 0, 1, 1, 0, 0, 2, 2]) → Conv(pads=[0, 0, 0, 0], strides=[3, 3])");
  });

  it('in=4x4 k=3 pad=full -> pads 2/2/2/2, 6x6; Keras padding=same would give 4x4', () => {
    const row = table({ input: { h: 4, w: 4 }, pad: { kind: 'full' } });
    expect(attempt(row('theano'), 'exact')?.code).toContain("border_mode='full'");
    expect(attempt(row('keras'), 'exact')?.code).toBe("ZeroPadding2D(((2, 2), (2, 2))) → Conv2D(1, (3, 3), strides=(1, 1), padding='valid')");
    expect(ok(attempt(row('keras'), 'idiom'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: { h: 4, w: 4 }, diff: 'size' });
    expect(attempt(row('torch'), 'exact')?.code).toBe('nn.Conv2d(1, 1, (3, 3), padding=(2, 2))');
  });

  it('in=64x64 k=7 s=2 pad=3,3,3,3 (ResNet stem) -> 32x32; Keras padding=same pads 2/3/2/3, same size, shifted', () => {
    const row = table({ input: { h: 64, w: 64 }, kernel: { h: 7, w: 7 }, stride: { h: 2, w: 2 }, pad: explicit(3, 3, 3, 3) });
    expect(attempt(row('torch'), 'exact')?.code).toBe('nn.Conv2d(1, 1, (7, 7), stride=(2, 2), padding=(3, 3))');
    expect(ok(attempt(row('keras'), 'idiom'))).toEqual({ kind: 'ok', pads: [2, 3, 2, 3], out: { h: 32, w: 32 }, diff: 'shifted' });
    expect(attempt(row('tfjs'), 'exact')?.code).toBe('tf.conv2d(x, w, [2, 2], [[0, 0], [3, 3], [3, 3], [0, 0]])');
  });

  it('pad=1,2,3,4 mode=circular -> ONNX pads begins then ends, Pad wrap needs opset 19', () => {
    const row = table({ input: { h: 6, w: 6 }, pad: explicit(1, 2, 3, 4), mode: 'circular' });
    expect(attempt(row('onnx'), 'exact')?.code).toBe("Pad(mode='wrap', pads=[0, 0, 1, 3, 0, 0, 2, 4]) → Conv(pads=[0, 0, 0, 0], strides=[1, 1])");
    expect(attempt(row('onnx'), 'exact')?.note).toMatch(/opset 19/);
    expect(attempt(row('torch'), 'exact')?.code).toBe("F.pad(x, (3, 4, 1, 2), mode='circular') → nn.Conv2d(1, 1, (3, 3), padding=0)");
    expect(attempt(row('keras'), 'exact')?.code).toMatch(/^a custom layer: tf.concat of opposite-edge slices/);
  });

  it('pad=1,1,2,2 mode=symmetric -> PyTorch needs torch.cat, ONNX Slice+Concat; zeros pairs fit Theano', () => {
    const row = table({ pad: explicit(1, 1, 2, 2), mode: 'symmetric' });
    expect(row('torch').extraStep).toMatch(/no symmetric mode/);
    expect(attempt(row('onnx'), 'exact')?.code).toMatch(/^Slice \+ Concat/);
    expect(attempt(row('tfjs'), 'exact')?.code).toMatch(/^tf.mirrorPad\(x, \[\[0, 0\], \[1, 1\], \[2, 2\], \[0, 0\]\], 'symmetric'\)/);
    const zeros = table({ pad: explicit(1, 1, 2, 2) });
    expect(attempt(zeros('theano'), 'exact')?.code).toContain('border_mode=(1, 2)');
    expect(attempt(zeros('caffe'), 'exact')?.code).toContain('pad_h: 1 pad_w: 2');
  });

  it('in=6x6 k=3 s=2 pad=same-lower -> pads 1/0/1/0: ONNX SAME_LOWER, Keras same and PyTorch k//2 shift', () => {
    const row = table({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'same-lower' } });
    expect(attempt(row('onnx'), 'exact')?.code).toContain("auto_pad='SAME_LOWER'");
    expect(ok(attempt(row('keras'), 'idiom'))).toEqual({ kind: 'ok', pads: [0, 1, 0, 1], out: { h: 3, w: 3 }, diff: 'shifted' });
    expect(attempt(row('torch'), 'exact')?.note).toMatch(/no 'same-lower'/);
    expect(ok(attempt(row('torch'), 'idiom')).diff).toBe('shifted');
  });

  it('in=12x12 k=3 s=4 pad=same -> TF pads 0; ONNX gets explicit pads, its auto_pad total would be -1', () => {
    const row = table({ input: { h: 12, w: 12 }, stride: { h: 4, w: 4 } });
    expect(attempt(row('onnx'), 'exact')?.code).toBe('Conv(pads=[0, 0, 0, 0], strides=[4, 4])');
    expect(attempt(row('onnx'), 'exact')?.note).toMatch(/negative total/);
    expect(ok(attempt(row('onnx'), 'exact')).out).toEqual({ h: 3, w: 3 });
    // PyTorch's k//2 = 1 on each side gives the same 3x3 from other cells.
    expect(ok(attempt(row('torch'), 'idiom'))).toEqual({ kind: 'ok', pads: [1, 1, 1, 1], out: { h: 3, w: 3 }, diff: 'shifted' });
  });

  it('pad=valid mode=reflect -> no padding, so the mode never needs a step', () => {
    const rows = frameworkTable(planOf({ pad: { kind: 'valid' }, mode: 'reflect' }));
    expect(rows.every((r) => r.extraStep === null)).toBe(true);
    expect(rows.find((r) => r.id === 'torch')!.attempts[0]!.code).toBe('nn.Conv2d(1, 1, (3, 3), padding=0)');
  });

  it('mode=constant cval=2 -> every framework but tf.pad-style ones needs a padding step with the value', () => {
    const row = table({ mode: 'constant', cval: 2 });
    expect(attempt(row('torch'), 'exact')?.code).toMatch(/^F.pad\(x, \(1, 1, 1, 1\), value=2\)/);
    expect(attempt(row('keras'), 'exact')?.code).toContain("mode='CONSTANT', constant_values=2");
    expect(attempt(row('tfjs'), 'exact')?.code).toMatch(/^tf.pad\(x, \[\[0, 0\], \[1, 1\], \[1, 1\], \[0, 0\]\], 2\)/);
    expect(row('caffe').extraStep).toMatch(/zeros only/);
  });

  it('in=9x9 k=4 d=2 s=1 pad=same -> pads 3/3/3/3; PyTorch and Caffe k//2 = 2 give 7x7, d*(k-1)//2 = 3 matches', () => {
    // ke = 2·(4−1)+1 = 7; SAME total 6 → 3/3. k//2 = 2 → 9+4−7+1 = 7; d*(k-1)//2 = 6//2 = 3.
    const row = table({ input: { h: 9, w: 9 }, kernel: { h: 4, w: 4 }, dilation: { h: 2, w: 2 } });
    for (const id of ['torch', 'caffe'] as const) {
      const idioms = row(id).attempts.filter((a) => a.role === 'idiom');
      expect(idioms.map((a) => a.code.slice(a.code.indexOf('#')))).toEqual(['# k//2', '# d*(k-1)//2']);
      expect(ok(idioms[0])).toEqual({ kind: 'ok', pads: [2, 2, 2, 2], out: { h: 7, w: 7 }, diff: 'size' });
      expect(ok(idioms[1])).toEqual({ kind: 'ok', pads: [3, 3, 3, 3], out: { h: 9, w: 9 }, diff: 'same' });
    }
  });

  it('in=9x9 k=3 d=2 pad=same -> k//2 = 1 line and d*(k-1)//2 = 2 line; undilated k=4 has one k//2 line', () => {
    const dilated = table({ input: { h: 9, w: 9 }, dilation: { h: 2, w: 2 } });
    expect(dilated('torch').attempts.filter((a) => a.role === 'idiom').map((a) => ok(a).pads)).toEqual([[1, 1, 1, 1], [2, 2, 2, 2]]);
    expect(table({ kernel: { h: 4, w: 4 } })('torch').attempts.filter((a) => a.role === 'idiom')).toHaveLength(1);
  });
});
