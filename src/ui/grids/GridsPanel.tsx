/**
 * The grids of the explorer: pickers, the padded input (static + moving
 * layer), the kernel (a pool has none: its window rule instead) and the
 * output, a pool's ceil_mode windows per axis, the line describing the
 * hovered cell, and the legend. Sizes follow the panel's width (ResizeObserver).
 */
import { useId, useMemo } from 'react';
import { paddedOf, type Plan } from '../../core';
import { gridLayout } from '../../render/layout';
import { paddedPicture } from '../../render/paddedPicture';
import { useApp } from '../hooks/useApp';
import { CeilWindows } from './CeilWindows';
import { GridLegend } from './GridLegend';
import { GridPickers, overlayFor } from './GridPickers';
import { clampIndex } from './hover';
import { InfoLine } from './InfoLine';
import { KernelGrid } from './KernelGrid';
import { OutputGrid } from './OutputGrid';
import { PaddedGrid } from './PaddedGrid';
import { PoolWindowFigure } from './PoolWindowFigure';
import { useElementWidth } from './useElementWidth';

export function GridsPanel({ plan }: { plan: Plan }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const channel = clampIndex(useApp((s) => s.ui.channel), plan.channels);
  // A pool's output channel is its input channel: one picker, both grids follow it.
  const picked = useApp((s) => s.ui.filter);
  const filter = plan.pool ? channel : clampIndex(picked, plan.filters);
  const overlay = overlayFor(plan, useApp((s) => s.ui.overlay));
  const infoId = useId();

  const layout = useMemo(
    () => gridLayout({ rows: plan.h.padded, cols: plan.w.padded, availableWidth: width, labels: true }),
    [plan.h.padded, plan.w.padded, width],
  );
  const picture = useMemo(
    () => paddedPicture({ plan, padded: paddedOf(plan), channel, overlay, layout }),
    [plan, channel, overlay, layout],
  );

  return (
    <div className="grids" ref={ref}>
      <GridPickers plan={plan} channel={channel} filter={filter} overlay={overlay} />
      {width > 0 ? (
        <>
          <div className="grids-row">
            <PaddedGrid plan={plan} channel={channel} layout={layout} picture={picture} infoId={infoId} />
            {plan.pool ? <PoolWindowFigure plan={plan} /> : <KernelGrid plan={plan} filter={filter} channel={channel} width={width} />}
            <OutputGrid plan={plan} filter={filter} width={width} infoId={infoId} />
          </div>
          {plan.pool ? <CeilWindows plan={plan} /> : null}
          <InfoLine plan={plan} channel={channel} filter={filter} id={infoId} />
          <GridLegend plan={plan} overlay={overlay} layout={layout} picture={picture} />
        </>
      ) : null}
    </div>
  );
}
