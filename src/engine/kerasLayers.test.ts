/**
 * runAsKerasLayers on the tfjs CPU backend in Node: a spread of the PyTorch
 * golden vectors over every padding mode (ZeroPadding2D for zeros, the gather
 * layer otherwise), stride with dilation, true convolution, and tensor hygiene;
 * pooling layers; transposed convolutions (Conv2DTranspose, Cropping2D) and
 * depthwise ones against the transposed golden vectors, and the refusals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config } from '../core';
import { derivePlan, type Plan } from '../core';
import { caseConfig, goldenCases } from '../testing/golden';
import { convtCaseConfig, convtGoldenCases } from '../testing/convtGolden';
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

describe('Keras transposed-convolution layers (tfjs-layers Conv2DTranspose) vs the transposed golden vectors', () => {
  const ungrouped = convtGoldenCases.filter((c) => c.expect && c.op === 'convt' && c.groups === 1);
  // Every 6th: about 40 cases over explicit crops, same, valid, output padding and dilation.
  const pickedT = ungrouped.filter((_, i) => i % 6 === 0);
  const planT = (c: (typeof convtGoldenCases)[number]): Plan => {
    const p = derivePlan(convtCaseConfig(c));
    if (!p.ok) throw new Error(p.message);
    return p;
  };

  it('covers at least 30 cases: same and valid alone, crops, output padding, dilation', () => {
    expect(pickedT.length).toBeGreaterThanOrEqual(30);
    expect(pickedT.some((c) => c.pad === 'same')).toBe(true);
    expect(pickedT.some((c) => Array.isArray(c.pad))).toBe(true);
    expect(pickedT.some((c) => c.opad[0] > 0 || c.opad[1] > 0)).toBe(true);
    expect(pickedT.some((c) => c.dilation[0] > 1 || c.dilation[1] > 1)).toBe(true);
  });

  for (const c of pickedT) {
    it(c.name, async () => {
      const r = await runAsKerasLayers(planT(c));
      expect(r.shape).toEqual(c.expect!.outShape);
      const scale = Math.max(1, ...c.expect!.out.map(Math.abs));
      const diff = Math.max(0, ...c.expect!.out.map((v, i) => Math.abs(v - (r.values[i] ?? NaN))));
      expect(diff).toBeLessThanOrEqual(1e-5 * scale);
      expect(r.matches).toBe(true);
      expect(r.layers[0]).toBe('Conv2DTranspose');
    });
  }

  it("Keras same with no output padding is Conv2DTranspose(padding='same') alone; crops add Cropping2D", async () => {
    const base = { ...DEFAULT_CONFIG, op: 'convt' as const, input: { h: 4, w: 4 }, stride: { h: 2, w: 2 }, x: { kind: 'preset' as const, preset: 'random' as const } };
    const same = derivePlan({ ...base, pad: { kind: 'same' } });
    const cropped = derivePlan({ ...base, pad: { kind: 'explicit', top: 1, bottom: 0, left: 0, right: 2 } });
    if (!same.ok || !cropped.ok) throw new Error('test configs');
    expect((await runAsKerasLayers(same)).layers).toEqual(['Conv2DTranspose']);
    const r = await runAsKerasLayers(cropped);
    expect(r.layers).toEqual(['Conv2DTranspose', 'Cropping2D']);
    expect(r.matches).toBe(true);
  });

  it('refuses a grouped transposed convolution with the reason, leaving no tensor', async () => {
    const p = derivePlan({ ...DEFAULT_CONFIG, op: 'convt', channels: 2, filters: 2, groups: 2 });
    if (!p.ok) throw new Error(p.message);
    const before = liveTensors();
    await expect(runAsKerasLayers(p)).rejects.toThrow(/Conv2DTranspose has no groups/);
    expect(liveTensors()).toBe(before);
  });

  it('leaves no tensor behind', async () => {
    const c = pickedT.find((x) => Array.isArray(x.pad))!;
    await runAsKerasLayers(planT(c));
    const before = liveTensors();
    await runAsKerasLayers(planT(c));
    expect(liveTensors()).toBe(before);
  });
});

describe('Keras grouped convolutions: DepthwiseConv2D for one group per channel, refused otherwise', () => {
  const grouped = convtGoldenCases.filter((c) => c.expect && c.op === 'conv' && c.groups > 1);

  it('every depthwise golden case (g = C) through ZeroPadding2D + DepthwiseConv2D matches PyTorch', async () => {
    const depthwise = grouped.filter((c) => c.groups === c.channels && c.mode === 'zeros');
    expect(depthwise.length).toBeGreaterThanOrEqual(3);
    for (const c of depthwise) {
      const p = derivePlan(convtCaseConfig(c));
      if (!p.ok) throw new Error(p.message);
      const r = await runAsKerasLayers(p);
      expect(r.layers, c.name).toEqual(['ZeroPadding2D', 'DepthwiseConv2D']);
      expect(r.shape, c.name).toEqual(c.expect!.outShape);
      expect(r.matches, c.name).toBe(true);
    }
  });

  it('refuses groups of more than one channel with the reason (tfjs-layers Conv2D has no groups)', async () => {
    const p = derivePlan({ ...DEFAULT_CONFIG, channels: 4, filters: 2, groups: 2 });
    if (!p.ok) throw new Error(p.message);
    await expect(runAsKerasLayers(p)).rejects.toThrow(/no groups argument/);
  });

  it('a causal one-row layer is ZeroPadding2D (ke − 1 on the left) then Conv2D', async () => {
    const p = derivePlan({ ...DEFAULT_CONFIG, input: { h: 1, w: 10 }, kernel: { h: 1, w: 3 }, dilation: { h: 1, w: 2 }, pad: { kind: 'causal' }, x: { kind: 'preset', preset: 'random' } });
    if (!p.ok) throw new Error(p.message);
    const r = await runAsKerasLayers(p);
    expect(r.layers).toEqual(['ZeroPadding2D', 'Conv2D']);
    expect(r.shape).toEqual([1, 1, 10]);
    expect(r.matches).toBe(true);
  });
});
