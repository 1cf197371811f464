/**
 * The network derivation and the float64 reference chain against every
 * golden network (golden/net.json: shapes from real PyTorch modules chained
 * in an nn.Sequential, receptive fields from the recurrences checked by
 * brute force in the generator, outputs from PyTorch for the seeded input).
 * Each network is read by the page's own `net=` codec.
 */
import { describe, expect, it } from 'vitest';
import { netCaseNetwork, netGoldenCases } from '../../testing/netGolden';
import { netJsonLayer } from './netJson';
import { deriveNet } from './netPlan';
import { netReference } from './netValues';

describe('network derivation vs golden networks', () => {
  for (const c of netGoldenCases) {
    it(`${c.name} (${c.in}, ${c.net})`, () => {
      const net = deriveNet(netCaseNetwork(c));
      expect(net.layers.map(netJsonLayer)).toEqual(c.layers);
      if (c.invalid) {
        expect(net.failure).toMatchObject({ layer: c.invalid.layer, invalid: { code: c.invalid.code } });
        return;
      }
      expect(net.failure).toBeNull();
      expect(net.layers[net.layers.length - 1]?.out).toEqual(c.output?.shape);
      const expected = c.output?.values;
      if (!expected) return;
      const ref = netReference(net);
      if (!('outputs' in ref)) throw new Error(ref.invalid.message);
      const got = ref.outputs[ref.outputs.length - 1] ?? [];
      const want = expected.map((v) => (v === null ? -Infinity : v));
      const scale = Math.max(1, ...want.filter(Number.isFinite).map(Math.abs));
      expect(got).toHaveLength(want.length);
      got.forEach((v, i) => {
        if (!Number.isFinite(want[i] as number)) expect(v).toBe(want[i]);
        else expect(Math.abs(v - (want[i] as number))).toBeLessThanOrEqual(1e-9 * scale);
      });
    });
  }
});
