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

/** Whether `pair` agrees in the network derived from `network` with `edit` applied. */
function agreesWith(network: Network, pair: SkipPair, edit: LayerEdit): boolean {
  const layers = network.layers.map((l, i) => (i + 1 === edit.layer ? { ...l, ...edit.patch } : l));
  const net = deriveNet({ ...network, layers });
  if (net.failure) return false;
  const a = shapeAt(net, pair.from);
  const b = shapeAt(net, pair.to);
  return !!a && !!b && a[1] === b[1] && a[2] === b[2];
}

/** Candidate one-layer edits between the pair: each convt's allowed output paddings, each pool's ceil_mode toggled. */
function candidateEdits(network: Network, pair: SkipPair): LayerEdit[] {
  const edits: LayerEdit[] = [];
  const lo = Math.min(pair.from, pair.to);
  const hi = Math.max(pair.from, pair.to);
  for (let i = lo + 1; i <= hi; i += 1) {
    const layer = network.layers[i - 1];
    if (!layer) continue;
    if (isPool(layer.op)) edits.push({ layer: i, patch: { ceil: !layer.ceil } });
    if (layer.op !== 'convt') continue;
    const allowed = (axis: Axis): number[] =>
      Array.from({ length: LIMITS.opad.max + 1 }, (_, q) => q).filter((q) => outputPaddingAllowed(layer.pad.kind, layer.stride[axis], layer.dilation[axis], q));
    for (const h of allowed('h')) for (const w of allowed('w')) if (h !== layer.opad.h || w !== layer.opad.w) edits.push({ layer: i, patch: { opad: { h, w } } });
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
  const edits = candidateEdits(net.network, pair).filter((e) => agreesWith(net.network, pair, e));
  const layerFixes: SkipFix[] = edits.map((edit) => ({ kind: edit.patch.opad ? 'opad' : 'ceil', edit }));
  return { pair, from, to, matches, diff, fixes: [...layerFixes, ...padCropFixes(pair, diff)] };
}

/** Every skip pair of the network, checked. */
export function checkSkips(net: NetPlan): SkipCheck[] {
  return net.network.skips.map((pair) => checkSkip(net, pair));
}

