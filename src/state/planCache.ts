/**
 * The Plan of the current configuration, derived once per Config object and
 * shared by every reader (grid, derivation, engine, step-through). The Plan's
 * big arrays are memoised per Plan in core (`paddedOf`, `referenceOf`).
 */
import { derivePlan, paddedOf, referenceOf, type Config, type Plan, type PlanResult } from '../core';

const plans = new WeakMap<Config, PlanResult>();

export function planOf(config: Config): PlanResult {
  let plan = plans.get(config);
  if (!plan) {
    plan = derivePlan(config);
    plans.set(config, plan);
  }
  return plan;
}

export interface Computed {
  /** Padded input `C*HP*WP`. */
  readonly padded: readonly number[];
  /** Reference output `F*OH*OW` (float64), shown at once while tfjs runs. */
  readonly reference: readonly number[];
}

/** The padded grid and the reference output of a plan: core's `paddedOf` and `referenceOf`, by name. */
export function computedOf(plan: Plan): Computed {
  return { padded: paddedOf(plan), reference: referenceOf(plan) };
}
