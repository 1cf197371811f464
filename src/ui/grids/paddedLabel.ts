/**
 * The padded grid's accessible name: what it shows, its size, its border
 * (or a pool's padding rule, or a transposed convolution's inserted zeros,
 * border and crop) and the keys that work on it.
 */
import type { Plan } from '../../core';
import type { CropFrame } from '../../render/directPicture';
import { paddingRule } from './describePool';
import { directPictureSummary } from './describeTransposed';

const KEYS = 'Arrow keys move a cursor cell, Enter edits an input cell, Escape clears.';

export function paddedGridLabel(plan: Plan, channel: number, frame: CropFrame): string {
  const { h, w } = plan;
  const which = plan.channels > 1 ? `, channel ${channel}` : '';
  if (plan.transposed) return `Direct picture of the transposed convolution${which}: ${directPictureSummary(plan, frame)} ${KEYS}`;
  // A pool's padding is not the mode's: it holds −∞ (max) or 0 (average), and the ceil overhang lies past it.
  const border = plan.pool ? paddingRule(plan) : plan.config.mode;
  const overhang =
    h.overhang || w.overhang ? ` The ceil_mode window hangs past the padding by ${h.overhang} row${h.overhang === 1 ? '' : 's'} and ${w.overhang} column${w.overhang === 1 ? '' : 's'}.` : '';
  return (
    `Padded input${which}: ${h.padded}×${w.padded} cells, the ${h.n}×${w.n} input ` +
    `with padding top ${plan.pads[0]}, bottom ${plan.pads[1]}, left ${plan.pads[2]}, right ${plan.pads[3]} (${border}).${overhang} ${KEYS}`
  );
}
