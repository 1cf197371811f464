import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../config';
import { axisOptions, namedStrides } from './axisOptions';
import { solveSize } from './solveSize';

const cfg = (patch: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, ...patch });
/** The pads, stride and dropped cells of an option (a convolution's options always floor). */
const brief = ({ before, after, s, dropped }: { before: number; after: number; s: number; dropped: number }) => ({ before, after, s, dropped });

describe('axisOptions', () => {
  // Hand-checked: o = ⌊(7 + P − 3)/s⌋ + 1 = 4.
  // s=1: needs 4 + P = 3, impossible for P ≥ 0.
  // s=2: 6 ≤ 4+P ≤ 7 → P ∈ {2, 3}: (1,1) exact; (1,2),(2,1) drop 1.
  // s=3: 9 ≤ 4+P ≤ 11 → P ∈ {5,6,7}.
  it('in=7 k=3 -> out 4: fewest padding first, exact fits before dropping ones', () => {
    const opts = axisOptions(cfg({ input: { h: 7, w: 7 } }), 'h', 4);
    expect(opts.slice(0, 3).map(brief)).toEqual([
      { before: 1, after: 1, s: 2, dropped: 0 },
      { before: 1, after: 2, s: 2, dropped: 1 },
      { before: 2, after: 1, s: 2, dropped: 1 },
    ]);
    expect(opts.every((o) => o.s >= 2)).toBe(true);
    expect(opts.every((o) => o.rounding === 'floor' && o.otherRounding === null)).toBe(true);
  });

  it('in=5 k=3 -> out 5: only P=2 at stride 1, the symmetric (1,1)', () => {
    expect(brief(axisOptions(cfg({}), 'w', 5)[0]!)).toEqual({ before: 1, after: 1, s: 1, dropped: 0 });
  });

  it('respects the mode limit: reflect on in=2 pads at most 1 per side', () => {
    const opts = axisOptions(cfg({ input: { h: 2, w: 2 }, mode: 'reflect' }), 'h', 4);
    expect(opts.every((o) => o.before <= 1 && o.after <= 1)).toBe(true);
    expect(opts).toEqual([]); // 2 + 2 − 3 + 1 = 2 < 4 at best
  });

  it('in=5 k=3: same gives 3 at stride 2, valid gives 3 at stride 1', () => {
    expect(namedStrides(cfg({}), 'h', 'same', 3)).toEqual([2]);
    expect(namedStrides(cfg({}), 'h', 'valid', 3)).toEqual([1]);
    expect(namedStrides(cfg({}), 'h', 'full', 3)).toEqual([3]);
  });
});

describe('solveSize', () => {
  it('in=7x7 k=3 -> out 4x3: the hand-checked first suggestions', () => {
    const sol = solveSize(cfg({ input: { h: 7, w: 7 } }), { h: 4, w: 3 });
    // Width 3: s=1 needs 7+P−3 = 2 (no); s=2: 4 ≤ 4+P ≤ 5 → P=0 exact.
    expect(sol.h[0]?.config.pad).toEqual({ kind: 'explicit', top: 1, bottom: 1, left: 0, right: 0 });
    expect(sol.h[0]?.config.stride).toEqual({ h: 2, w: 2 });
    // same: ⌈7/2⌉ = 4, ⌈7/3⌉ = 3; half pads 1: ⌊6/2⌋+1 = 4, ⌊6/3⌋+1 = 3; valid/full reach no 4 rows.
    expect(sol.named.map((s) => `${s.pad} ${s.config.stride.h}x${s.config.stride.w}`)).toEqual(['same 2x3', 'same-lower 2x3', 'half 2x3']);
  });

  it('keeps the other axis when it already gives its target', () => {
    const base = cfg({ pad: { kind: 'explicit', top: 0, bottom: 0, left: 3, right: 0 } }); // width 5+3−3+1 = 6
    const sol = solveSize(base, { h: 2, w: 6 });
    expect(sol.h.length).toBeGreaterThan(0);
    for (const s of sol.h) expect([s.w.before, s.w.after, s.w.s]).toEqual([3, 0, 1]);
  });

  it('marks the current configuration', () => {
    const sol = solveSize(cfg({}), { h: 5, w: 5 });
    expect(sol.named.find((s) => s.pad === 'same' && s.config.stride.h === 1)?.current).toBe(true);
  });

  it('caps each list and says how many there were', () => {
    const sol = solveSize(cfg({ input: { h: 30, w: 30 } }), { h: 10, w: 10 }, 5);
    expect(sol.h).toHaveLength(5);
    expect(sol.found.h).toBeGreaterThan(5);
  });

  it('has nothing for an impossible size (in=1 k=15 d=8 -> 128)', () => {
    const sol = solveSize(cfg({ input: { h: 1, w: 1 }, kernel: { h: 15, w: 15 }, dilation: { h: 8, w: 8 } }), { h: 128, w: 128 });
    expect([sol.named, sol.h, sol.w].every((l) => l.length === 0)).toBe(true);
  });

  it('rejects targets outside 1..128', () => {
    expect(solveSize(cfg({}), { h: 0, w: 3 }).h).toEqual([]);
    expect(solveSize(cfg({}), { h: 2.5, w: 3 }).h).toEqual([]);
  });
});
