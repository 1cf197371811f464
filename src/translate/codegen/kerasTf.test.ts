import { describe, expect, it } from 'vitest';
import { exportCode, TARGETS } from './index';
import { kerasSnippet } from './kerasCode';
import { tfSnippet } from './tfCode';
import { explicit, planOf } from './testPlans';

describe('Keras 3 snippet', () => {
  it('asymmetric zeros: ZeroPadding2D(((T, B), (L, R))) then Conv2D valid', () => {
    const code = kerasSnippet(planOf({ input: { h: 6, w: 7 }, pad: explicit(2, 0, 1, 3) })).code;
    expect(code).toContain('h = keras.layers.ZeroPadding2D(((2, 0), (1, 3)))(h)');
    expect(code).toContain("padding='valid', use_bias=False)");
  });

  it("TF-same pads: Conv2D(padding='same') alone", () => {
    const code = kerasSnippet(planOf({ kernel: { h: 4, w: 4 } })).code;
    expect(code).toContain("padding='same'");
    expect(code).not.toContain('ZeroPadding2D(');
  });

  it('reflect/replicate: a custom layer (tf.pad / slices), no ZeroPadding2D', () => {
    const refl = kerasSnippet(planOf({ mode: 'reflect' }));
    expect(refl.code).toContain('class BorderPad(keras.layers.Layer):');
    expect(refl.code).toContain("return tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], mode='REFLECT')");
    expect(refl.note).toContain('Keras has no reflect padding layer');
    expect(kerasSnippet(planOf({ mode: 'replicate' })).code).toContain('return replicate_pad(x, 1, 1, 1, 1)');
  });

  it('stride > 1 with dilation > 1: dilation_rate=(1, 1) and a baked ke×ke kernel', () => {
    const s = kerasSnippet(planOf({ input: { h: 9, w: 9 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 3 } }));
    expect(s.code).toContain('keras.layers.Conv2D(1, (5, 7), strides=(2, 2), dilation_rate=(1, 1)');
    expect(s.code).toContain('dilated[::2, ::3] = kernel');
    expect(s.note).toContain('strides > 1 not supported in conjunction with dilation_rate > 1');
  });

  it('flip: kernel[::-1, ::-1]; output transposed back to NCHW', () => {
    const code = kerasSnippet(planOf({ flip: true })).code;
    expect(code).toContain('kernel = np.ascontiguousarray(kernel[::-1, ::-1])');
    expect(code).toContain('out = y.transpose(0, 3, 1, 2)');
  });
});

describe('tf.nn snippet', () => {
  it('zeros: explicit paddings in conv2d; SAME/VALID where exact', () => {
    expect(tfSnippet(planOf({ input: { h: 6, w: 7 }, pad: explicit(2, 0, 1, 3) })).code).toContain(
      'padding=[[0, 0], [2, 0], [1, 3], [0, 0]], dilations=[1, 1, 1, 1])',
    );
    expect(tfSnippet(planOf({})).code).toContain("padding='SAME'");
    expect(tfSnippet(planOf({ pad: { kind: 'valid' } })).code).toContain("padding='VALID'");
  });

  it('other modes pad first: tf.pad SYMMETRIC, slices for circular', () => {
    expect(tfSnippet(planOf({ mode: 'symmetric' })).code).toContain("xp = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], mode='SYMMETRIC')");
    const circ = tfSnippet(planOf({ mode: 'circular', pad: explicit(2, 0, 1, 3), input: { h: 6, w: 7 } }));
    expect(circ.code).toContain('xp = circular_pad(x, 2, 0, 1, 3)');
    expect(circ.note).toContain('tf.pad has no circular mode');
  });
});

describe('exportCode', () => {
  it('returns a snippet with code for every framework', () => {
    const all = exportCode(planOf({ mode: 'symmetric', flip: true }));
    expect(Object.keys(all).sort()).toEqual([...TARGETS].sort());
    for (const t of TARGETS) {
      expect(all[t].code.length).toBeGreaterThan(200);
      expect(all[t].note).toBeTruthy();
    }
  });

  it('needs no note when the framework does it all natively', () => {
    const all = exportCode(planOf({ pad: { kind: 'valid' } }));
    expect(all.torch.note).toBeUndefined();
    expect(all.tf.note).toBeUndefined();
    expect(all.tfjs.note).toBeUndefined();
  });
});
