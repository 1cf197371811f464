/**
 * The nearest input sizes for which the whole network is clean on an axis:
 * every layer runs, no `floor` drops a row (column), and every skip pair
 * agrees — the fix "use a different input size" of a skip pair, and the
 * answer to "why does my U-Net want 572, not 570?".
 */
import { AXES, type Axis } from '../config';
import { NET_LIMITS } from '../limits';
import type { Network } from './netLayer';
import { deriveNet, shapeAt, type NetPlan } from './netPlan';

/** Whether `net` is clean on `axis`. */
export function cleanOn(net: NetPlan, axis: Axis): boolean {
  if (net.failure) return false;
  if (net.layers.some((l) => l.dropped[axis] > 0)) return false;
  const i = axis === 'h' ? 1 : 2;
  return net.network.skips.every((p) => shapeAt(net, p.from)?.[i] === shapeAt(net, p.to)?.[i]);
}

export interface CleanAxis {
  /** Whether the current input size is clean. */
  readonly clean: boolean;
  /** The largest clean size below the current one, and the smallest above, within the search; null when none. */
  readonly below: number | null;
  readonly above: number | null;
}

/** How far either way to look: 64 covers six halvings' worth of alignment (2^6). */
export const CLEAN_SEARCH = 64;

/** Clean input sizes near the network's own, per axis (the other axis kept as it is). */
export function cleanInputs(network: Network, radius = CLEAN_SEARCH): Readonly<Record<Axis, CleanAxis>> {
  const out = {} as Record<Axis, CleanAxis>;
  for (const axis of AXES) {
    const n = network.input[axis];
    const at = (size: number) => cleanOn(deriveNet({ ...network, input: { ...network.input, [axis]: size } }), axis);
    const find = (dir: 1 | -1): number | null => {
      for (let d = 1; d <= radius; d += 1) {
        const size = n + dir * d;
        if (size < NET_LIMITS.input.min || size > NET_LIMITS.input.max) return null;
        if (at(size)) return size;
      }
      return null;
    };
    out[axis] = { clean: at(n), below: find(-1), above: find(1) };
  }
  return out;
}
