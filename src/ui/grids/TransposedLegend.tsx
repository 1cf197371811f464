/**
 * The legend lines of a transposed convolution's direct picture (design.md,
 * `convt`): input cells `s` apart, the zeros inserted between them, the
 * border `ke−1−T` / `ke−1−B+q`, what a negative border crops, and the kernel
 * rotated 180° at stride 1. Numbers from the Plan's axes and facts.
 */
import type { Plan } from '../../core';
import { cropFrame } from '../../render/directPicture';
import { borderText, cropCuts } from './describeTransposed';

export function TransposedLegend({ plan }: { plan: Plan }) {
  const t = plan.transposed;
  if (!t) return null;
  const { h, w } = plan;
  const strided = t.h.stride > 1 || t.w.stride > 1;
  const border = h.before > 0 || h.after > 0 || w.before > 0 || w.after > 0;
  const cuts = cropCuts(cropFrame(plan));
  return (
    <>
      <li>
        <span className="swatch swatch-input" aria-hidden="true" /> input cell ({h.n}×{w.n}), {t.h.stride}×{t.w.stride} apart inside the thick outline:
        the zero-inserted input, (n−1)·s + 1 = {t.h.span}×{t.w.span}
      </li>
      {strided ? (
        <li data-testid="legend-inserted">
          <span className="swatch swatch-inserted" aria-hidden="true" /> zero inserted between input cells (s − 1 = {t.h.stride - 1} between rows,{' '}
          {t.w.stride - 1} between columns; dotted border, labelled ·)
        </li>
      ) : null}
      {border ? (
        <li data-testid="legend-border">
          <span className="swatch swatch-pad" aria-hidden="true" /> border zero (hatched, dashed border): ke − 1 − T before, ke − 1 − B + q after — {borderText(plan)}
        </li>
      ) : (
        <li>no border: every border is 0 or cropped</li>
      )}
      {cuts.length ? (
        <li data-testid="legend-crop">
          <span className="swatch swatch-cropped" aria-hidden="true" /> cut off by the crop (red hatch, outside the red dashed line, labelled ✂): a
          negative border crops the zero-inserted input — {cuts.join(', ')}
        </li>
      ) : null}
      <li>
        The kernel slides rotated 180° (as the Kernel grid shows it) at stride 1: the layer's stride is the zeros inserted, its padding the crop.
      </li>
    </>
  );
}
