// Placeholder until the step-through lands.
import type { Plan } from '../../core/plan';
export function StepThrough({ plan }: { plan: Plan }) {
  return <p>{plan.h.out * plan.w.out} windows</p>;
}
