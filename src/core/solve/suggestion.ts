/**
 * What the size solver returns, for every operation: a suggestion is a whole
 * Config that gives the wanted output, checked with the one derivation
 * (`derivePlan`) before it is returned, so a suggestion never lies about its size.
 */
import type { Axis, Config, Pair } from '../config';
import { derivePlan } from '../plan';
import type { NamedPad, SizedOption } from './axisOptions';

/** Largest output size one axis can reach: the largest input, fully padded, with a 1-tap kernel. */
export const MAX_TARGET = 128;

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

/** Whether `target` is a size the solver answers: whole numbers 1..`MAX_TARGET` on both axes. */
export const solvableTarget = (target: Pair): boolean => [target.h, target.w].every((t) => Number.isInteger(t) && t >= 1 && t <= MAX_TARGET);

/** The answer with no suggestions. */
export const noSolution = (target: Pair): SizeSolution => ({ target, named: [], h: [], w: [], found: { named: 0, h: 0, w: 0 } });

/** True when `config` really gives `target` (checked with the one derivation). */
export function gives(config: Config, target: Pair): boolean {
  const plan = derivePlan(config);
  return plan.ok && plan.h.out === target.h && plan.w.out === target.w;
}

/** The first `cap` suggestions of a list, each checked to give `target`. */
export const checkedList = (list: readonly Suggestion[], target: Pair, cap: number): Suggestion[] => list.slice(0, cap).filter((s) => gives(s.config, target));
