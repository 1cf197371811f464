/**
 * The solver's words on a transposed convolution and on causal padding,
 * read off real suggestions. Numbers by hand: in=16 k=4 s=2 gives
 * full = 15·2 + 4 = 34, out = 34 + q − T − B; PyTorch takes q < s = 2.
 */
import { describe as group, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, solveSize, type Config, type Plan } from '../../core';
import { causalNote, namedNoneText, noneText, solveQuestion, solveScope } from './solveScope';
import { describe } from './suggestionText';

const up: Config = {
  ...DEFAULT_CONFIG,
  op: 'convt',
  input: { h: 16, w: 16 },
  kernel: { h: 4, w: 4 },
  stride: { h: 2, w: 2 },
  pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 },
};
const planOf = (c: Config): Plan => {
  const plan = derivePlan(c);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
};

group('a transposed convolution', () => {
  it('in=16 k=4 s=2 -> 33 rows: padding 1 with output_padding 1 (34 + 1 − 2), the columns keeping padding 1', () => {
    const sol = solveSize(up, { h: 33, w: 32 });
    expect(describe(sol.h[0]!)).toEqual({ main: 'padding 1, output_padding 1', other: 'columns: padding 1, output_padding 0', note: '' });
    // 34 − 0 − 1 = 33: an uneven crop, which PyTorch's single padding cannot say.
    expect(describe(sol.h[1]!)).toEqual({
      main: 'crop top 0, bottom 1, output_padding 0',
      other: 'columns: padding 1, output_padding 0',
      note: "PyTorch's padding= crops both sides alike: ONNX pads, or slice the output",
    });
  });

  it('names the Keras form with its output padding: in=3 k=3 s=2 valid -> 8 is valid with output_padding 1', () => {
    const c: Config = { ...up, input: { h: 3, w: 3 }, kernel: { h: 3, w: 3 }, pad: { kind: 'valid' } };
    // valid, q = 1: (3−1)·2 + 3 + 1 = 8, nothing cropped.
    expect(describe(solveSize(c, { h: 8, w: 8 }).named[0]!)).toEqual({ main: 'valid, output_padding 1', other: 'crops T,B,L,R 0,0,0,0', note: '' });
  });

  it('says the stride is kept, what it searches, and how far the stride reaches when nothing fits', () => {
    expect(solveQuestion(up)).toBe('which crop (padding) and output_padding give the output you need?');
    expect(solveScope(up)).toContain('stride 2 (kept: it is the upsampling factor)');
    expect(solveSize(up, { h: 36, w: 36 }).h).toEqual([]);
    expect(noneText(up, { h: 36, w: 36 })).toBe(
      'No crop (0..32 per side) and output_padding gives 36×36 at stride 2: rows reach 1..35, columns 1..35. Try another stride or kernel.',
    );
    expect(namedNoneText(up)).toContain('valid, same, same-lower');
  });
});

group('causal padding', () => {
  it('in=1x16 k=1x2 d=1x4 causal: nothing to solve, it pads ke − 1 = 4 on the left', () => {
    // ke = 4·(2−1) + 1 = 5.
    const plan = planOf({ ...DEFAULT_CONFIG, input: { h: 1, w: 16 }, kernel: { h: 1, w: 2 }, dilation: { h: 1, w: 4 }, pad: { kind: 'causal' } });
    expect(causalNote(plan)).toMatch(/^Causal padding has nothing to solve: it always pads ke − 1 = 4 on the left/);
    expect(causalNote(planOf(DEFAULT_CONFIG))).toBeNull();
  });
});
