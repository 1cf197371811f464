import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER, defaultLayer, type NetLayer, type Network } from './netLayer';
import { cleanInputs } from './cleanInputs';
import { netFootprint } from './netFootprint';
import { deriveNet, netOutput } from './netPlan';
import { checkSkips } from './netSkips';

const layer = (patch: Partial<NetLayer>): NetLayer => ({ ...defaultLayer(patch.op ?? 'conv'), ...patch });
const explicit = (p: number) => ({ kind: 'explicit' as const, top: p, bottom: p, left: p, right: p });
const net = (n: number, layers: NetLayer[], extra: Partial<Network> = {}): Network => ({ input: { h: n, w: n }, channels: 3, layers, skips: [], seed: 1, framework: 'torch', ...extra });

const resnetStem = [layer({ kernel: { h: 7, w: 7 }, stride: { h: 2, w: 2 }, pad: explicit(3), filters: 64 }), layer({ op: 'maxpool', kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: explicit(1) })];

describe('deriveNet', () => {
  it("gives AlexNet conv1's 54 on 224 and 55 on 227 (⌊(n − 11)/4⌋ + 1)", () => {
    const alex = [layer({ kernel: { h: 11, w: 11 }, stride: { h: 4, w: 4 }, pad: { kind: 'valid' }, filters: 96 })];
    expect(netOutput(deriveNet(net(224, alex)))).toEqual([96, 54, 54]);
    expect(netOutput(deriveNet(net(227, alex)))).toEqual([96, 55, 55]);
    // 224 − 11 = 213 = 4·53 + 1: floor drops the last row and column.
    expect(deriveNet(net(224, alex)).layers[0]?.dropped).toEqual({ h: 1, w: 1 });
    expect(deriveNet(net(227, alex)).layers[0]?.dropped).toEqual({ h: 0, w: 0 });
  });

  it('follows a ResNet stem: 224 → 112 → 56, each layer dropping one row (223 and 111 are odd)', () => {
    const plan = deriveNet(net(224, resnetStem));
    expect(plan.failure).toBeNull();
    expect(plan.layers.map((l) => [l.in, l.out, l.pads, l.dropped.h])).toEqual([
      [[3, 224, 224], [64, 112, 112], [3, 3, 3, 3], 1],
      [[64, 112, 112], [64, 56, 56], [1, 1, 1, 1], 1],
    ]);
  });

  it('computes the receptive field recurrences: 7 then 11 after the stem, jump 2 then 4, centred on cell 0', () => {
    const [conv, pool] = deriveNet(net(224, resnetStem)).layers;
    expect(conv?.field?.h).toEqual({ r: 7, j: 2, u: 0 });
    expect(pool?.field?.w).toEqual({ r: 11, j: 4, u: 0 });
  });

  it('sets the field to null from a transposed convolution on', () => {
    const layers = [layer({ op: 'convt', kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, pad: explicit(0) }), layer({})];
    const plan = deriveNet(net(8, layers));
    expect(plan.layers.map((l) => l.out)).toEqual([[1, 16, 16], [1, 16, 16]]);
    expect(plan.layers.map((l) => l.field)).toEqual([null, null]);
  });

  it('stops at the first layer that cannot run, keeping the layers before it', () => {
    const layers = [layer({ kernel: { h: 5, w: 5 }, pad: { kind: 'valid' } }), layer({ kernel: { h: 5, w: 5 }, pad: { kind: 'valid' } })];
    const plan = deriveNet(net(6, layers));
    expect(plan.layers).toHaveLength(1);
    expect(plan.failure?.layer).toBe(2);
    expect(plan.failure?.invalid.code).toBe('empty-output');
  });

  it('checks channels against the groups rule with the real counts (not the one-channel shape plan)', () => {
    const plan = deriveNet(net(8, [layer({ filters: 8, groups: 2 })], { channels: 3 }));
    expect(plan.failure?.invalid.code).toBe('groups');
    expect(deriveNet(net(8, [layer({ filters: 8, groups: 4 })], { channels: 4 })).failure).toBeNull();
  });

  it('takes sizes up to 512 and channels up to 256 (the network limits), and refuses past them', () => {
    expect(netOutput(deriveNet(net(512, [layer({ filters: 256 })], { channels: 256 })))).toEqual([256, 512, 512]);
    expect(deriveNet(net(8, [layer({ filters: 257 })])).failure?.invalid.code).toBe('limit');
  });
});

