/**
 * runAsKerasLayers on the tfjs CPU backend in Node: a spread of the PyTorch
 * golden vectors over every padding mode (ZeroPadding2D for zeros, the gather
 * layer otherwise), stride with dilation, true convolution, and tensor hygiene.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config } from '../core';
import { derivePlan, type Plan } from '../core';
import { caseConfig, goldenCases } from '../testing/golden';
import { startBackend } from './backend';
import { runAsKerasLayers } from './kerasLayers';
import { liveTensors } from './runPlan';

const plan = (c: (typeof goldenCases)[number]): Plan => {
  const p = derivePlan(caseConfig(c));
  if (!p.ok) throw new Error(p.message);
  return p;
};

// Every 4th golden case with an expected output: about 120 cases, all modes and pad specs.
const picked = goldenCases.filter((c) => c.expect).filter((_, i) => i % 4 === 0);

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('Keras layers (tfjs-layers) vs golden vectors', () => {
  it('covers at least 30 cases, every mode, stride with dilation and flip', () => {
    expect(picked.length).toBeGreaterThanOrEqual(30);
    for (const mode of PAD_MODES) expect(picked.filter((c) => c.mode === mode).length).toBeGreaterThanOrEqual(5);
    expect(picked.some((c) => (c.stride[0] > 1 || c.stride[1] > 1) && (c.dilation[0] > 1 || c.dilation[1] > 1))).toBe(true);
    expect(picked.some((c) => c.flip)).toBe(true);
  });

  for (const c of picked) {
    it(c.name, async () => {
      const r = await runAsKerasLayers(plan(c));
      expect(r.shape).toEqual(c.expect!.outShape);
      const scale = Math.max(1, ...c.expect!.out.map(Math.abs));
      const diff = Math.max(0, ...c.expect!.out.map((v, i) => Math.abs(v - (r.values[i] ?? NaN))));
      expect(diff).toBeLessThanOrEqual(1e-5 * scale);
      expect(r.matches).toBe(true);
      const zeroFill = c.mode === 'zeros' || (c.mode === 'constant' && c.cval === 0);
      expect(r.layers).toEqual([zeroFill ? 'ZeroPadding2D' : 'GatherPadding2D', 'Conv2D']);
    });
  }
});

describe('tensor hygiene', () => {
  it('leaves no tensor behind, for either padding layer', async () => {
    const cases = [picked.find((c) => c.mode === 'zeros')!, picked.find((c) => c.mode === 'reflect')!];
    await runAsKerasLayers(plan(cases[0]!)); // first run registers kernels and may cache
    const before = liveTensors();
    for (const c of cases) await runAsKerasLayers(plan(c));
    expect(liveTensors()).toBe(before);
  });
});

describe('Keras pooling layers', () => {
  const pool = (c: Partial<Config>): Plan => {
    const p = derivePlan({ ...DEFAULT_CONFIG, input: { h: 6, w: 7 }, channels: 2, kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, x: { kind: 'preset', preset: 'random' }, ...c });
    if (!p.ok) throw new Error(p.message);
    return p;
  };
  const explicit = { kind: 'explicit' as const, top: 1, bottom: 1, left: 1, right: 0 };

  it.each([
    ['MaxPooling2D same', { op: 'maxpool', pad: { kind: 'same' } }, ['MaxPooling2D']],
    ['AveragePooling2D same (real cells only)', { op: 'avgpool', pad: { kind: 'same' } }, ['AveragePooling2D']],
    ['AveragePooling2D valid', { op: 'avgpool', pad: { kind: 'valid' } }, ['AveragePooling2D']],
    ['−∞ padding then MaxPooling2D valid', { op: 'maxpool', pad: explicit }, ['GatherPadding2D', 'MaxPooling2D']],
    ['ZeroPadding2D then AveragePooling2D (count_include_pad=True)', { op: 'avgpool', pad: explicit }, ['ZeroPadding2D', 'AveragePooling2D']],
  ] as const)('%s reproduces the reference', async (_name, c, layers) => {
    const r = await runAsKerasLayers(pool(c as Partial<Config>));
    expect(r.layers).toEqual(layers);
    expect(r.matches).toBe(true);
  });

  it.each([
    ['ceil_mode', { op: 'maxpool', pad: explicit, ceil: true }, /no ceil_mode/],
    ['count_include_pad=False with explicit pads', { op: 'avgpool', pad: explicit, cip: false }, /counts the zeros/],
    ['dilation', { op: 'maxpool', pad: { kind: 'valid' }, dilation: { h: 2, w: 1 }, stride: { h: 1, w: 1 } }, /no dilation/],
  ] as const)('refuses %s with the reason', async (_name, c, reason) => {
    const before = liveTensors();
    await expect(runAsKerasLayers(pool(c as Partial<Config>))).rejects.toThrow(reason);
    expect(liveTensors()).toBe(before);
  });
});
