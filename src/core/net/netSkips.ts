/**
 * Skip connections (U-Net): whether the two joined feature maps agree in
 * H×W, and the fixes a user can apply — pad the smaller, crop the larger,
 * an `output_padding` or `ceil_mode` on a layer between them, or an input
 * size for which the whole network is clean (`cleanInputs.ts`).
 */
import { isPool, type Axis, type Pads, type Pair } from '../config';
import { LIMITS } from '../limits';
import { outputPaddingAllowed } from '../transposedAxis';
import type { NetLayer, Network, Shape, SkipPair } from './netLayer';
import { deriveNet, shapeAt, type NetPlan } from './netPlan';

/** A change to one layer (1-based `layer`) that makes a skip pair agree. */
export interface LayerEdit {
  readonly layer: number;
  readonly patch: Partial<NetLayer>;
}

export type SkipFix =
  /** Pad `side`'s feature map by `pads` `[T,B,L,R]` (PyTorch `F.pad(x, (L, R, T, B))`), the smaller one. */
  | { readonly kind: 'pad'; readonly side: number; readonly pads: Pads }
  /** Crop `pads` `[T,B,L,R]` off `side`'s feature map (the U-Net paper's centre crop), the larger one. */
  | { readonly kind: 'crop'; readonly side: number; readonly pads: Pads }
  /** A transposed convolution's `output_padding`, or a pool's `ceil_mode`. */
  | { readonly kind: 'opad' | 'ceil'; readonly edit: LayerEdit };

export interface SkipCheck {
  readonly pair: SkipPair;
  /** The two shapes, `[C, H, W]`; null when a layer up to there cannot run. */
  readonly from: Shape | null;
  readonly to: Shape | null;
  /** True when H and W agree (channels may differ: a concatenation joins them). */
  readonly matches: boolean;
  /** `to − from` per axis, in cells. */
  readonly diff: Pair;
  readonly fixes: readonly SkipFix[];
}

/** Splits `d` cells over both sides, the extra one after, as milesial's U-Net pads (`diff // 2, diff - diff // 2`). */
function split(d: number): [number, number] {
  return [Math.floor(d / 2), d - Math.floor(d / 2)];
}

/** `[T,B,L,R]` covering the positive parts of `dh`, `dw`. */
function sides(dh: number, dw: number): Pads {
  const [t, b] = split(Math.max(dh, 0));
  const [l, r] = split(Math.max(dw, 0));
  return [t, b, l, r];
}

/** Pad and crop fixes: per side, the axes on which that side is the smaller (pad) or larger (crop). */
function padCropFixes(pair: SkipPair, diff: Pair): SkipFix[] {
  const fixes: SkipFix[] = [];
  // `to` smaller than `from` where diff < 0: pad `to`, or crop `from`.
  if (diff.h < 0 || diff.w < 0) {
    fixes.push({ kind: 'pad', side: pair.to, pads: sides(-diff.h, -diff.w) });
    fixes.push({ kind: 'crop', side: pair.from, pads: sides(-diff.h, -diff.w) });
  }
  if (diff.h > 0 || diff.w > 0) {
    fixes.push({ kind: 'pad', side: pair.from, pads: sides(diff.h, diff.w) });
    fixes.push({ kind: 'crop', side: pair.to, pads: sides(diff.h, diff.w) });
  }
  return fixes;
}

/** The axes on which `pair` agrees once `edit` is applied (none when a layer then cannot run). */
function agreeingAxes(network: Network, pair: SkipPair, edit: LayerEdit): Readonly<Record<Axis, boolean>> {
  const layers = network.layers.map((l, i) => (i + 1 === edit.layer ? { ...l, ...edit.patch } : l));
  const net = deriveNet({ ...network, layers });
  const a = net.failure ? null : shapeAt(net, pair.from);
  const b = net.failure ? null : shapeAt(net, pair.to);
  return { h: !!a && !!b && a[1] === b[1], w: !!a && !!b && a[2] === b[2] };
}

/**
 * The output padding of convt layer `index` that makes the pair agree, or
 * null. The axes are derived independently, so each axis's value is found
 * with the other held (at most 2·8 derivations, not 8·8), then the pair is
 * checked once with both.
 */
function opadFix(network: Network, pair: SkipPair, index: number, layer: NetLayer): LayerEdit | null {
  const allowed = (axis: Axis): number[] =>
    Array.from({ length: LIMITS.opad.max + 1 }, (_, q) => q).filter((q) => outputPaddingAllowed(layer.pad.kind, layer.stride[axis], layer.dilation[axis], q));
  const now = agreeingAxes(network, pair, { layer: index, patch: {} });
  const pick = (axis: Axis): number | null => {
    if (now[axis]) return layer.opad[axis];
    const q = allowed(axis).find((v) => v !== layer.opad[axis] && agreeingAxes(network, pair, { layer: index, patch: { opad: { ...layer.opad, [axis]: v } } })[axis]);
    return q ?? null;
  };
  const h = pick('h');
  const w = pick('w');
  if (h === null || w === null || (h === layer.opad.h && w === layer.opad.w)) return null;
  const edit = { layer: index, patch: { opad: { h, w } } };
  const both = agreeingAxes(network, pair, edit);
  return both.h && both.w ? edit : null;
}

/** One-layer edits between the pair that make it agree: a convt's output padding, a pool's ceil_mode toggled. */
function layerFixes(network: Network, pair: SkipPair): LayerEdit[] {
  const edits: LayerEdit[] = [];
  const lo = Math.min(pair.from, pair.to);
  const hi = Math.max(pair.from, pair.to);
  for (let i = lo + 1; i <= hi; i += 1) {
    const layer = network.layers[i - 1];
    if (!layer) continue;
    if (isPool(layer.op)) {
      const edit = { layer: i, patch: { ceil: !layer.ceil } };
      const agree = agreeingAxes(network, pair, edit);
      if (agree.h && agree.w) edits.push(edit);
    }
    const opad = layer.op === 'convt' ? opadFix(network, pair, i, layer) : null;
    if (opad) edits.push(opad);
  }
  return edits;
}

/** Checks one skip pair of a derived network and lists its fixes (none when it already agrees). */
export function checkSkip(net: NetPlan, pair: SkipPair): SkipCheck {
  const from = shapeAt(net, pair.from);
  const to = shapeAt(net, pair.to);
  if (!from || !to) return { pair, from, to, matches: false, diff: { h: 0, w: 0 }, fixes: [] };
  const diff = { h: to[1] - from[1], w: to[2] - from[2] };
  const matches = diff.h === 0 && diff.w === 0;
  if (matches) return { pair, from, to, matches, diff, fixes: [] };
  const edits: SkipFix[] = layerFixes(net.network, pair).map((edit) => ({ kind: edit.patch.opad ? 'opad' : 'ceil', edit }));
  return { pair, from, to, matches, diff, fixes: [...edits, ...padCropFixes(pair, diff)] };
}

const checked = new WeakMap<NetPlan, readonly SkipCheck[]>();

/**
 * Every skip pair of the network, checked: once per NetPlan (a fix search
 * derives the network again per candidate, and the skip panel and the
 * summary both ask).
 */
export function checkSkips(net: NetPlan): readonly SkipCheck[] {
  let checks = checked.get(net);
  if (!checks) {
    checks = net.network.skips.map((pair) => checkSkip(net, pair));
    checked.set(net, checks);
  }
  return checks;
}

