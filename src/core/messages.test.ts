/** Every invalid configuration the core knows, and the message a user reads. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { derivePlan } from './plan';

const withConfig = (patch: Partial<Config>) => derivePlan({ ...DEFAULT_CONFIG, ...patch });
const explicit = (top: number, bottom: number, left: number, right: number) =>
  ({ kind: 'explicit', top, bottom, left, right }) as const;

describe('invalid configurations explain themselves', () => {
  it.each<[string, Partial<Config>, string, RegExp]>([
    ['input 0x5', { input: { h: 0, w: 5 } }, 'limit', /Input size \(height\) must be a whole number from 1 to 64; got 0/],
    ['input 65 wide', { input: { h: 5, w: 65 } }, 'limit', /from 1 to 64; got 65/],
    ['fractional stride', { stride: { h: 1.5, w: 1 } }, 'limit', /Stride \(rows\).*got 1\.5/],
    ['NaN kernel', { kernel: { h: NaN, w: 3 } }, 'limit', /Kernel size \(height\).*not a number/],
    ['pad 33', { pad: explicit(0, 33, 0, 0) }, 'limit', /Explicit padding \(bottom\).*0 to 32/],
    ['5 channels', { channels: 5 }, 'limit', /Channels.*1 to 4/],
    ['infinite constant', { mode: 'constant', cval: Infinity }, 'value', /padding constant/],
    ['24 input values for 5x5', { x: { kind: 'values', values: new Array<number>(24).fill(1) } }, 'values-length', /needs 25 values \(C×H×W = 1×5×5\) but 24/],
    ['NaN kernel value', { w: { kind: 'values', values: [1, 1, 1, 1, NaN, 1, 1, 1, 1] } }, 'value', /Kernel value #5/],
    ['reflect pad 3 on 3 rows', { input: { h: 3, w: 5 }, mode: 'reflect', pad: explicit(3, 0, 0, 0) }, 'reflect-limit', /limited to 2 cells per side.*height 3.*top needs 3.*PyTorch raises/],
    ['symmetric pad 4 on 3 columns', { input: { h: 5, w: 3 }, mode: 'symmetric', pad: explicit(0, 0, 0, 4) }, 'symmetric-limit', /limited to 3 cells.*width 3.*right needs 4.*SYMMETRIC/],
    ['circular full 7x7 on 3x3', { input: { h: 3, w: 3 }, kernel: { h: 5, w: 5 }, mode: 'circular', pad: { kind: 'full' } }, 'circular-limit', /wrapping around more than once/],
    ['valid 2x2 with 3x3', { input: { h: 2, w: 2 }, pad: { kind: 'valid' } }, 'empty-output', /output would be empty.*padded height is 2.*ke = 3/],
    ['valid 5x5 with dilated 3x3 (ke 9)', { dilation: { h: 4, w: 1 }, pad: { kind: 'valid' } }, 'empty-output', /ke = 9/],
  ])('%s', (_name, patch, code, message) => {
    const r = withConfig(patch);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('an invalid mode limit still carries the derivation steps up to the failure', () => {
    const r = withConfig({ input: { h: 2, w: 2 }, mode: 'reflect', pad: { kind: 'full' } });
    if (r.ok) throw new Error('expected invalid');
    expect(r.steps?.h.map((s) => s.symbol)).toContain('pb = pa');
  });
});

describe('framework warnings', () => {
  const codes = (patch: Partial<Config>) => {
    const r = withConfig(patch);
    if (!r.ok) throw new Error(r.message);
    return r.warnings.map((w) => `${w.severity}:${w.code}`);
  };
  it('PyTorch refuses same with stride 2', () => {
    expect(codes({ framework: 'torch', stride: { h: 2, w: 2 } })).toContain('error:torch-same-stride');
    expect(codes({ framework: 'torch' })).not.toContain('error:torch-same-stride');
  });
  it('Keras: reflect answers the seed question with tf.pad; replicate has no TF op', () => {
    const reflect = withConfig({ mode: 'reflect' });
    if (!reflect.ok) throw new Error(reflect.message);
    expect(reflect.warnings.find((w) => w.code === 'keras-tf-pad')?.message).toContain("mode='REFLECT'");
    expect(codes({ mode: 'replicate' })).toContain('warning:keras-no-mode');
  });
  it('Keras refuses stride and dilation together; tfjs needs a workaround', () => {
    const c = codes({ stride: { h: 2, w: 1 }, dilation: { h: 2, w: 1 } });
    expect(c).toContain('error:keras-stride-dilation');
    expect(c).toContain('info:tfjs-stride-dilation');
  });
  it('Theano flips the kernel by default', () => {
    expect(codes({ framework: 'theano' })).toContain('warning:theano-flip');
    expect(codes({ framework: 'theano', flip: true })).not.toContain('warning:theano-flip');
  });
  it('in=6x6 k=3 s=2 pad=valid: floor drops input column 5', () => {
    const r = withConfig({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } });
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings.find((w) => w.code === 'floor-drops-w')?.message).toMatch(/input columns 5\b/);
    expect(r.w.unread[5]).toBe('floor');
  });
  it('in=7x7 k=1 s=3: stride larger than the kernel skips input rows', () => {
    const r = withConfig({ input: { h: 7, w: 7 }, kernel: { h: 1, w: 1 }, stride: { h: 3, w: 3 }, pad: { kind: 'valid' } });
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings.find((w) => w.code === 'skipped-h')?.message).toMatch(/input rows 1, 2, 4, 5 are never read/);
  });
  it('in=5x5 k=3 pad=4,4,4,4: 72 of 121 windows read only padding (4 of 11 per axis)', () => {
    const r = withConfig({ pad: explicit(4, 4, 4, 4) });
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings.find((w) => w.code === 'padding-only-windows')?.message).toMatch(/^72 of 121 output cells/);
    expect(codes({ pad: { kind: 'full' }, dilation: { h: 3, w: 3 } })).not.toContain('warning:padding-only-windows');
  });
});
