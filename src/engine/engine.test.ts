/**
 * The engine on the tfjs CPU backend in Node: every golden vector from
 * PyTorch, 300 random configurations against the exact reference, tensor
 * hygiene, and newest-request-wins scheduling.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config, type PadSpec } from '../core';
import { derivePlan, type Plan } from '../core';
import { caseConfig, goldenCases } from '../testing/golden';
import { startBackend } from './backend';
import { createEngine } from './engine';
import { liveTensors, runPlan } from './runPlan';

const plan = (c: Config): Plan => {
  const p = derivePlan(c);
  if (!p.ok) throw new Error(p.message);
  return p;
};

beforeAll(async () => {
  const info = await startBackend('cpu');
  expect(info.name).toBe('cpu');
});

describe('engine vs golden vectors (tfjs cpu)', () => {
  for (const c of goldenCases.filter((g) => g.expect)) {
    it(c.name, async () => {
      const r = await runPlan(plan(caseConfig(c)));
      expect(r.shape).toEqual(c.expect!.outShape);
      const scale = Math.max(1, ...c.expect!.out.map(Math.abs));
      const diff = Math.max(0, ...c.expect!.out.map((v, i) => Math.abs(v - (r.values[i] ?? NaN))));
      expect(diff).toBeLessThanOrEqual(1e-5 * scale);
      expect(r.matches).toBe(true);
    });
  }
});

const pair = (min: number, max: number) => fc.record({ h: fc.integer({ min, max }), w: fc.integer({ min, max }) });
const padSpec: fc.Arbitrary<PadSpec> = fc.oneof(
  fc.constantFrom<PadSpec>({ kind: 'valid' }, { kind: 'same' }, { kind: 'same-lower' }, { kind: 'full' }, { kind: 'half' }),
  fc.record({
    kind: fc.constant('explicit' as const),
    top: fc.nat(5),
    bottom: fc.nat(5),
    left: fc.nat(5),
    right: fc.nat(5),
  }),
);
/** Random layers with real-valued inputs and kernels, so the tolerance is really exercised. */
const randomConfig = fc
  .record({
    // Pools too: per channel, −∞ padding for max, the Plan's divisors for average, ceil windows.
    op: fc.constantFrom('conv' as const, 'conv' as const, 'convt' as const, 'maxpool' as const, 'avgpool' as const),
    groups: fc.constantFrom(1, 1, 2),
    opad: pair(0, 1),
    ceil: fc.boolean(),
    cip: fc.boolean(),
    input: pair(1, 14),
    channels: fc.integer({ min: 1, max: 4 }),
    filters: fc.integer({ min: 1, max: 4 }),
    kernel: pair(1, 6),
    stride: pair(1, 4),
    dilation: pair(1, 3),
    pad: padSpec,
    mode: fc.constantFrom(...PAD_MODES),
    cval: fc.double({ min: -5, max: 5, noNaN: true }),
    flip: fc.boolean(),
    scale: fc.constantFrom(1, 1000, 0.001),
    seed: fc.nat(1_000_000),
  })
  .map(({ scale, seed, ...c }): Config | null => {
    const C = c.channels;
    const n = C * c.input.h * c.input.w;
    // conv (F, C/g, KH, KW), convt (C, F/g, KH, KW): F·C/g·KH·KW either way; pools have none.
    const m = c.op === 'conv' || c.op === 'convt' ? (c.filters * C * c.kernel.h * c.kernel.w) / c.groups : 0;
    // Deterministic real values from the seed (fast-check shrinks the seed, not 10k doubles).
    const rnd = (i: number) => Math.sin(seed * 12.9898 + i * 78.233) * scale;
    const cfg: Config = {
      ...DEFAULT_CONFIG,
      ...c,
      x: { kind: 'values', values: Array.from({ length: n }, (_, i) => rnd(i)) },
      w: m > 0 && Number.isInteger(m) ? { kind: 'values', values: Array.from({ length: m }, (_, i) => rnd(i + n) / scale) } : DEFAULT_CONFIG.w,
    };
    return derivePlan(cfg).ok ? cfg : null;
  })
  .filter((c): c is Config => c !== null);

describe('engine property', () => {
  it('tfjs agrees with the float64 reference on 300 random valid layers (convolutions and pools)', async () => {
    await fc.assert(
      fc.asyncProperty(randomConfig, async (c) => {
        const p = plan(c);
        const r = await runPlan(p);
        const scale = Math.max(1, ...r.reference.filter(Number.isFinite).map(Math.abs));
        expect(r.maxAbsDiff).toBeLessThanOrEqual(1e-5 * scale);
        expect(r.matches).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tensor hygiene and scheduling', () => {
  it('200 configuration changes leave the live tensor count at its baseline', async () => {
    const engine = createEngine('cpu');
    await engine.ready;
    const baseline = liveTensors();
    const configs = fc.sample(randomConfig, { numRuns: 200, seed: 7 });
    for (const c of configs) await engine.run(plan(c));
    expect(configs).toHaveLength(200);
    expect(liveTensors()).toBe(baseline);
  });

  it('a newer request supersedes an older one: only the newest result arrives', async () => {
    const engine = createEngine('cpu');
    const a = engine.run(plan({ ...DEFAULT_CONFIG, input: { h: 9, w: 9 } }));
    const b = engine.run(plan({ ...DEFAULT_CONFIG, input: { h: 7, w: 7 } }));
    const c = engine.run(plan({ ...DEFAULT_CONFIG, input: { h: 6, w: 4 } }));
    const [ra, rb, rc] = await Promise.all([a, b, c]);
    expect(rb).toBeNull();
    expect(ra === null || (ra.ok && ra.value.shape[1] === 9)).toBe(true);
    expect(rc?.ok && rc.value.shape).toEqual([1, 6, 4]);
  });

  it('reports the reason when the CPU backend is chosen', async () => {
    const info = await startBackend('cpu');
    expect(info.fallbackReason).toMatch(/CPU/);
  });
});
