/**
 * The same transposed convolution with nothing cropped (explicit pads 0,
 * same output padding `q`): its direct picture holds every cell of the
 * zero-inserted input, its output the whole `full + q`. The pictures draw
 * what a crop cuts away from it (`out[i] = full[i + T]`, design.md), so
 * those numbers come from the core's derivation too, not from arithmetic
 * here. Computed once per Plan.
 */
import { derivePlan, type Plan } from '../core';

const cache = new WeakMap<Plan, Plan | null>();

/**
 * The uncropped layer of a transposed-convolution Plan, or null (another
 * operation, or a layer the core refuses uncropped). Valid whenever `plan`
 * is: `q` passed the same rule (`q < s`, or `q < d` for explicit crops), and
 * pads of 0 only make the output larger.
 */
export function uncroppedOf(plan: Plan): Plan | null {
  if (!plan.transposed) return null;
  let value = cache.get(plan);
  if (value === undefined) {
    const result = derivePlan({ ...plan.config, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 } });
    value = result.ok ? result : null;
    cache.set(plan, value);
  }
  return value;
}
