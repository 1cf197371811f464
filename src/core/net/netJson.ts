/**
 * A derived layer as design.md's `net-json` DOM contract writes it: one place
 * for the page's data panel and the tests that compare it with the goldens.
 */
import type { Pads } from '../config';
import type { Shape } from './netLayer';
import type { NetLayerPlan } from './netPlan';

export interface NetJsonLayer {
  readonly op: NetLayerPlan['layer']['op'];
  readonly in: Shape;
  readonly out: Shape;
  /** `[T, B, L, R]`; a convt's crops. */
  readonly pads: Pads;
  /** `[RH, RW]`, `[JH, JW]`, `[UH, UW]` (the recurrences' r, j, u per axis); null from a convt on. */
  readonly rf: readonly [number, number] | null;
  readonly jump: readonly [number, number] | null;
  readonly start: readonly [number, number] | null;
}

export function netJsonLayer(l: NetLayerPlan): NetJsonLayer {
  const f = l.field;
  return {
    op: l.layer.op,
    in: l.in,
    out: l.out,
    pads: l.pads,
    rf: f ? [f.h.r, f.w.r] : null,
    jump: f ? [f.h.j, f.w.j] : null,
    start: f ? [f.h.u, f.w.u] : null,
  };
}
