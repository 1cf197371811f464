/**
 * What the size solver returns, for every operation: a suggestion is a whole
 * Config that gives the wanted output, checked with the one derivation
 * (`derivePlan`) before it is returned, so a suggestion never lies about its size.
 */
import type { Axis, Config, Operation, Pair } from '../config';
import { LIMITS } from '../limits';
import { derivePlan } from '../plan';
import { deriveTransposedAxis } from '../transposedAxis';
import type { NamedPad, SizedOption } from './axisOptions';

/** Largest output size one axis of a convolution or pool can reach: the largest input, fully padded, with a 1-tap kernel. */
export const MAX_TARGET = 128;

/**
 * Largest output one axis of a transposed convolution can reach: every
 * setting at its limit, nothing cropped, the largest output padding (below
 * the largest stride), derived with core's deriveTransposedAxis.
 */
export const MAX_TRANSPOSED_TARGET = deriveTransposedAxis(
  'h',
  { n: LIMITS.input.max, k: LIMITS.kernel.max, s: LIMITS.stride.max, d: LIMITS.dilation.max },
  { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 },
  Math.min(LIMITS.opad.max, LIMITS.stride.max - 1),
).out;

/** The largest wanted size the solver answers for a layer of operation `op`. */
export const maxTarget = (op: Operation): number => (op === 'convt' ? MAX_TRANSPOSED_TARGET : MAX_TARGET);

export interface Suggestion {
  /** `named`: a pad spec on both axes; `h`/`w`: an explicit option for that axis (the other axis kept or completed). */
  readonly kind: 'named' | Axis;
  /** The pad spec name, for `named`. */
  readonly pad?: NamedPad;
  /** The suggested option of each axis, with the size it gives (for `named`, what the spec resolves to). */
  readonly h: SizedOption;
  readonly w: SizedOption;
  /**
   * The whole configuration: the input one with only `pad`, `stride` and (a
   * pool's `ceil_mode`) `ceil` changed — for a transposed convolution `pad`
   * (its crops) and `opad` (its output padding), the stride kept.
   */
  readonly config: Config;
  /** True when this is what the configuration already does. */
  readonly current: boolean;
}

export interface SizeSolution {
  readonly target: Pair;
  readonly named: readonly Suggestion[];
  readonly h: readonly Suggestion[];
  readonly w: readonly Suggestion[];
  /** How many options each list had before the cap. */
  readonly found: { readonly named: number; readonly h: number; readonly w: number };
}

/** Whether `target` is a size the solver answers for `op`: whole numbers 1..`maxTarget(op)` on both axes. */
export const solvableTarget = (target: Pair, op: Operation): boolean => [target.h, target.w].every((t) => Number.isInteger(t) && t >= 1 && t <= maxTarget(op));

/** The answer with no suggestions. */
export const noSolution = (target: Pair): SizeSolution => ({ target, named: [], h: [], w: [], found: { named: 0, h: 0, w: 0 } });

/** True when `config` really gives `target` (checked with the one derivation). */
export function gives(config: Config, target: Pair): boolean {
  const plan = derivePlan(config);
  return plan.ok && plan.h.out === target.h && plan.w.out === target.w;
}

/** The first `cap` suggestions of a list, each checked to give `target`. */
export const checkedList = (list: readonly Suggestion[], target: Pair, cap: number): Suggestion[] => list.slice(0, cap).filter((s) => gives(s.config, target));
