/**
 * Properties of the size solver over transposed convolutions: every
 * suggestion runs and gives the size asked for, changing only the crops and
 * the output padding; nothing a brute-force search finds is missed; and the
 * one-axis output-padding rule says what derivePlan says.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DEFAULT_CONFIG, type Config, type PadSpec } from '../config';
import { derivePlan } from '../plan';
import { outputPaddingFits } from './axisRules';
import { solveSize } from './solveSize';
import { transposedAxisOptions } from './transposedOptions';

const pair = (max: number) => fc.record({ h: fc.integer({ min: 1, max }), w: fc.integer({ min: 1, max }) });
const layer = fc
  .record({ input: pair(12), kernel: pair(6), stride: pair(4), dilation: pair(3), pad: fc.constantFrom<PadSpec['kind']>('same', 'valid', 'same-lower') })
  .map((c): Config => ({ ...DEFAULT_CONFIG, ...c, op: 'convt', pad: { kind: c.pad } as PadSpec }));
const target = pair(40);

/** Everything but what a suggestion may change: the crops and the output padding. */
const fixed = (c: Config) => JSON.stringify({ ...c, pad: 0, opad: 0 });

describe('solveSize on transposed convolutions (properties)', () => {
  it('every suggestion, applied through derivePlan, gives the requested size, and only crops and output padding change', () => {
    fc.assert(
      fc.property(layer, target, (base, t) => {
        const sol = solveSize(base, t);
        for (const s of [...sol.named, ...sol.h, ...sol.w]) {
          const plan = derivePlan(s.config);
          if (!plan.ok || plan.h.out !== t.h || plan.w.out !== t.w || fixed(s.config) !== fixed(base)) return false;
        }
        return sol.h.length === Math.min(12, sol.found.h) && sol.w.length === Math.min(12, sol.found.w);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an option whenever brute force over crops 0..32 and output padding 0..7 finds one', () => {
    fc.assert(
      fc.property(layer, target, (c, t) => {
        const n = c.input.h;
        const s = c.stride.h;
        const d = c.dilation.h;
        const ke = d * (c.kernel.h - 1) + 1;
        let brute = false;
        // PyTorch's ConvTranspose2d: out = (n−1)s − T − B + d(k−1) + q + 1, with q < s or q < d.
        for (let q = 0; q <= 7; q++)
          for (let b = 0; b <= 32 && (q < s || q < d); b++) for (let a = 0; a <= 32; a++) brute ||= (n - 1) * s + ke + q - b - a === t.h;
        return brute === transposedAxisOptions(c, 'h', t.h).length > 0;
      }),
      { numRuns: 400 },
    );
  });

  it("outputPaddingFits says what the transposed Plan says about output padding, for every pad spec", () => {
    const spec = fc.constantFrom<PadSpec>({ kind: 'same' }, { kind: 'valid' }, { kind: 'same-lower' }, { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 });
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 7 }), (pad, s, d, q) => {
        const plan = derivePlan({ ...DEFAULT_CONFIG, op: 'convt', input: { h: 4, w: 4 }, pad, stride: { h: s, w: s }, dilation: { h: d, w: d }, opad: { h: q, w: q } });
        const refused = !plan.ok && plan.code === 'opad';
        return refused === !outputPaddingFits(pad.kind, s, d, q);
      }),
      { numRuns: 500 },
    );
  });
});
