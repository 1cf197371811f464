/**
 * Keras Conv2DTranspose(padding='same') against PyTorch's usual port: the
 * numbers written out by hand from design.md's convt rules, then checked
 * through the core's Plan.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, referenceOf, type Config, type Plan } from '../../core';
import { kerasSameVsTorchTransposed, kerasSameVsTorchTransposedLabel, torchPortOfSame } from './convtComparison';

const plan = (c: Config): Plan => {
  const p = derivePlan(c);
  if (!p.ok) throw new Error(p.message);
  return p;
};

describe('Keras same vs PyTorch ConvTranspose2d port', () => {
  it('ports ke − s = 1 as padding 1, output_padding 1; ke − s = 2 as padding 1, output_padding 0; ke ≤ s as 0, 0', () => {
    expect(torchPortOfSame(3, 2, 1)).toEqual({ padding: 1, outputPadding: 1 });
    expect(torchPortOfSame(4, 2, 1)).toEqual({ padding: 1, outputPadding: 0 });
    expect(torchPortOfSame(2, 2, 1)).toEqual({ padding: 0, outputPadding: 0 });
    expect(torchPortOfSame(5, 2, 1)).toEqual({ padding: 2, outputPadding: 1 });
  });

  it('in=4 k=3 s=2: both give 8, but Keras crops 0 from the top and PyTorch 1 — B is A moved by one cell', () => {
    // full = (4−1)·2 + 3 = 9. Keras same: o = 4·2 = 8, P = 1, crops ⌊1/2⌋ = 0 first. PyTorch: 9 + 1 − 1 − 1 = 8, crops 1 first.
    const { a, b } = kerasSameVsTorchTransposed({ ...DEFAULT_CONFIG, input: { h: 4, w: 4 } });
    const pa = plan(a);
    const pb = plan(b);
    expect([pa.h.out, pb.h.out]).toEqual([8, 8]);
    expect([pa.transposed?.h.cropBefore, pb.transposed?.h.cropBefore]).toEqual([0, 1]);
    // out_B[i][j] = full[i+1][j+1] = out_A[i+1][j+1] where both exist.
    const ra = referenceOf(pa);
    const rb = referenceOf(pb);
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) expect(rb[i * 8 + j]).toBe(ra[(i + 1) * 8 + j + 1]);
    expect(kerasSameVsTorchTransposedLabel(DEFAULT_CONFIG).text).toBe(
      "Keras / TensorFlow Conv2DTranspose(3, 2, padding='same') vs PyTorch ConvTranspose2d(3, 2, padding=1, output_padding=1)",
    );
  });

  it("keeps a transposed layer's own upsampling geometry", () => {
    const { a, b } = kerasSameVsTorchTransposed({ ...DEFAULT_CONFIG, op: 'convt', kernel: { h: 4, w: 4 }, stride: { h: 2, w: 2 } });
    expect([a.kernel, b.kernel, b.opad]).toEqual([{ h: 4, w: 4 }, { h: 4, w: 4 }, { h: 0, w: 0 }]);
  });
});
