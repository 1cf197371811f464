// Placeholder until the canvas grids land.
import type { Plan } from '../../core/plan';
export function GridsPanel({ plan }: { plan: Plan }) {
  return <p>{plan.h.padded}×{plan.w.padded} padded grid</p>;
}
