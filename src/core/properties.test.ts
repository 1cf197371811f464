/**
 * Property tests (fast-check) over random valid configurations: the output
 * size formula agrees with the window map, every index-map source lies inside
 * the input, and the padding-mode identities hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, OPERATIONS, PAD_MODES, type Config, type PadSpec } from './config';
import { CONSTANT } from './indexMap';
import { paddedInput } from './padded';
import { derivePlan, type Plan } from './plan';
import { referenceOf } from './planArrays';
import { inverseTransposed } from './inverseTransposed';
import { scatterTransposed } from './transposedScatter';
import { axisReaders, axisTaps, cellReaders, coverage, windowCells } from './windows';

const padSpec: fc.Arbitrary<PadSpec> = fc.oneof(
  fc.constantFrom<PadSpec>({ kind: 'valid' }, { kind: 'same' }, { kind: 'same-lower' }, { kind: 'full' }, { kind: 'half' }),
  fc.record({
    kind: fc.constant('explicit' as const),
    top: fc.integer({ min: 0, max: 6 }),
    bottom: fc.integer({ min: 0, max: 6 }),
    left: fc.integer({ min: 0, max: 6 }),
    right: fc.integer({ min: 0, max: 6 }),
  }),
);
const pair = (min: number, max: number) => fc.record({ h: fc.integer({ min, max }), w: fc.integer({ min, max }) });

/** Random configurations, valid or not (the core decides). */
const config: fc.Arbitrary<Config> = fc.record({
  op: fc.constantFrom(...OPERATIONS),
  input: pair(1, 12),
  channels: fc.integer({ min: 1, max: 3 }),
  filters: fc.integer({ min: 1, max: 2 }),
  kernel: pair(1, 5),
  stride: pair(1, 4),
  dilation: pair(1, 3),
  pad: padSpec,
  mode: fc.constantFrom(...PAD_MODES),
  cval: fc.integer({ min: -3, max: 3 }),
  framework: fc.constantFrom('keras' as const, 'torch' as const, 'theano' as const, 'caffe' as const, 'onnx' as const),
  flip: fc.boolean(),
  x: fc.constantFrom(...(['ramp', 'random', 'checker'] as const)).map((preset) => ({ kind: 'preset' as const, preset })),
  w: fc.constantFrom(...(['ones', 'random', 'sobel-x', 'gauss'] as const)).map((preset) => ({ kind: 'preset' as const, preset })),
  seed: fc.integer({ min: 0, max: 1000 }),
  ceil: fc.boolean(),
  cip: fc.boolean(),
  groups: fc.integer({ min: 1, max: 2 }),
  opad: pair(0, 2),
});

const validPlan = config.map(derivePlan).filter((p): p is Plan => p.ok);
const runs = { numRuns: 400 };

