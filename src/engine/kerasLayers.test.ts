/**
 * runAsKerasLayers on the tfjs CPU backend in Node: a spread of the PyTorch
 * golden vectors over every padding mode (ZeroPadding2D for zeros, the gather
 * layer otherwise), stride with dilation, true convolution, and tensor hygiene.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAD_MODES } from '../core';
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
