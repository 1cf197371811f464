import { describe, expect, it } from 'vitest';
import { tfjsSnippet } from './tfjsCode';
import { explicit, planOf } from './testPlans';

describe('TensorFlow.js snippet', () => {
  it('reflect and symmetric use tf.mirrorPad', () => {
    expect(tfjsSnippet(planOf({ mode: 'reflect' })).code).toContain("tf.mirrorPad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], 'reflect')");
    expect(tfjsSnippet(planOf({ mode: 'symmetric', pad: explicit(2, 0, 1, 3) })).code).toContain(
      "tf.mirrorPad(x, [[0, 0], [2, 0], [1, 3], [0, 0]], 'symmetric')",
    );
  });

  it('zeros go into tf.conv2d as the explicit 4-tuple, never a single number (tfjs issue 649)', () => {
    const code = tfjsSnippet(planOf({ input: { h: 6, w: 7 }, pad: explicit(2, 0, 1, 3) })).code;
    expect(code).toContain("tf.conv2d(x, filter, [1, 1], [[0, 0], [2, 0], [1, 3], [0, 0]], 'NHWC', [1, 1])");
    for (const pad of [{ kind: 'same' as const }, { kind: 'full' as const }, explicit(1, 1, 1, 1)]) {
      expect(tfjsSnippet(planOf({ pad })).code).not.toMatch(/tf\.conv2d\([^)]*\], \d+,/);
    }
  });

  it('constant pads with tf.pad(x, pads, cval); replicate/circular with slices', () => {
    expect(tfjsSnippet(planOf({ mode: 'constant', cval: -1.5 })).code).toContain('tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], -1.5)');
    expect(tfjsSnippet(planOf({ mode: 'replicate' })).code).toContain('replicateAxis(replicateAxis(x, 1, 1, 1), 2, 1, 1)');
    expect(tfjsSnippet(planOf({ mode: 'circular' })).code).toContain('circularAxis(circularAxis(x, 1, 1, 1), 2, 1, 1)');
  });

  it('stride > 1 with dilation > 1: the dilation is baked into the filter (tfjs asserts otherwise)', () => {
    const s = tfjsSnippet(planOf({ input: { h: 9, w: 9 }, stride: { h: 2, w: 1 }, dilation: { h: 1, w: 2 } }));
    expect(s.code).toContain('[3, 5, 1, 1]);');
    expect(s.code).toMatch(/tf\.conv2d\(x, filter, \[2, 1\], .*'NHWC', \[1, 1\]\)/);
    expect(s.note).toContain('Either strides or dilations must be 1');
  });

  it('flip reverses rows and columns of the HWIO filter; output is printed', () => {
    const code = tfjsSnippet(planOf({ flip: true })).code;
    expect(code).toContain('filter = tf.reverse(filter, [0, 1]);');
    expect(code).toContain("import * as tf from '@tensorflow/tfjs';");
    expect(code.trimEnd().endsWith('out.print();')).toBe(true);
  });
});
