/**
 * "Undo this layer": the layer offered and its words, from real Plans.
 * Numbers by hand: a convolution's output is ⌊(n + pb + pa − ke)/s⌋ + 1 and
 * floor drops (n + pb + pa − ke) mod s rows; a transposed one's is
 * (o − 1)·s + ke + q − T − B.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Config, type Plan } from '../../core';
import { undoTarget } from './undoTarget';
import { backWhy, droppedWhy, sizeCheck, torchForward, torchTransposed } from './undoWords';

const planOf = (patch: Partial<Config>): Plan => {
  const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
};
const s2 = { input: { h: 8, w: 8 }, stride: { h: 2, w: 2 } };

describe('the inverse of a convolution', () => {
  it('in=8 k=3 s=2 valid -> 3: floor dropped (8 − 3) mod 2 = 1 row, so ConvTranspose2d needs output_padding=1 to give 8 back', () => {
    const conv = planOf({ ...s2, pad: { kind: 'valid' } });
    const undo = undoTarget(conv);
    if (undo?.kind !== 'inverse') throw new Error('expected an inverse');
    expect(undo.dropped).toEqual({ h: 1, w: 1 });
    expect(droppedWhy(conv)).toEqual([
      'Rows: floor dropped 1 row ((n + pb + pa − ke) mod s = (8 + 0 + 0 − 3) mod 2 = 1), so output_padding = 1.',
      'Columns: floor dropped 1 column ((n + pb + pa − ke) mod s = (8 + 0 + 0 − 3) mod 2 = 1), so output_padding = 1.',
    ]);
    // full = (3 − 1)·2 + 3 = 7, + 1 = 8.
    expect(sizeCheck(undo.plan, conv)[0]).toBe("Rows back: full = (3 − 1)·2 + 3 = 7; 7 + output_padding 1 − crops 0 − 0 = 8, the input's 8 again.");
    expect(torchTransposed(undo.plan)).toEqual({ code: 'nn.ConvTranspose2d(1, 1, 3, stride=2, padding=0, output_padding=1)', note: '' });
  });

  it('in=7 k=3 s=2 valid -> 3: floor dropped nothing ((7 − 3) mod 2 = 0), output_padding=0', () => {
    expect(droppedWhy(planOf({ ...s2, input: { h: 7, w: 7 }, pad: { kind: 'valid' } }))[0]).toBe(
      'Rows: floor dropped no rows ((n + pb + pa − ke) mod s = (7 + 0 + 0 − 3) mod 2 = 0), so output_padding = 0.',
    );
  });

  it('in=8 k=3 s=2 TF same pads 0/1: the crops are asymmetric, so the PyTorch line crops nothing and slices', () => {
    // ⌈8/2⌉ = 4, P = 3·2 + 3 − 8 = 1 → 0 top, 1 bottom; (9 − 3) mod 2 = 0. Back: full = 3·2 + 3 = 9, − 0 − 1 = 8.
    const undo = undoTarget(planOf({ ...s2, pad: { kind: 'same' } }));
    if (undo?.kind !== 'inverse') throw new Error('expected an inverse');
    expect(torchTransposed(undo.plan)).toEqual({
      code: 'layer = nn.ConvTranspose2d(1, 1, 3, stride=2, output_padding=0)\ny = layer(x)[:, :, 0:8, 0:8]',
      note: "The crops are asymmetric (T,B,L,R = 0,1,0,1): PyTorch's padding= crops both sides alike, so the layer crops nothing and a slice takes the rows and columns.",
    });
  });

  it('a grouped convolution C=4 -> F=2, g=2 comes back as ConvTranspose2d(2, 4, groups=2)', () => {
    const undo = undoTarget(planOf({ channels: 4, filters: 2, groups: 2, kernel: { h: 3, w: 5 }, dilation: { h: 1, w: 2 } }));
    if (undo?.kind !== 'inverse') throw new Error('expected an inverse');
    // same on 5 with ke 3×9 at stride 1: pads 1,1 and 4,4.
    expect(torchTransposed(undo.plan).code).toBe('nn.ConvTranspose2d(2, 4, (3, 5), stride=1, padding=(1, 4), output_padding=0, dilation=(1, 2), groups=2)');
  });

  it('says why when the inverse is past a limit: in=64 full -> 66 rows, more than an input may have', () => {
    const undo = undoTarget(planOf({ input: { h: 64, w: 64 }, pad: { kind: 'full' } }));
    expect(undo?.kind).toBe('unavailable');
    expect(undo?.kind === 'unavailable' && undo.reason).toMatch(/^No transposed convolution within Padlab's limits undoes this layer: /);
  });

  it('a pool has nothing to undo', () => {
    expect(undoTarget(planOf({ op: 'maxpool' }))).toBeNull();
  });
});

describe('the way back from a transposed convolution', () => {
  it('ConvTranspose2d(k=3, s=2, output_padding=1) on 3 -> 8 goes back by Conv2d(k=3, s=2, padding=0), floor dropping that row', () => {
    const convt = planOf({ op: 'convt', input: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 }, opad: { h: 1, w: 1 } });
    const undo = undoTarget(convt);
    if (undo?.kind !== 'back') throw new Error('expected a way back');
    expect([undo.plan.h.out, undo.plan.w.out]).toEqual([3, 3]);
    expect(torchForward(undo.plan)).toBe('nn.Conv2d(1, 1, 3, stride=2, padding=0)');
    expect(backWhy(undo.plan)).toBe('floor drops 1 row and 1 column, the ones output_padding added');
  });
});
