import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config, type PadSpec } from '../config';
import { CONSTANT } from '../indexMap';
import { derivePlan } from '../plan';
import { deriveImagePlan, type ImageGeometry } from './imagePlan';

const configOf = (g: ImageGeometry): Config => ({
  ...DEFAULT_CONFIG,
  input: g.size,
  kernel: g.kernel,
  stride: g.stride,
  dilation: g.dilation,
  pad: g.pad,
  mode: g.mode,
});

const pair = (min: number, max: number) => fc.record({ h: fc.integer({ min, max }), w: fc.integer({ min, max }) });
const padSpec: fc.Arbitrary<PadSpec> = fc.oneof(
  fc.constantFrom<PadSpec>({ kind: 'valid' }, { kind: 'same' }, { kind: 'same-lower' }, { kind: 'full' }, { kind: 'half' }),
  fc.record({ kind: fc.constant('explicit' as const), top: fc.nat(32), bottom: fc.nat(32), left: fc.nat(32), right: fc.nat(32) }),
);
const geometry: fc.Arbitrary<ImageGeometry> = fc.record({
  size: pair(1, 64),
  kernel: pair(1, 15),
  stride: pair(1, 8),
  dilation: pair(1, 8),
  pad: padSpec,
  mode: fc.constantFrom(...PAD_MODES),
});

describe('deriveImagePlan', () => {
  it('gives the same pads, index maps, sizes and steps as derivePlan for every size up to 64', () => {
    fc.assert(
      fc.property(geometry, (g) => {
        const mine = deriveImagePlan(g);
        const core = derivePlan(configOf(g));
        expect(mine.ok).toBe(core.ok);
        if (!mine.ok || !core.ok) {
          if (!mine.ok && !core.ok) {
            expect(mine.code).toBe(core.code);
            expect(mine.axis).toBe(core.axis);
          }
          return;
        }
        expect(mine.pads).toEqual(core.pads);
        for (const axis of ['h', 'w'] as const) {
          // Everything but the grid's per-cell read counts, which an image plan does not keep.
          const { reads: _reads, unread: _unread, ...derived } = core[axis];
          expect(mine[axis]).toEqual(derived);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('in=512x512 k=5x5 pad=same mode=reflect -> out 512x512, pads 2/2/2/2, mirrored index maps', () => {
    const p = deriveImagePlan({ size: { h: 512, w: 512 }, kernel: { h: 5, w: 5 }, stride: { h: 1, w: 1 }, dilation: { h: 1, w: 1 }, pad: { kind: 'same' }, mode: 'reflect' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.pads).toEqual([2, 2, 2, 2]);
    expect([p.h.out, p.w.out]).toEqual([512, 512]);
    expect(p.h.source.slice(0, 5)).toEqual([2, 1, 0, 1, 2]);
    expect(p.w.source.slice(-5)).toEqual([509, 510, 511, 510, 509]);
  });

  it('in=2048x1536 k=31x31 s=2 pad=same-lower mode=zeros -> out 1024x768, odd cell top/left', () => {
    const p = deriveImagePlan({ size: { h: 2048, w: 1536 }, kernel: { h: 31, w: 31 }, stride: { h: 2, w: 2 }, dilation: { h: 1, w: 1 }, pad: { kind: 'same-lower' }, mode: 'zeros' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect([p.h.out, p.w.out]).toEqual([1024, 768]);
    expect(p.pads).toEqual([15, 14, 15, 14]);
    expect(p.h.source[0]).toBe(CONSTANT);
    expect(p.h.source.length).toBe(2048 + 29);
  });

  it('in=3x100 pad=3,3,0,0 mode=reflect is invalid on the height (reflect pads at most n−1 = 2)', () => {
    const p = deriveImagePlan({ size: { h: 3, w: 100 }, kernel: { h: 3, w: 3 }, stride: { h: 1, w: 1 }, dilation: { h: 1, w: 1 }, pad: { kind: 'explicit', top: 3, bottom: 3, left: 0, right: 0 }, mode: 'reflect' });
    expect(p).toMatchObject({ ok: false, code: 'reflect-limit', axis: 'h' });
  });

  it('in=4x4 k=9x9 pad=valid is an empty output', () => {
    const p = deriveImagePlan({ size: { h: 4, w: 4 }, kernel: { h: 9, w: 9 }, stride: { h: 1, w: 1 }, dilation: { h: 1, w: 1 }, pad: { kind: 'valid' }, mode: 'zeros' });
    expect(p).toMatchObject({ ok: false, code: 'empty-output', axis: 'h' });
  });
});
