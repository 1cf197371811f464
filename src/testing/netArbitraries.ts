/** fast-check generators of network layers and skip pairs: any value the network view can hold. */
import fc from 'fast-check';
import { MAX_LAYERS, OPERATIONS, PAD_MODES, type NetLayer, type PadSpec, type SkipPair } from '../core';

const pair = (min: number, max: number) => fc.record({ h: fc.integer({ min, max }), w: fc.integer({ min, max }) });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));

export const padSpecArb: fc.Arbitrary<PadSpec> = fc.oneof(
  fc.constantFrom(...(['valid', 'same', 'same-lower', 'full', 'half', 'causal'] as const)).map((kind) => ({ kind })),
  fc.record({ kind: fc.constant('explicit' as const), top: fc.nat(32), bottom: fc.nat(32), left: fc.nat(32), right: fc.nat(32) }),
);

/** Any layer, with every field within the network view's limits. */
export const netLayerArb: fc.Arbitrary<NetLayer> = fc.record({
  op: fc.constantFrom(...OPERATIONS),
  kernel: pair(1, 15),
  stride: pair(1, 8),
  dilation: pair(1, 8),
  pad: padSpecArb,
  mode: fc.constantFrom(...PAD_MODES),
  cval: finite,
  filters: fc.integer({ min: 1, max: 256 }),
  groups: fc.integer({ min: 1, max: 256 }),
  opad: pair(0, 7),
  ceil: fc.boolean(),
  cip: fc.boolean(),
});

/** Skip pairs `from < to` within the layer limit. */
export const skipsArb: fc.Arbitrary<SkipPair[]> = fc.array(
  fc.tuple(fc.integer({ min: 0, max: MAX_LAYERS }), fc.integer({ min: 0, max: MAX_LAYERS })).filter(([a, b]) => a !== b).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  { maxLength: 4 },
);
