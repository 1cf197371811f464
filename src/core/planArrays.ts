/**
 * The Plan's two big arrays, computed once per Plan object and shared by
 * every reader (grid, step-through, engine, Keras layers). A WeakMap keyed by
 * the (immutable) Plan keeps this pure: same Plan, same array, and it goes
 * when the Plan does.
 */
import { paddedInput } from './padded';
import type { Plan } from './plan';
import { referencePool } from './poolReference';
import { referenceConv } from './reference';

function oncePerPlan(compute: (plan: Plan) => readonly number[]): (plan: Plan) => readonly number[] {
  const cache = new WeakMap<Plan, readonly number[]>();
  return (plan) => {
    let value = cache.get(plan);
    if (!value) {
      value = compute(plan);
      cache.set(plan, value);
    }
    return value;
  };
}

/** The padded input `C*HP*WP` (channel-major, row-major), computed once per Plan. */
export const paddedOf: (plan: Plan) => readonly number[] = oncePerPlan(paddedInput);

/**
 * The float64 reference output `F*OH*OW` (filter-major, row-major; a pool's
 * `F` is `C`), computed once per Plan, whatever the operation.
 */
export const referenceOf: (plan: Plan) => readonly number[] = oncePerPlan((plan) =>
  plan.pool ? referencePool(plan, paddedOf(plan)) : referenceConv(plan, paddedOf(plan)),
);
