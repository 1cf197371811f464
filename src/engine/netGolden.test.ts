/**
 * Whole networks on the tfjs CPU backend in Node against the golden networks
 * (golden/net.json, PyTorch float64): each layer's tfjs output is the next
 * layer's input (engine/runNet.ts), so the last output is the stack's as
 * tfjs computes it; it must agree with PyTorch, and the engine's own
 * verdict (against the core reference chain) must say it matches.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveNet, maxAbsDiff } from '../core';
import { netCaseNetwork, valuedNetCases } from '../testing/netGolden';
import { startBackend } from './backend';
import { runNet } from './runNet';
import { liveTensors } from './runPlan';

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('engine vs golden networks (tfjs cpu)', () => {
  for (const c of valuedNetCases()) {
    it(`${c.name} (${c.in}, ${c.net})`, async () => {
      const before = liveTensors();
      const r = await runNet(deriveNet(netCaseNetwork(c)));
      expect(r.shape).toEqual(c.output?.shape);
      const want = (c.output?.values ?? []).map((v) => (v === null ? -Infinity : v));
      // The goldens keep every value within ±1e6 and integral until a pool averages: float32 is
      // exact but for the summation order and the averages' divisions.
      expect(maxAbsDiff(r.values, want)).toBeLessThanOrEqual(1e-5 * r.scale);
      expect(r.matches).toBe(true);
      expect(liveTensors()).toBe(before);
    });
  }
});
