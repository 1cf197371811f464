/**
 * One pooling axis as a strip of cells with its windows underneath: what
 * ceil_mode adds (a last window that hangs past the padding) and what
 * PyTorch's last-window rule takes away (a window that would start past the
 * input and the top/left padding, drawn crossed out). Spans come from the
 * window map (`axisWindowSpan`); the removal itself is the core's (`removed`).
 */
import { axisWindowSpan, type AxisPlan } from '../core';

/** What a position along the axis is: padding, input, the ceil overhang, or past the grid (reached only by a removed window). */
export type StripCellKind = 'pad' | 'input' | 'overhang' | 'beyond';

export interface StripWindow {
  /** Output index along the axis (a removed window gets the index it would have had). */
  readonly index: number;
  /** First and last padded position it spans. */
  readonly first: number;
  readonly last: number;
  readonly removed: boolean;
  /** Lane under the strip, so overlapping windows (stride below the kernel) do not cover each other. */
  readonly lane: number;
}

export interface AxisStrip {
  readonly cells: readonly StripCellKind[];
  readonly windows: readonly StripWindow[];
  /** How many lanes the windows take. */
  readonly lanes: number;
}

/** The strip of one pooling axis: its grid positions and every window, the removed one included. */
export function axisStrip(a: AxisPlan): AxisStrip {
  const count = a.out + (a.removed ? 1 : 0);
  // Windows o and o+L never overlap when L·s ≥ ke.
  const lanes = Math.max(1, Math.min(count, Math.ceil(a.ke / a.s)));
  const windows = Array.from({ length: count }, (_, index): StripWindow => {
    const { first, last } = axisWindowSpan(a, index);
    return { index, first, last, removed: index >= a.out, lane: index % lanes };
  });
  const length = Math.max(a.padded, ...windows.map((w) => w.last + 1));
  const np = a.padded - a.overhang;
  const cells = Array.from({ length }, (_, p): StripCellKind =>
    p >= a.padded ? 'beyond' : p >= np ? 'overhang' : a.isPadding[p] ? 'pad' : 'input',
  );
  return { cells, windows, lanes };
}
