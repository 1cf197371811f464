/**
 * One layer of a network (design.md, "Network view" and URL key `net`): the
 * fields of a single-layer Config that belong to the layer itself. The input
 * size and channels are not here: they are the previous layer's output (or
 * the network's input), so a layer never disagrees with its neighbour.
 */
import { DEFAULT_CONFIG, defaultStride, type Config, type Pair } from '../config';

/** The fields a network layer carries; every other Config field comes from the network. */
export const LAYER_FIELDS = ['op', 'kernel', 'stride', 'dilation', 'pad', 'mode', 'cval', 'filters', 'groups', 'opad', 'ceil', 'cip'] as const;
export type LayerField = (typeof LAYER_FIELDS)[number];

/** One layer: a conv, convt, maxpool or avgpool with its own settings. */
export type NetLayer = Pick<Config, LayerField>;

/** A feature map's shape: channels, then rows, then columns (PyTorch's `C×H×W`, batch dropped). */
export type Shape = readonly [c: number, h: number, w: number];

/**
 * A skip connection (U-Net): the output of layer `from` is joined to the
 * output of layer `to` (concatenated or added), so their H×W must agree.
 * Layers are numbered from 1; 0 is the network's input.
 */
export interface SkipPair {
  readonly from: number;
  readonly to: number;
}

/** A whole network as the URL gives it (`in`, `c`, `net`, `skip`, `seed`, `fw`). */
export interface Network {
  /** Input size in cells. */
  readonly input: Pair;
  /** Input channels. */
  readonly channels: number;
  readonly layers: readonly NetLayer[];
  readonly skips: readonly SkipPair[];
  /** Seed of the input (`random` preset) and of every layer's weights (`seedOfLayer`). */
  readonly seed: number;
  /** Whose rules decide `same` and the limits (design.md `fw`). */
  readonly framework: Config['framework'];
}

/** The most layers a network holds (design.md `net`). */
export const MAX_LAYERS = 16;

/** A fresh conv layer, as the "Add layer" button makes it: the design defaults (`k3`, `psame`, one filter). */
export const DEFAULT_LAYER: NetLayer = {
  op: 'conv',
  kernel: DEFAULT_CONFIG.kernel,
  stride: DEFAULT_CONFIG.stride,
  dilation: DEFAULT_CONFIG.dilation,
  pad: DEFAULT_CONFIG.pad,
  mode: DEFAULT_CONFIG.mode,
  cval: DEFAULT_CONFIG.cval,
  filters: DEFAULT_CONFIG.filters,
  groups: DEFAULT_CONFIG.groups,
  opad: DEFAULT_CONFIG.opad,
  ceil: DEFAULT_CONFIG.ceil,
  cip: DEFAULT_CONFIG.cip,
};

/** A layer of operation `op` with the defaults, the stride following the operation (a pool strides its kernel). */
export function defaultLayer(op: NetLayer['op']): NetLayer {
  const base = { ...DEFAULT_LAYER, op };
  return { ...base, stride: defaultStride(base) };
}

/** The layer's fields picked out of a single-layer Config (the way back from the single-layer view). */
export function layerOfConfig(config: Config): NetLayer {
  const out: Partial<Record<LayerField, unknown>> = {};
  for (const key of LAYER_FIELDS) out[key] = config[key];
  return out as NetLayer;
}

/**
 * The seed of layer `index`'s weights (0-based): the network's seed plus the
 * index, so layer i's weights are exactly the single-layer view's
 * `w=random&seed=<seed+i>` (core/presets.ts `kernelPreset`), and a layer
 * opened on its own shows the weights the network ran.
 */
export function seedOfLayer(seed: number, index: number): number {
  return (seed + index) >>> 0;
}
