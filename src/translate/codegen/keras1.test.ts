import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import type { Plan } from '../../core';
import { keras1Snippet } from './keras1';
import { explicit, planOf } from './testPlans';

/** Code lines that are not comments (what Python would execute). */
const codeLines = (code: string) => code.split('\n').filter((l) => !l.trimStart().startsWith('#'));

/** TF's SAME pads, computed here independently of the generator. */
function tfSame(p: Plan): boolean {
  return (['h', 'w'] as const).every((a) => {
    const ax = p[a];
    const total = Math.max((Math.ceil(ax.n / ax.s) - 1) * ax.s + ax.ke - ax.n, 0);
    return ax.before === Math.floor(total / 2) && ax.after === total - Math.floor(total / 2);
  });
}

describe('Keras 1 snippet', () => {
  it('answers the seed question in its comments: no padding argument, ZeroPadding2D, reflection via tf.pad', () => {
    const code = keras1Snippet(planOf({})).code;
    expect(code).toContain('has no padding argument');
    expect(code).toMatch(/# .*ZeroPadding2D\(padding=\(top, bottom, left, right\)\)/);
    expect(code).toMatch(/# .*mode='REFLECT'/);
    expect(code).toMatch(/# .*Lambda/);
    expect(code).toContain("border_mode='full'");
  });

  it('asymmetric explicit pads: ZeroPadding2D with (T, B, L, R), then border_mode valid', () => {
    const code = keras1Snippet(planOf({ input: { h: 6, w: 7 }, pad: explicit(2, 0, 1, 3) })).code;
    expect(code).toContain("model.add(ZeroPadding2D(padding=(2, 0, 1, 3), dim_ordering='tf', input_shape=(6, 7, 1)))");
    expect(code).toContain("border_mode='valid'");
    // Keras 1.2 reads a nested ((T, B), (L, R)) as top_pad=(T, B): that form must not be executed.
    expect(codeLines(code).join('\n')).not.toContain('((2, 0), (1, 3))');
  });

  it("uses border_mode='same' exactly when the (zero) pads equal TF's SAME", () => {
    const pads: Config['pad'][] = [
      { kind: 'valid' },
      { kind: 'same' },
      { kind: 'same-lower' },
      { kind: 'full' },
      { kind: 'half' },
      explicit(1, 1, 1, 1),
      explicit(0, 1, 0, 1),
      explicit(2, 0, 1, 3),
    ];
    let sameCount = 0;
    for (const pad of pads)
      for (const k of [1, 2, 3, 4])
        for (const s of [1, 2, 3])
          for (const d of [1, 2]) {
            const plan = planOf({ input: { h: 7, w: 6 }, kernel: { h: k, w: 3 }, stride: { h: s, w: 1 }, dilation: { h: d, w: 1 }, pad });
            const zero = plan.pads.every((v) => v === 0);
            const expected = !zero && tfSame(plan);
            if (expected) sameCount++;
            expect(keras1Snippet(plan).code.includes("border_mode='same'"), JSON.stringify({ pad, k, s, d })).toBe(expected);
          }
    expect(sameCount).toBeGreaterThan(10);
  });

  it('reflect: a Lambda around tf.pad(mode=REFLECT) and a valid convolution', () => {
    const code = keras1Snippet(planOf({ mode: 'reflect' })).code;
    expect(code).toContain("model.add(Lambda(lambda x: tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], mode='REFLECT'), output_shape=(7, 7, 1)");
    expect(code).toContain("border_mode='valid'");
    expect(code).not.toContain("border_mode='same'");
  });

  it('constant and replicate get a Lambda too (constant_values, slices)', () => {
    expect(keras1Snippet(planOf({ mode: 'constant', cval: 2.5 })).code).toContain("mode='CONSTANT', constant_values=2.5)");
    const rep = keras1Snippet(planOf({ mode: 'replicate' }));
    expect(rep.code).toContain('def replicate_pad(x, top, bottom, left, right):');
    expect(rep.code).toContain('Lambda(lambda x: replicate_pad(x, 1, 1, 1, 1)');
    expect(rep.note).toContain('tf.pad has no replicate mode');
  });

  it('dilation: AtrousConvolution2D for one rate at stride 1, a baked kernel otherwise', () => {
    const atrous = keras1Snippet(planOf({ input: { h: 9, w: 9 }, dilation: { h: 2, w: 2 } })).code;
    expect(atrous).toContain('AtrousConvolution2D(1, 3, 3, atrous_rate=(2, 2)');
    const baked = keras1Snippet(planOf({ input: { h: 9, w: 9 }, dilation: { h: 2, w: 2 }, stride: { h: 2, w: 2 } })).code;
    expect(baked).toContain('dilated[::2, ::2] = kernel');
    expect(baked).toContain('model.add(Convolution2D(1, 5, 5,');
    const uneven = keras1Snippet(planOf({ input: { h: 9, w: 9 }, dilation: { h: 2, w: 1 } })).code;
    expect(uneven).toContain('dilated[::2, ::1] = kernel');
  });
});
