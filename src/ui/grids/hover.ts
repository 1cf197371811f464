/** The store's hover, checked against the current plan (a hover left from another plan is ignored). */
import type { Plan } from '../../core';
import type { HoverTarget } from '../../state/store';
import type { Cell } from '../../render/layout';

export function validHover(plan: Plan, hover: HoverTarget | null): HoverTarget | null {
  if (!hover) return null;
  const rows = hover.grid === 'padded' ? plan.h.padded : plan.h.out;
  const cols = hover.grid === 'padded' ? plan.w.padded : plan.w.out;
  return hover.row >= 0 && hover.col >= 0 && hover.row < rows && hover.col < cols ? hover : null;
}

/** The hovered cell of one grid, or null. */
export function hoverOn(hover: HoverTarget | null, grid: HoverTarget['grid']): Cell | null {
  return hover && hover.grid === grid ? { row: hover.row, col: hover.col } : null;
}

/** Clamps a picked channel/filter index to `[0, count)`. */
export function clampIndex(i: number, count: number): number {
  return Math.min(Math.max(0, Math.floor(i)), count - 1);
}
