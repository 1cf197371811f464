/**
 * Properties of the size solver over convolutions and pools: what it
 * suggests always runs and gives the size asked for, and it misses nothing
 * a brute-force search over every pad and stride finds.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config } from '../config';
import { derivePlan } from '../plan';
import { axisOptions } from './axisOptions';
import { solveSize } from './solveSize';

const layer = fc
  .record({
    op: fc.constantFrom('conv', 'maxpool', 'avgpool'),
    input: fc.record({ h: fc.integer({ min: 1, max: 20 }), w: fc.integer({ min: 1, max: 20 }) }),
    kernel: fc.record({ h: fc.integer({ min: 1, max: 7 }), w: fc.integer({ min: 1, max: 7 }) }),
    dilation: fc.record({ h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }) }),
    mode: fc.constantFrom(...PAD_MODES),
    framework: fc.constantFrom('keras', 'torch'),
    ceil: fc.boolean(),
    cip: fc.boolean(),
  } as const)
  // Average pooling has no dilation (PyTorch's avg_pool2d): such a layer never reaches the solver.
  .map((c): Config => ({ ...DEFAULT_CONFIG, ...c, dilation: c.op === 'avgpool' ? { h: 1, w: 1 } : c.dilation }));
const target = fc.record({ h: fc.integer({ min: 1, max: 24 }), w: fc.integer({ min: 1, max: 24 }) });

/** Everything but what a suggestion may change: pads, stride, and a pool's ceil_mode. */
const fixed = (c: Config) => JSON.stringify({ ...c, pad: 0, stride: 0, ceil: c.op === 'conv' ? c.ceil : 0 });

describe('solveSize (properties)', () => {
  it('every suggestion, applied through derivePlan, gives the requested size, and only pads, stride and ceil_mode change', () => {
    fc.assert(
      fc.property(layer, target, (base, t) => {
        const sol = solveSize(base, t);
        for (const s of [...sol.named, ...sol.h, ...sol.w]) {
          const plan = derivePlan(s.config);
          if (!plan.ok || plan.h.out !== t.h || plan.w.out !== t.w) return false;
          if (fixed(s.config) !== fixed(base)) return false;
        }
        // Nothing was lost by the final check: the lists are only cut by the cap.
        return sol.h.length === Math.min(12, sol.found.h) && sol.w.length === Math.min(12, sol.found.w);
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * The frameworks' rules written out again, independently of core, for one
 * axis with pads `b` before and `a` after (cells).
 */
function bruteOut(c: Config, b: number, a: number, s: number, ceil: boolean): number {
  const n = c.input.h;
  const ke = c.dilation.h * (c.kernel.h - 1) + 1;
  const np = n + b + a;
  if (!ceil) return np < ke ? 0 : Math.floor((np - ke) / s) + 1;
  // PyTorch's pooling_output_shape: round up, then drop a last window that starts past the input and the top padding.
  const up = Math.ceil((np - ke) / s) + 1;
  return Math.max(0, up >= 1 && (up - 1) * s >= n + b ? up - 1 : up);
}

/** Whether a framework runs the axis: mode limits for a convolution; PyTorch's pad ≤ k//2 and an average's non-empty divisor for a pool. */
function bruteRuns(c: Config, b: number, a: number, s: number, out: number): boolean {
  const n = c.input.h;
  if (c.op === 'conv') {
    const limit = { zeros: 99, constant: 99, replicate: 99, reflect: n - 1, symmetric: n, circular: n }[c.mode];
    return Math.max(b, a) <= limit;
  }
  if (c.framework === 'torch' && Math.max(b, a) > Math.floor(c.kernel.h / 2)) return false;
  if (c.op === 'maxpool' || c.cip) return true;
  // count_include_pad=False: every window [o·s, o·s + k − 1] must hold an input cell, [b, b + n − 1].
  for (let o = 0; o < out; o++) if (o * s > b + n - 1 || o * s + c.kernel.h - 1 < b) return false;
  return true;
}

describe('axisOptions (properties)', () => {
  it('finds an option whenever brute force over pads 0..32, strides 1..8 and (pools) ceil_mode finds one', () => {
    fc.assert(
      fc.property(layer, target, (c, t) => {
        const found = axisOptions(c, 'h', t.h).length > 0;
        let brute = false;
        for (const ceil of c.op === 'conv' ? [false] : [false, true])
          for (let s = 1; s <= 8 && !brute; s++)
            for (let b = 0; b <= 32; b++)
              for (let a = 0; a <= 32; a++) {
                const out = bruteOut(c, b, a, s, ceil);
                brute ||= out === t.h && bruteRuns(c, b, a, s, out);
              }
        return brute === found;
      }),
      { numRuns: 500 },
    );
  });
});
