/** The output of one filter: tfjs's values when ready for this plan, else the reference greyed with "computing…". */
import { useMemo } from 'react';
import type { Plan } from '../../core';
import { gridLayout } from '../../render/layout';
import { matrixPicture } from '../../render/matrixPicture';
import { outputOverlay } from '../../render/overlays';
import { setUi } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { useStep } from '../hooks/useStep';
import { CanvasGrid } from './CanvasGrid';
import { hoverOn, validHover } from './hover';
import { useOutputValues } from './useOutputValues';

interface Props {
  readonly plan: Plan;
  readonly filter: number;
  readonly width: number;
  readonly infoId: string;
}

export function OutputGrid({ plan, filter, width, infoId }: Props) {
  const { h, w } = plan;
  const hover = validHover(plan, useApp((s) => s.ui.hover));
  const { row: stepRow, col: stepCol } = useStep(plan);
  const out = useOutputValues(plan, filter);
  const layout = useMemo(() => gridLayout({ rows: h.out, cols: w.out, availableWidth: width, labels: true }), [h.out, w.out, width]);
  const picture = useMemo(
    () => matrixPicture({ values: out.values, rows: h.out, cols: w.out, layout, muted: out.stale }),
    [out.values, out.stale, h.out, w.out, layout],
  );
  const overlay = useMemo(() => outputOverlay(plan, hover, { row: stepRow, col: stepCol }), [plan, hover, stepRow, stepCol]);
  const status = out.failed ? 'TensorFlow.js failed: showing the exact reference' : out.stale ? 'computing…' : `from TensorFlow.js (${out.backend ?? ''})`;

  return (
    <figure className="grid-figure grid-output">
      <figcaption>
        Output <span className="grid-dims">{h.out}×{w.out}</span>
        {plan.filters > 1 ? <span className="grid-note"> filter {filter}</span> : null}
        <span className={`grid-status${out.stale ? ' grid-status-stale' : ''}`} data-testid="output-grid-status">
          {' '}
          {status}
        </span>
      </figcaption>
      <div className="grid-scroll">
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={overlay}
          label={`Output${plan.filters > 1 ? ` of filter ${filter}` : ''}: ${h.out}×${w.out} values, ${status}. Arrow keys move a cursor and show the cell's window on the padded grid; Escape clears.`}
          describedBy={infoId}
          testId="output-grid"
          cursor={hoverOn(hover, 'output')}
          onCursor={(c) => setUi({ hover: c ? { grid: 'output', row: c.row, col: c.col } : null })}
        />
      </div>
    </figure>
  );
}
