/**
 * The Plan of the current configuration, derived once per Config object and
 * shared by every reader (grid, derivation, engine, step-through).
 */
import type { Config } from '../core';
import { paddedInput } from '../core';
import { derivePlan, type Plan, type PlanResult } from '../core';
import { referenceConv } from '../core';

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

const computed = new WeakMap<Plan, Computed>();

/** The padded grid and the reference output of a plan, computed once. */
export function computedOf(plan: Plan): Computed {
  let c = computed.get(plan);
  if (!c) {
    const padded = paddedInput(plan);
    c = { padded, reference: referenceConv(plan, padded) };
    computed.set(plan, c);
  }
  return c;
}
