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

/**
 * What one layer's window does on one axis: output `o` reads padded position
 * `o·s + t·d` for taps `t` in `0..k−1`, i.e. input coordinate
 * `o·s − before + t·d`; `source[p]` is what padded position `p` holds (an
 * input index, or −1 for a constant: zeros, a pool's −∞, the ceil overhang).
 */
export interface AxisWindow {
  readonly k: number;
  readonly s: number;
  readonly d: number;
  readonly before: number;
  readonly source: readonly number[];
}

/**
 * The positions (in the layer's input coordinates, before padding: negative
 * or `≥ n` means padding) that the outputs `cells` of one layer read. Sorted,
 * without repeats.
 */
export function readCells(cells: readonly number[], w: AxisWindow): number[] {
  const out = new Set<number>();
  for (const o of cells) for (let t = 0; t < w.k; t += 1) out.add(o * w.s - w.before + t * w.d);
  return [...out].sort((a, b) => a - b);
}

/**
 * The input cells whose values reach `positions`: an input position is
 * itself, a padding position the cell its mode copies (reflect, symmetric,
 * replicate, circular), and a constant nothing. Sorted, without repeats.
 */
export function sourceCells(positions: readonly number[], w: AxisWindow): number[] {
  const out = new Set<number>();
  for (const p of positions) {
    const src = w.source[p + w.before];
    if (src !== undefined && src >= 0) out.add(src);
  }
  return [...out].sort((a, b) => a - b);
}

/** One level of a footprint on one axis: the positions read there (padding included) and the cells whose values reach the output. */
export interface FootprintLevel {
  readonly read: readonly number[];
  readonly reach: readonly number[];
}

/**
 * The exact footprint of cell `index` of the output of the last window in
 * `windows` (applied in order: windows[0] reads the input), on one axis, at
 * every level from the input (`[0]`) to that output (`[windows.length]`,
 * which reads `[index]`). Only cells that carry input values are followed
 * further back: a zero in a hidden layer's padding depends on nothing, so
 * the field is often smaller than the recurrence's `rf` — the point people
 * miss (issue 15).
 */
export function footprint(windows: readonly AxisWindow[], index: number): FootprintLevel[] {
  const levels: FootprintLevel[] = [{ read: [index], reach: [index] }];
  for (let i = windows.length - 1; i >= 0; i -= 1) {
    const w = windows[i] as AxisWindow;
    const read = readCells((levels[0] as FootprintLevel).reach, w);
    levels.unshift({ read, reach: sourceCells(read, w) });
  }
  return levels;
}
