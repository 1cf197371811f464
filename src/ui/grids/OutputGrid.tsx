/**
 * The output of one filter (a pool: one channel): tfjs's values when ready
 * for this plan, else the reference greyed with "computing…". An average
 * pool writes each cell's divisor under its value (`÷6`).
 */
import { useMemo } from 'react';
import { poolDivisor, type Plan } from '../../core';
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
  const subs = useMemo(() => divisorTexts(plan), [plan]);
  const picture = useMemo(
    () => matrixPicture({ values: out.values, rows: h.out, cols: w.out, layout, muted: out.stale, subs }),
    [out.values, out.stale, h.out, w.out, layout, subs],
  );
  const overlay = useMemo(() => outputOverlay(plan, hover, { row: stepRow, col: stepCol }), [plan, hover, stepRow, stepCol]);
  const which = plan.pool ? `channel ${filter}` : `filter ${filter}`;
  const status = out.failed ? 'TensorFlow.js failed: showing the exact reference' : out.stale ? 'computing…' : `from TensorFlow.js (${out.backend ?? ''})`;

  return (
    <figure className="grid-figure grid-output">
      <figcaption>
        Output <span className="grid-dims">{h.out}×{w.out}</span>
        {plan.filters > 1 ? <span className="grid-note"> {which}</span> : null}
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
          label={`Output${plan.filters > 1 ? ` of ${which}` : ''}: ${h.out}×${w.out} values${subs ? ', each with its divisor' : ''}, ${status}. Arrow keys move a cursor and show the cell's window on the padded grid; Escape clears.`}
          describedBy={infoId}
          testId="output-grid"
          cursor={hoverOn(hover, 'output')}
          onCursor={(c) => setUi({ hover: c ? { grid: 'output', row: c.row, col: c.col } : null })}
        />
      </div>
    </figure>
  );
}

/** An average pool's divisor per output cell, row-major (`÷6`), from the core; undefined otherwise. */
export function divisorTexts(plan: Plan): string[] | undefined {
  const pool = plan.pool;
  if (pool?.reduce !== 'avg') return undefined;
  return Array.from({ length: plan.h.out * plan.w.out }, (_, i) => `÷${poolDivisor(pool, Math.floor(i / plan.w.out), i % plan.w.out)}`);
}
