/**
 * The legend of a transposed convolution's scatter picture (design.md,
 * `convt`): the stamp and where it lands, the kept output inside the
 * uncropped one, what the crop cuts on each side, and the overlap count.
 * Numbers from the Plan's `transposed` facts and the scatter picture.
 */
import type { Plan, TransposedAxisFacts } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import type { GridLayout } from '../../render/layout';
import type { ScatterPicture } from '../../render/scatterPicture';

/** "rows: full 7 + q 1 − T 1 − B 2 = 5 kept". */
function keptText(unit: string, t: TransposedAxisFacts, out: number, before: string, after: string): string {
  return `${unit}: full ${t.full}${t.q ? ` + q ${t.q}` : ''} − ${before} ${t.cropBefore} − ${after} ${t.cropAfter} = ${out}`;
}

export function ScatterLegend({ plan, picture, layout, overlaps }: { plan: Plan; picture: ScatterPicture; layout: GridLayout; overlaps: boolean }) {
  const t = plan.transposed;
  if (!t) return null;
  const cut = t.h.cropBefore > 0 || t.h.cropAfter > 0 || t.w.cropBefore > 0 || t.w.cropAfter > 0;
  const past = t.h.cropAfter < 0 || t.w.cropAfter < 0;
  return (
    <ul className="grid-legend" aria-label="Legend of the scatter">
      <li>
        <span className="swatch swatch-focus" aria-hidden="true" /> the input cell whose stamp is shown (the step-through's, or the hovered one){' '}
        <span className="swatch swatch-window" aria-hidden="true" /> the output cells its stamp lands on: tap (a, b) of input (i, j) lands on (i·s + a·d − T,
        j·s + b·d − L)
      </li>
      <li>
        <span className="swatch swatch-input" aria-hidden="true" /> kept output, inside the thick outline — {keptText('rows', t.h, plan.h.out, 'T', 'B')};{' '}
        {keptText('columns', t.w, plan.w.out, 'L', 'R')}
        {past ? ' (a negative crop after is output past full: nothing lands there, it holds 0)' : ''}
      </li>
      {cut ? (
        <li data-testid="legend-crop">
          <span className="swatch swatch-cropped" aria-hidden="true" /> cut by the crop (red hatch, outside the red dashed line, labelled ✂): PyTorch's
          padding crops the output, it does not pad the input
        </li>
      ) : null}
      {overlaps ? (
        <li>
          <span className="legend-scale">
            <span className="legend-scale-end">0</span>
            <span className="legend-gradient" style={{ background: `linear-gradient(to right, ${picture.scale.stops.join(', ')})` }} aria-hidden="true" />
            <span className="legend-scale-end">{formatNumber(picture.range[1])}</span>
          </span>{' '}
          stamps that land on the cell: uneven counts (a kernel size not a multiple of the stride) give checkerboard artifacts
        </li>
      ) : (
        <li>
          {layout.subText ? '“×4” under a value: 4 stamps land on that cell, and add up.' : 'Choose “Overlaps” above to see how many stamps land on each cell.'}
          {layout.values ? '' : ' Cells are too small for numbers: hover one to read it.'}
        </li>
      )}
    </ul>
  );
}