describe('skip pairs', () => {
  // A one-level U-Net on 37: conv (same) → pool 2 (37 → 18, a row dropped) → conv → convt k2 s2 (18 → 36).
  const unet = [
    layer({ filters: 8 }),
    layer({ op: 'maxpool', kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, pad: explicit(0) }),
    layer({ filters: 16 }),
    layer({ op: 'convt', kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, pad: explicit(0), filters: 8 }),
  ];
  const network = net(37, unet, { skips: [{ from: 1, to: 4 }] });

  it('finds the mismatch and the fixes: output_padding 1 on the convt, pad the smaller, crop the larger', () => {
    const [check] = checkSkips(deriveNet(network));
    expect(check?.matches).toBe(false);
    expect(check?.diff).toEqual({ h: -1, w: -1 });
    expect(check?.fixes).toEqual([
      { kind: 'opad', edit: { layer: 4, patch: { opad: { h: 1, w: 1 } } } },
      { kind: 'pad', side: 4, pads: [0, 1, 0, 1] },
      { kind: 'crop', side: 1, pads: [0, 1, 0, 1] },
    ]);
  });

  it('offers ceil_mode where it is the fix (a pool before a stride-2 transposed conv with a crop)', () => {
    // 37 → ceil pool → 19 → convt k2 s2 crop 0.1 (PyTorch output 38 − 1) → 37.
    const layers = [...unet.slice(0, 3), { ...(unet[3] as NetLayer), pad: { kind: 'explicit' as const, top: 0, bottom: 1, left: 0, right: 1 } }];
    const [check] = checkSkips(deriveNet({ ...network, layers }));
    expect(check?.fixes.filter((f) => f.kind === 'ceil')).toEqual([{ kind: 'ceil', edit: { layer: 2, patch: { ceil: true } } }]);
  });

  it('finds the nearest clean input sizes (36 and 38: even, so the pool drops nothing)', () => {
    const clean = cleanInputs(network);
    expect(clean.h).toEqual({ clean: false, below: 36, above: 38 });
    expect(clean.w).toEqual({ clean: false, below: 36, above: 38 });
    expect(cleanInputs({ ...network, input: { h: 36, w: 36 } }).h.clean).toBe(true);
  });

  it('says a pair matches with no fixes when the sizes agree', () => {
    const [check] = checkSkips(deriveNet({ ...network, input: { h: 40, w: 40 } }));
    expect(check).toMatchObject({ matches: true, fixes: [] });
  });
});

describe('receptive field footprints', () => {
  it('keeps the holes of a dilated kernel: k3 d2 same reads cells −2, 0, 2 for output 0', () => {
    const plan = deriveNet(net(9, [layer({ dilation: { h: 2, w: 2 } })]));
    expect(netFootprint(plan, 1, 0, 4)?.levels[0]).toEqual({ h: [-2, 0, 2], w: [2, 4, 6], reach: { h: [0, 2], w: [2, 4, 6] } });
  });

  it("does not follow a hidden layer's zero padding: two k3 p1 convs (the second stride 2) reach rows 0..2, not the recurrence's −2..2", () => {
    const plan = deriveNet(net(8, [layer({ pad: explicit(1) }), layer({ stride: { h: 2, w: 2 }, pad: explicit(1) })]));
    const levels = netFootprint(plan, 2, 0, 0)?.levels;
    // Output 0 of layer 2 reads level-1 rows −1 (zero padding), 0, 1; those read input rows −1..2.
    expect(levels?.[1]).toMatchObject({ h: [-1, 0, 1], reach: { h: [0, 1] } });
    expect(levels?.[0]).toMatchObject({ h: [-1, 0, 1, 2], reach: { h: [0, 1, 2] } });
    expect(plan.layers[1]?.field?.h).toEqual({ r: 5, j: 2, u: 0 });
  });

  it('follows what a padding mode copies: circular padding makes the last row reach output 0', () => {
    const plan = deriveNet(net(4, [layer({ pad: explicit(1), mode: 'circular' })]));
    expect(netFootprint(plan, 1, 0, 0)?.levels[0]).toMatchObject({ h: [-1, 0, 1], reach: { h: [0, 1, 3] } });
  });

  it('spans exactly the recurrences without padding, and lies within them with it', () => {
    const anyLayer = fc.record({
      op: fc.constantFrom('conv' as const, 'maxpool' as const, 'avgpool' as const),
      k: fc.integer({ min: 1, max: 5 }),
      s: fc.integer({ min: 1, max: 3 }),
      d: fc.integer({ min: 1, max: 3 }),
      p: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(anyLayer, { minLength: 1, maxLength: 5 }), fc.integer({ min: 16, max: 64 }), fc.boolean(), (specs, n, padded) => {
        const layers = specs.map((s) =>
          layer({
            op: s.op,
            kernel: { h: s.k, w: s.k },
            stride: { h: s.s, w: s.s },
            dilation: { h: s.op === 'avgpool' ? 1 : s.d, w: 1 },
            pad: explicit(padded ? Math.min(s.p, Math.floor(s.k / 2)) : 0),
          }),
        );
        const plan = deriveNet(net(n, layers));
        if (plan.failure) return;
        const f = plan.layers[plan.layers.length - 1]?.field?.h;
        const cells = netFootprint(plan, layers.length, 0, 0)?.levels[0]?.h ?? [];
        // With padding, a cell may read padding only (no input reaches it): nothing to span.
        if (padded && cells.length === 0) return;
        const lo = cells[0] as number;
        const hi = cells[cells.length - 1] as number;
        if (!f) throw new Error('no field');
        if (!padded) {
          expect(hi - lo + 1).toBe(f.r);
          expect((lo + hi) / 2).toBe(f.u);
        } else {
          expect(lo).toBeGreaterThanOrEqual(f.u - (f.r - 1) / 2);
          expect(hi).toBeLessThanOrEqual(f.u + (f.r - 1) / 2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is null past a transposed convolution', () => {
    const plan = deriveNet(net(8, [layer({ op: 'convt', stride: { h: 2, w: 2 }, pad: explicit(1) })]));
    expect(netFootprint(plan, 1, 0, 0)).toBeNull();
    expect(netFootprint(plan, 0, 0, 0)?.levels).toEqual([{ h: [0], w: [0], reach: { h: [0], w: [0] } }]);
  });
});

it('the default layer is the design defaults (k3, same, one filter)', () => {
  expect(DEFAULT_LAYER).toMatchObject({ op: 'conv', kernel: { h: 3, w: 3 }, pad: { kind: 'same' }, filters: 1 });
});
