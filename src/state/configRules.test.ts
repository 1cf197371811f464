import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, deriveImagePlan, type Config } from '../core';
import { applyEdit, fitValues, padForKind } from './configRules';

const conf = (patch: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, ...patch });
const sq = (n: number) => ({ h: n, w: n });
const explicit = (top: number, bottom: number, left: number, right: number) => ({ kind: 'explicit' as const, top, bottom, left, right });

describe('switching the border to explicit keeps what it pads', () => {
  it('in=5 k=5 pad=same -> explicit 2,2,2,2 (the Layer panel used to reset to 1,1,1,1)', () => {
    expect(padForKind(conf({ input: sq(5), kernel: sq(5) }), 'explicit')).toEqual(explicit(2, 2, 2, 2));
  });

  it('in=5 k=4 pad=same -> explicit 1,2,1,2 (TF puts the odd cell at the bottom/right)', () => {
    expect(padForKind(conf({ input: sq(5), kernel: sq(4) }), 'explicit')).toEqual(explicit(1, 2, 1, 2));
  });

  it('in=5x7 k=4x1 pad=same-lower -> explicit 2,1,0,0 (ONNX SAME_LOWER: odd cell at the top)', () => {
    expect(padForKind(conf({ input: { h: 5, w: 7 }, kernel: { h: 4, w: 1 }, pad: { kind: 'same-lower' } }), 'explicit')).toEqual(explicit(2, 1, 0, 0));
  });

  it('in=6 k=3 s=2 pad=valid -> explicit 0,0,0,0', () => {
    expect(padForKind(conf({ input: sq(6), stride: sq(2), pad: { kind: 'valid' } }), 'explicit')).toEqual(explicit(0, 0, 0, 0));
  });

  it('k=15 d=8 pad=full pads 112 per side -> explicit capped at 32 per side', () => {
    expect(padForKind(conf({ kernel: sq(15), dilation: sq(8), pad: { kind: 'full' } }), 'explicit')).toEqual(explicit(32, 32, 32, 32));
  });

  it('image mode: the pads on screen come from its picture and kernel (1024x768, 7x7 same -> 3,3,3,3), not the grid layer (it used to set 8,8,8,8)', () => {
    const imagePlan = deriveImagePlan({ size: { h: 1024, w: 768 }, kernel: sq(7), stride: sq(1), dilation: sq(1), pad: { kind: 'same' }, mode: 'reflect' });
    if (!imagePlan.ok) throw new Error(imagePlan.message);
    expect(padForKind(conf({}), 'explicit', imagePlan.pads)).toEqual(explicit(3, 3, 3, 3));
    expect(padForKind(conf({}), 'explicit', [40, 0, 0, 1])).toEqual(explicit(32, 0, 0, 1));
  });

  it('explicit stays as it is, and a named border is just its name', () => {
    const c = conf({ pad: explicit(3, 0, 1, 2) });
    expect(padForKind(c, 'explicit')).toEqual(explicit(3, 0, 1, 2));
    expect(padForKind(c, 'half')).toEqual({ kind: 'half' });
  });
});

describe('values that no longer fit the shape are dropped, values that fit are kept', () => {
  const ramp = { kind: 'values' as const, values: Array.from({ length: 25 }, (_, i) => i) };
  const nine = { kind: 'values' as const, values: [1, 2, 3, 4, 5, 6, 7, 8, 9] };

  it('in 5x5 -> 6x6 with 25 typed inputs: back to the default input preset, the kernel kept', () => {
    const c = applyEdit(conf({ x: ramp, w: nine }), { input: sq(6) });
    expect(c.x).toEqual({ kind: 'preset', preset: 'ramp' });
    expect(c.w).toEqual(nine);
  });

  it('c 1 -> 2 with 9 typed kernel values: both lists no longer fit (x needs 50, w needs 18)', () => {
    const c = applyEdit(conf({ x: ramp, w: nine }), { channels: 2 });
    expect(c.x).toEqual({ kind: 'preset', preset: 'ramp' });
    expect(c.w).toEqual({ kind: 'preset', preset: 'ones' });
  });

  it('f 1 -> 3 drops a 9-value kernel; k 3x3 -> 1x9 keeps it (still 9 values)', () => {
    expect(applyEdit(conf({ w: nine }), { filters: 3 }).w).toEqual({ kind: 'preset', preset: 'ones' });
    expect(applyEdit(conf({ w: nine }), { kernel: { h: 1, w: 9 } }).w).toEqual(nine);
  });

  it('a configuration that fits is returned as it is (same object: the plan cache keys on it)', () => {
    const c = conf({ x: ramp, w: nine });
    expect(fitValues(c)).toBe(c);
  });
});

describe('a stride at its default follows it (pools stride by the kernel, as MaxPool2d(3) does)', () => {
  it('conv -> maxpool at stride 1 takes the kernel as stride; back to conv takes 1', () => {
    const pool = applyEdit(conf({}), { op: 'maxpool' });
    expect(pool.stride).toEqual(sq(3));
    expect(applyEdit(pool, { op: 'conv' }).stride).toEqual(sq(1));
  });

  it('a pool striding by its kernel keeps doing so when the kernel changes; a set stride stays', () => {
    const pool = applyEdit(conf({}), { op: 'avgpool' });
    expect(applyEdit(pool, { kernel: { h: 2, w: 4 } }).stride).toEqual({ h: 2, w: 4 });
    const set = applyEdit(pool, { stride: sq(1) });
    expect(applyEdit(set, { kernel: sq(5) }).stride).toEqual(sq(1));
    expect(applyEdit(conf({ stride: sq(2) }), { op: 'maxpool' }).stride).toEqual(sq(2));
  });
});

describe('a transposed convolution switched to explicit keeps its crops (its pads crop the output)', () => {
  it('in=5 k=3 s=2 same: Keras crops P = full − n·s = 11 − 10 = 1, ⌊1/2⌋ = 0 before and 1 after', () => {
    const c = conf({ op: 'convt', stride: sq(2) });
    expect(padForKind(c, 'explicit')).toEqual({ kind: 'explicit', top: 0, bottom: 1, left: 0, right: 1 });
  });
});
