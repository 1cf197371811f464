/**
 * Pads, index maps and output size for an image, whose sides may exceed the
 * grid view's 64-cell limit. Its axes come from the same per-axis derivation
 * as `derivePlan` (deriveAxis, checkAxes), so no formula is written twice;
 * tests pin it equal to derivePlan for sizes ≤ 64.
 */
import type { Pads, Pair, PadMode, PadSpec } from '../config';
import { checkAxes, deriveAxis, type DerivedAxis } from '../axisDerivation';
import type { Invalid } from '../invalid';

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
 * One axis of an image plan: the derived axis without the per-cell read
 * counts of the grid's AxisPlan (an image's axes can be thousands of pixels long).
 */
export type ImageAxisPlan = DerivedAxis;

export interface ImagePlan {
  readonly ok: true;
  readonly mode: PadMode;
  readonly h: ImageAxisPlan;
  readonly w: ImageAxisPlan;
  /** `[top, bottom, left, right]`, as the core's Plan. */
  readonly pads: Pads;
}

/**
 * Derives an image's plan for one padding mode, or why it cannot run (a mode
 * limit or an empty output), in the same order and with the same codes as
 * `derivePlan`. Sizes are not limited here: the image loader caps them.
 */
export function deriveImagePlan(g: ImageGeometry): ImagePlan | Invalid {
  const axis = (a: 'h' | 'w') =>
    deriveAxis(a, { n: g.size[a], k: g.kernel[a], s: g.stride[a], d: g.dilation[a] }, g.pad, g.mode);
  const h = axis('h');
  const w = axis('w');
  const problem = checkAxes(g.mode, { h, w }, 'pixels');
  if (problem) return problem;
  return { ok: true, mode: g.mode, h, w, pads: [h.before, h.after, w.before, w.after] };
}
