/**
 * Which cells of every earlier feature map one cell depends on: the clicked
 * cell's receptive field drawn through the stack (design.md, "Network view").
 */
import type { Axis } from '../config';
import type { NetPlan } from './netPlan';
import { footprint, type AxisWindow } from './receptiveField';

/**
 * Per level (0 = the input, i = layer i's output), per axis: the positions
 * read there (`h`, `w`; outside `[0, n)` lies in the padding of the next
 * layer's input) and the cells whose values reach the chosen output
 * (`reach`: the read cells inside the map, plus those a mirror or a wrap
 * copies into the padding).
 */
export interface NetFootprint {
  /** `levels[l].h` / `.w`: sorted positions read at level l. */
  readonly levels: readonly (Readonly<Record<Axis, readonly number[]>> & { readonly reach: Readonly<Record<Axis, readonly number[]>> })[];
}

/**
 * The footprint of cell (`row`, `col`) of level `level`'s feature map, or
 * null when the level was not derived or a transposed convolution lies on
 * the way (its outputs read a varying number of inputs; design.md sets the
 * recurrences to null after one).
 */
export function netFootprint(net: NetPlan, level: number, row: number, col: number): NetFootprint | null {
  const layers = net.layers.slice(0, level);
  if (layers.length !== level || layers.some((l) => l.layer.op === 'convt')) return null;
  const windows = (axis: Axis): AxisWindow[] =>
    layers.map(({ plan }) => ({ k: plan[axis].k, s: plan[axis].s, d: plan[axis].d, before: plan[axis].before, source: plan[axis].source }));
  const h = footprint(windows('h'), row);
  const w = footprint(windows('w'), col);
  return {
    levels: h.map((lh, l) => {
      const lw = w[l] ?? { read: [], reach: [] };
      return { h: lh.read, w: lw.read, reach: { h: lh.reach, w: lw.reach } };
    }),
  };
}
