/**
 * The Plan of the current configuration, derived once per Config object and
 * shared by every reader (grid, derivation, engine, step-through). The Plan's
 * big arrays are memoised per Plan in core (`paddedOf`, `referenceOf`).
 */
import { derivePlan, type Config, type PlanResult } from '../core';

const plans = new WeakMap<Config, PlanResult>();

export function planOf(config: Config): PlanResult {
  let plan = plans.get(config);
  if (!plan) {
    plan = derivePlan(config);
    plans.set(config, plan);
  }
  return plan;
}
