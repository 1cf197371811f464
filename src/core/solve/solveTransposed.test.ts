/**
 * The size solver on transposed convolutions, with numbers worked out by
 * hand from design.md's `convt`: `full = (n−1)s + ke`, explicit crops give
 * `out = full + q − T − B`; Keras/TF `valid` gives `n·s + max(ke − s, 0)`
 * (q = 0) and `same` gives `n·s` (q = 0) or `(n−1)s + ke − 2⌊ke/2⌋ + q`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../config';
import { maxTarget, solveSize } from './solveSize';
import { transposedAxisOptions, transposedNamedPads, transposedReach } from './transposedOptions';

const convt = (patch: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, op: 'convt', ...patch });
/** A decoder's usual upsampling layer: in=16 k=4 s=2 (full = 15·2 + 4 = 34). */
const up = convt({ input: { h: 16, w: 16 }, kernel: { h: 4, w: 4 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 } });
/** Crop before, crop after, output padding of an option. */
const brief = ({ before, after, q }: { before: number; after: number; q: number }) => [before, after, q];

describe('transposedAxisOptions', () => {
  it('in=16 k=4 s=2 -> 32: padding=1 (34 − 2 = 32) first; crops 2,1 with output_padding 1 (34 + 1 − 3) as the other crop', () => {
    // q = 0: T + B = 2 → (1,1). q = 1 (< s = 2): T + B = 3 → (1,2) and (2,1); (1,2) crops the same top row as (1,1),
    // so it gives the same values (out[i] = full[i + T]) and is left out.
    expect(transposedAxisOptions(up, 'h', 32).map(brief)).toEqual([
      [1, 1, 0],
      [2, 1, 1],
    ]);
  });

  it('in=16 k=4 s=2 -> 33: padding=1 with output_padding=1 (34 + 1 − 2 = 33), then crop 0,1 without', () => {
    // q = 1: T + B = 2 → (1,1), symmetric, first. q = 0: T + B = 1 → (0,1) and (1,0); (1,0) repeats T = 1.
    expect(transposedAxisOptions(up, 'h', 33).map(brief)).toEqual([
      [1, 1, 1],
      [0, 1, 0],
    ]);
  });

  it('in=16 k=4 s=2 -> 35 needs no crop and output_padding 1; 36 is out of reach (q < s = 2)', () => {
    expect(transposedAxisOptions(up, 'h', 35).map(brief)).toEqual([[0, 0, 1]]);
    expect(transposedAxisOptions(up, 'h', 36)).toEqual([]);
    // The largest crops, 32 + 32, leave 34 − 64 < 1: every size from 1 to 35 is reachable.
    expect(transposedReach(up, 'h')).toEqual({ least: 1, most: 35 });
  });

  it('in=3 k=3 s=2 (the inverse of in=8 k=3 s=2 valid) -> 8: output_padding 1 and no crop', () => {
    // full = 2·2 + 3 = 7; 8 = 7 + 1.
    const inv = convt({ input: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 } });
    expect(transposedAxisOptions(inv, 'w', 8).map(brief)).toEqual([[0, 0, 1]]);
  });

  it('in=4 k=3 s=1 d=3 -> 12: output_padding 2 is allowed because it is below the dilation (PyTorch: q < s or q < d)', () => {
    // ke = 3·2 + 1 = 7, full = 3 + 7 = 10; q ∈ {0, 1, 2}: 12 = 10 + 2.
    const dilated = convt({ input: { h: 4, w: 4 }, dilation: { h: 3, w: 3 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 } });
    expect(transposedAxisOptions(dilated, 'h', 12).map(brief)).toEqual([[0, 0, 2]]);
    expect(transposedAxisOptions(dilated, 'h', 13)).toEqual([]);
  });
});

describe('solveSize on a transposed convolution', () => {
  it('in=16 k=4 s=2 -> 32x32: same and same-lower with no output padding; the current padding=1 is marked', () => {
    // same, q = 0: n·s = 32. valid, q = 0: 32 + max(4 − 2, 0) = 34. same, q = 1: 30 + 4 − 4 + 1 = 31.
    const sol = solveSize(up, { h: 32, w: 32 });
    expect(sol.named.map((s) => `${s.pad} ${s.config.opad.h}x${s.config.opad.w}`)).toEqual(['same 0x0', 'same-lower 0x0']);
    expect(sol.h[0]?.current).toBe(true);
    expect(sol.h[0]?.config.stride).toEqual({ h: 2, w: 2 });
  });

  it('in=16 k=4 s=2 -> 33x32: rows get padding 1 and output_padding 1, columns keep padding 1', () => {
    const sol = solveSize(up, { h: 33, w: 32 });
    expect(sol.h[0]?.config.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 });
    expect(sol.h[0]?.config.opad).toEqual({ h: 1, w: 0 });
    expect(sol.named).toEqual([]);
  });

  it('in=3 k=3 s=2 -> 7: valid with output_padding 0 and same with output_padding 1 (Keras: q < s)', () => {
    // valid, q = 0: 3·2 + max(3 − 2, 0) = 7. same, q = 1: 2·2 + 3 − 2·1 + 1 = 6; same, q = 0: 6. valid, q = 1: 7 + 1 = 8.
    const sol = solveSize(convt({ input: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } }), { h: 7, w: 7 });
    expect(sol.named.map((s) => `${s.pad} ${s.config.opad.h}x${s.config.opad.w}`)).toEqual(['valid 0x0']);
    expect(sol.named[0]?.current).toBe(true);
    const eight = solveSize(convt({ input: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } }), { h: 8, w: 8 });
    expect(eight.named.map((s) => `${s.pad} ${s.config.opad.h}x${s.config.opad.w}`)).toEqual(['valid 1x1']);
  });

  it('answers sizes a transposed convolution reaches past 128: in=64 k=15 d=8 s=8 output_padding 7 gives 63·8 + 113 + 7 = 624', () => {
    expect(maxTarget('convt')).toBe(624);
    expect(maxTarget('conv')).toBe(128);
    const big = convt({ input: { h: 64, w: 64 }, kernel: { h: 4, w: 4 }, stride: { h: 4, w: 4 }, pad: { kind: 'same' } });
    // valid, q = 0: 64·4 + max(4 − 4, 0) = 256; same, q = 0: 64·4 = 256, the current one.
    expect(solveSize(big, { h: 256, w: 256 }).named.map((s) => `${s.pad}${s.current ? ' (current)' : ''}`)).toEqual(['valid', 'same (current)', 'same-lower']);
  });

  it("never offers the forward convolution's borders (full, half, causal): the transposed Plan refuses them", () => {
    expect(transposedNamedPads(up)).toEqual(['valid', 'same', 'same-lower']);
  });

  it('groups change no size: a grouped layer gets the same suggestions', () => {
    const grouped = { ...up, channels: 4, filters: 4, groups: 2 };
    const strip = (c: Config) => ({ ...c, channels: 0, filters: 0, groups: 0 });
    const a = solveSize({ ...up, channels: 4, filters: 4 }, { h: 33, w: 31 });
    const b = solveSize(grouped, { h: 33, w: 31 });
    for (const list of ['named', 'h', 'w'] as const) {
      expect(b[list].map((s) => strip(s.config))).toEqual(a[list].map((s) => strip(s.config)));
      expect(b[list].every((s) => s.config.groups === 2)).toBe(true);
    }
    expect(b.h.length).toBeGreaterThan(0);
  });
});