describe('properties of the plan', () => {
  it('output size formula agrees with the window map: the last window fits, one more would not', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        for (const ax of [plan.h, plan.w]) {
          const last = axisTaps(ax, ax.out - 1);
          expect(Math.max(...last)).toBeLessThan(ax.padded);
          // One more window would not fit, unless ceil_mode's last-window rule removed it.
          if (!ax.removed) expect(Math.max(...axisTaps(ax, ax.out))).toBeGreaterThanOrEqual(ax.padded);
          expect(ax.padded - 1 - Math.max(...last)).toBe(ax.remainder);
        }
      }),
      runs,
    );
  });

  it('every index-map source lies inside the input, and input cells map to themselves', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        for (const ax of [plan.h, plan.w]) {
          // A transposed convolution's picture holds input cell i at before + i·s, zeros between and around.
          const s = plan.transposed ? plan.transposed[ax.axis].stride : 1;
          ax.source.forEach((src, p) => {
            if (src !== CONSTANT) expect(src >= 0 && src < ax.n).toBe(true);
            if (src !== CONSTANT && plan.transposed) expect(p).toBe(ax.before + src * s);
          });
          for (let i = 0; i < ax.n; i++) {
            const p = ax.before + i * s;
            if (p >= 0 && p < ax.padded) expect(ax.source[p]).toBe(i);
          }
          const constants = ax.source.filter((s) => s === CONSTANT).length;
          if (plan.transposed) {
            expect(constants).toBe(ax.padded - ax.source.filter((src) => src !== CONSTANT).length);
            continue;
          }
          // Pools always pad with a constant (−∞ or 0), overhang included.
          const isConstantMode = plan.pool !== null || plan.config.mode === 'zeros' || plan.config.mode === 'constant';
          expect(constants).toBe(isConstantMode ? ax.before + ax.after + ax.overhang : 0);
        }
      }),
      runs,
    );
  });

  it('with no padding every mode gives the input itself (replicate of pad 0 is the input)', () => {
    fc.assert(
      fc.property(config, fc.constantFrom(...PAD_MODES), (c, mode) => {
        // A convolution: pools pad with −∞ or 0 whatever the mode, and a ceil window may hang past the input.
        const plan = derivePlan({ ...c, op: 'conv', mode, pad: { kind: 'valid' } });
        if (!plan.ok) return;
        expect(paddedInput(plan)).toEqual([...plan.input]);
      }),
      runs,
    );
  });

  it('reflect never repeats the edge cell and symmetric always does', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const ax = plan.w;
        // Pools ignore the padding mode (−∞ or 0).
        if (plan.pool || ax.before === 0 || ax.n < 2) return;
        const edge = ax.source[ax.before - 1];
        if (plan.config.mode === 'reflect') expect(edge).toBe(1);
        if (plan.config.mode === 'symmetric') expect(edge).toBe(0);
        if (plan.config.mode === 'circular') expect(edge).toBe(ax.n - 1);
        if (plan.config.mode === 'replicate') expect(edge).toBe(0);
      }),
      runs,
    );
  });

  it('hover both ways agree: a cell feeds exactly the outputs whose window holds it', () => {
    fc.assert(
      fc.property(validPlan, fc.nat(), fc.nat(), (plan, a, b) => {
        const row = a % plan.h.padded;
        const col = b % plan.w.padded;
        const readers = cellReaders(plan, row, col);
        for (const o of readers) expect(windowCells(plan, o.row, o.col)).toContainEqual({ row, col });
        expect(readers.length).toBe(coverage(plan)[row * plan.w.padded + col]);
        expect(axisReaders(plan.h, row).length).toBe(plan.h.reads[row]);
      }),
      runs,
    );
  });

  it('unread cells are exactly the ones with zero coverage', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        for (const ax of [plan.h, plan.w]) ax.reads.forEach((r, p) => expect(ax.unread[p] === null).toBe(r > 0));
      }),
      runs,
    );
  });

  it('the reference is linear in the input and the padding constant together', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const base = referenceOf(plan);
        const doubled = derivePlan({
          ...plan.config,
          cval: 2 * plan.config.cval,
          x: { kind: 'values', values: plan.input.map((v) => 2 * v) },
        });
        if (!doubled.ok) throw new Error(doubled.message);
        expect(referenceOf(doubled)).toEqual(base.map((v) => 2 * v));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any configuration in range', () => {
    fc.assert(
      fc.property(config, (c) => {
        const r = derivePlan(c);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
      }),
      runs,
    );
  });
});

describe('defaults', () => {
  it('in=5x5 k=3x3 pad=same -> out 5x5, pads 1/1/1/1', () => {
    const plan = derivePlan(DEFAULT_CONFIG);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.pads).toEqual([1, 1, 1, 1]);
    expect([plan.h.out, plan.w.out]).toEqual([5, 5]);
  });
});

describe('transposed convolution', () => {
  const transposed = config.map((c) => derivePlan({ ...c, op: 'convt', mode: 'zeros' })).filter((p): p is Plan => p.ok);

  it('the scatter picture (each input cell stamps the kernel) gives what the direct picture gives', () => {
    fc.assert(
      fc.property(transposed, (plan) => {
        const direct = referenceOf(plan);
        scatterTransposed(plan).forEach((v, i) => expect(v).toBeCloseTo(direct[i] ?? NaN, 9));
      }),
      runs,
    );
  });

  it('the inverse of a convolution gives its input size back, with the rows floor dropped as output padding', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        if (plan.op !== 'conv' || plan.config.groups > 1) return;
        const inverse = inverseTransposed(plan);
        const back = derivePlan(inverse.config);
        if (!back.ok) throw new Error(back.message);
        expect([back.h.out, back.w.out]).toEqual([plan.h.n, plan.w.n]);
        expect(inverse.dropped).toEqual({ h: plan.h.remainder, w: plan.w.remainder });
      }),
      runs,
    );
  });
});
