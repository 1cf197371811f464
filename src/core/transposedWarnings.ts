/**
 * What a user should know about a valid transposed convolution: uneven
 * overlap (the checkerboard of Odena et al., Distill 2016) when the kernel
 * is not a multiple of the stride, and crops past the uncropped output.
 */
import { AXES, AXIS_NAME } from './config';
import type { Plan } from './plan';
import type { Warning } from './warningTypes';

/** Every warning for a valid transposed-convolution Plan. */
export function transposedWarnings(plan: Pick<Plan, 'transposed' | 'h' | 'w'>): Warning[] {
  const out: Warning[] = [];
  if (!plan.transposed) return out;
  for (const axis of AXES) {
    const t = plan.transposed[axis];
    const ke = plan[axis].ke;
    if (t.stride > 1 && ke % t.stride !== 0) {
      out.push({
        code: `convt-uneven-overlap-${axis}`,
        severity: 'info',
        message: `ke = ${ke} is not a multiple of the stride ${t.stride} (${AXIS_NAME[axis]}): output cells get ${Math.floor(ke / t.stride)} or ${Math.ceil(ke / t.stride)} kernel taps, the uneven overlap behind checkerboard artifacts. A kernel of ${Math.ceil(ke / t.stride) * t.stride} would be even.`,
      });
    }
  }
  return out;
}
