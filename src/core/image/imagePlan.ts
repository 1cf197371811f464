/**
 * Pads, index maps and output size for an image, whose sides may exceed the
 * grid view's 64-cell limit. It calls the same core functions as
 * `derivePlan` (axisPadding, sizeSteps, checkModeLimit, axisSourceMap), so no
 * formula is written twice; tests pin it equal to derivePlan for sizes ≤ 64.
 */
import { AXES, type Axis, type Pair, type PadMode, type PadSpec } from '../config';
import { axisPadding, sizeSteps } from '../axisPadding';
import { axisSourceMap } from '../indexMap';
import { invalid, type Invalid } from '../invalid';
import { checkModeLimit } from '../modeLimits';
import type { AxisPlan } from '../plan';

/** What shapes an image convolution: sizes in pixels, kernel in taps (before dilation). */
export interface ImageGeometry {
  /** Image height (rows) and width (columns) in pixels. */
  readonly size: Pair;
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly dilation: Pair;
  readonly pad: PadSpec;
  readonly mode: PadMode;
}

/**
 * One axis of an image plan: the AxisPlan fields that do not need a per-cell
 * read count (an image's axes can be thousands of pixels long).
 */
export type ImageAxisPlan = Pick<AxisPlan, 'axis' | 'n' | 'k' | 's' | 'd' | 'ke' | 'before' | 'after' | 'padded' | 'out' | 'source' | 'steps'>;

export interface ImagePlan {
  readonly ok: true;
  readonly mode: PadMode;
  readonly h: ImageAxisPlan;
  readonly w: ImageAxisPlan;
  /** `[top, bottom, left, right]`, as the core's Plan. */
  readonly pads: readonly [number, number, number, number];
}

function explicitSides(pad: PadSpec, axis: Axis): { before: number; after: number } {
  if (pad.kind !== 'explicit') return { before: 0, after: 0 };
  return axis === 'h' ? { before: pad.top, after: pad.bottom } : { before: pad.left, after: pad.right };
}

/**
 * Derives an image's plan for one padding mode, or why it cannot run (a mode
 * limit or an empty output), in the same order and with the same codes as
 * `derivePlan`. Sizes are not limited here: the image loader caps them.
 */
export function deriveImagePlan(g: ImageGeometry): ImagePlan | Invalid {
  const pre = (axis: Axis) => {
    const geo = { n: g.size[axis], k: g.kernel[axis], s: g.stride[axis], d: g.dilation[axis] };
    const p = axisPadding(g.pad.kind, geo, explicitSides(g.pad, axis));
    return { geo, p, steps: [...p.steps, ...sizeSteps(geo.n, p.ke, geo.s, p.before, p.after)] };
  };
  const axes = { h: pre('h'), w: pre('w') };
  const steps = { h: axes.h.steps, w: axes.w.steps };
  for (const axis of AXES) {
    const { geo, p } = axes[axis];
    const problem = checkModeLimit(g.mode, axis, geo.n, p.before, p.after);
    if (problem) return { ...problem, steps };
  }
  for (const axis of AXES) {
    const { geo, p } = axes[axis];
    const padded = p.before + geo.n + p.after;
    if (padded < p.ke) {
      const side = axis === 'h' ? 'height' : 'width';
      return invalid(
        'empty-output',
        `The output would be empty: the padded ${side} is ${padded} (${p.before} + ${geo.n} + ${p.after}) ` +
          `but one window spans ke = ${p.ke} pixels. Fix: add padding (same or full), or use a smaller kernel or dilation.`,
        { axis, steps },
      );
    }
  }
  const axisPlan = (axis: Axis): ImageAxisPlan => {
    const { geo, p } = axes[axis];
    const padded = p.before + geo.n + p.after;
    // The output size is the one sizeSteps derived (and shows), not a second copy of its formula.
    const out = axes[axis].steps.find((st) => st.symbol === 'o')?.value ?? 0;
    return {
      axis,
      ...geo,
      ke: p.ke,
      before: p.before,
      after: p.after,
      padded,
      out,
      source: axisSourceMap(g.mode, geo.n, p.before, p.after),
      steps: axes[axis].steps,
    };
  };
  const h = axisPlan('h');
  const w = axisPlan('w');
  return { ok: true, mode: g.mode, h, w, pads: [h.before, h.after, w.before, w.after] };
}
