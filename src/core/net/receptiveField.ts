/**
 * Receptive fields through a stack (design.md, "Network view"; Araujo et al.,
 * Distill 2019), per axis: the recurrence for the summary columns, and the
 * exact set of cells one output cell reads at every level, for the drawing.
 * Dilation leaves holes in a window, so the exact set is not always the
 * interval the recurrence's `rf` spans: both are shown.
 */
import type { DerivedAxis } from '../axisDerivation';

/** The recurrence's state on one axis after a layer: size `r`, jump `j`, centre of output cell 0 `u` (input cells). */
export interface AxisField {
  readonly r: number;
  readonly j: number;
  readonly u: number;
}

export type FieldState = Readonly<Record<'h' | 'w', AxisField>>;

/** `r += (ke−1)·j`, `u += ((ke−1)/2 − pb)·j`, `j *= s`: one conv or pool layer on one axis. */
export function nextField(prev: AxisField, axis: Pick<DerivedAxis, 'ke' | 'before' | 's'>): AxisField {
  return {
    r: prev.r + (axis.ke - 1) * prev.j,
    u: prev.u + ((axis.ke - 1) / 2 - axis.before) * prev.j,
    j: prev.j * axis.s,
  };
}

/** What one layer's window does on one axis: output `o` reads `o·s − before + t·d` for taps `t` in `0..k−1`. */
export interface AxisWindow {
  readonly k: number;
  readonly s: number;
  readonly d: number;
  readonly before: number;
}

/**
 * The cells (in the layer's input coordinates, before padding: negative or
 * `≥ n` means padding) that the outputs `cells` of one layer read. Sorted,
 * without repeats.
 */
export function readCells(cells: readonly number[], w: AxisWindow): number[] {
  const out = new Set<number>();
  for (const o of cells) for (let t = 0; t < w.k; t += 1) out.add(o * w.s - w.before + t * w.d);
  return [...out].sort((a, b) => a - b);
}

/**
 * The exact footprint of cell `index` of the output of the last window in
 * `windows` (applied in order: windows[0] reads the input), on one axis, at
 * every level from that output back to the input: `levels[0]` is the input's
 * cells, `levels[windows.length]` is `[index]`.
 */
export function footprint(windows: readonly AxisWindow[], index: number): number[][] {
  const levels: number[][] = [[index]];
  for (let i = windows.length - 1; i >= 0; i -= 1) levels.unshift(readCells(levels[0] as number[], windows[i] as AxisWindow));
  return levels;
}
