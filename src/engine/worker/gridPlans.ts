/**
 * The worker derives a grid plan from the configuration the page sent
 * (protocol.ts, `grid`), with core's one derivation, so it is the plan the page
 * drew. The last one is kept: the warm-up after a run asks for the same
 * configuration, and a configuration is compared by its key (the URL query's
 * JSON), not by identity, since every message is a fresh clone.
 */
import { derivePlan, type Config, type PlanResult } from '../../core';

/** A derivation with a one-entry memory. */
export function gridPlans(): (config: Config) => PlanResult {
  let last: { key: string; plan: PlanResult } | null = null;
  return (config) => {
    const key = JSON.stringify(config);
    if (last?.key !== key) last = { key, plan: derivePlan(config) };
    return last.plan;
  };
}
