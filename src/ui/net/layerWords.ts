/**
 * The words the layer table and the skip pairs use for what core derived:
 * shapes, pads, what `floor` drops, a removed `ceil_mode` window, the
 * receptive-field recurrence. Plain functions of core's values (no
 * arithmetic of their own), so the table, the skip cards and the tests agree.
 */
import type { NetLayerPlan, Pads, Shape } from '../../core';

/** `C×H×W`, PyTorch's order with the batch dropped. */
export function shapeText(s: Shape): string {
  return `${s[0]}×${s[1]}×${s[2]}`;
}

/** `H×W` of a shape (what a skip pair compares). */
export function sizeText(s: Shape): string {
  return `${s[1]}×${s[2]}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "1 row, 2 columns" for the positive parts; empty when both are 0. */
export function rowsCols(h: number, w: number): string {
  return [h > 0 ? plural(h, 'row') : '', w > 0 ? plural(w, 'column') : ''].filter(Boolean).join(', ');
}

/** `[T,B,L,R]` as the table shows it; a transposed convolution's are crops of its uncropped output. */
export function padsText(layer: NetLayerPlan): string {
  const text = layer.pads.join(',');
  return layer.layer.op === 'convt' ? `crop ${text}` : text;
}

/**
 * The marks of a layer: trailing rows/columns no window reads ("floor drops
 * 1 row, 1 column") and a `ceil_mode` window PyTorch's last-window rule removed.
 */
export function layerMarks(layer: NetLayerPlan): string[] {
  const marks: string[] = [];
  const dropped = rowsCols(layer.dropped.h, layer.dropped.w);
  if (dropped) marks.push(`floor drops ${dropped}`);
  const removed = [layer.removed.h ? 'rows' : '', layer.removed.w ? 'columns' : ''].filter(Boolean).join(' and ');
  if (removed) marks.push(`ceil_mode: last window over ${removed} removed (it would start in the padding)`);
  return marks;
}

/** The receptive-field columns: size, jump and start per axis (`H×W`), or why there are none. */
export function fieldText(layer: NetLayerPlan): { rf: string; jump: string; start: string } | null {
  const f = layer.field;
  if (!f) return null;
  const pair = (h: number, w: number) => (h === w ? `${h}` : `${h}×${w}`);
  return { rf: pair(f.h.r, f.w.r), jump: pair(f.h.j, f.w.j), start: pair(f.h.u, f.w.u) };
}

/** PyTorch's call that pads `[T,B,L,R]` (its tuple runs last axis first: left, right, top, bottom). */
export function padCode(pads: Pads): string {
  const [t, b, l, r] = pads;
  return `F.pad(x, (${l}, ${r}, ${t}, ${b}))`;
}

/** A slice that crops `[T,B,L,R]` off a feature map of `shape` (NCHW). */
export function cropCode(pads: Pads, shape: Shape): string {
  const [t, b, l, r] = pads;
  return `x[:, :, ${t}:${shape[1] - b}, ${l}:${shape[2] - r}]`;
}
