/**
 * How every golden file (golden/conv2d.json, pool2d.json, convt2d.json)
 * writes its shared fields, read back once for the typed loaders and the
 * links that open a case: `[h, w]` pairs and the pad, a border name or
 * explicit `[top, bottom, left, right]` sides.
 */
import type { PadKind, PadSpec } from '../core';

/** `[top, bottom, left, right]`, in cells. */
export type Sides = [number, number, number, number];

/** An `[h, w]` pair, in cells. */
export type HW = [number, number];

/** A golden case's `pad`: a border name, or explicit sides. */
export type GoldenPad = Exclude<PadKind, 'explicit'> | Sides;

/** The PadSpec a golden `pad` describes. */
export function goldenPadSpec(pad: GoldenPad): PadSpec {
  if (typeof pad === 'string') return { kind: pad };
  const [top, bottom, left, right] = pad;
  return { kind: 'explicit', top, bottom, left, right };
}

/** A golden `[h, w]` pair as the Config's `{ h, w }`. */
export const hwOf = (p: HW): { h: number; w: number } => ({ h: p[0], w: p[1] });

/** A pair as the URL writes it (`HxW`, design.md's URL schema). */
export const pairQuery = (p: HW): string => `${p[0]}x${p[1]}`;

/** A pad as the URL writes it: the name, or `T,B,L,R`. */
export const padQuery = (pad: GoldenPad): string => (typeof pad === 'string' ? pad : pad.join(','));
