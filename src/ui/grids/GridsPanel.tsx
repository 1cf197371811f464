/**
 * The grids of the explorer: pickers, the padded input (static + moving
 * layer), the kernel (a pool has none: its window rule instead) and the
 * output, a pool's ceil_mode windows per axis, the line describing the
 * hovered cell, and the legend. A transposed convolution has two pictures
 * behind one toggle: the direct convolution (these grids, its padded grid
 * the zero-inserted input) or the scatter (ScatterGrids). Sizes follow the
 * panel's width (ResizeObserver).
 */
import { lazy, Suspense, useId, useMemo } from 'react';
import { paddedOf, type Plan } from '../../core';
import { cropFrame, directPicture } from '../../render/directPicture';
import { gridLayout } from '../../render/layout';
import type { Overlay } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { pairWidth } from '../layout/pairWidth';
import { GridLegend } from './GridLegend';
import { GridPickers, overlayFor } from './GridPickers';
import { GroupDiagram } from './GroupDiagram';
import { clampIndex } from './hover';
import { InfoLine } from './InfoLine';
import { KernelGrid } from './KernelGrid';
import { OutputGrid } from './OutputGrid';
import { PaddedGrid } from './PaddedGrid';
import { PictureToggle } from './PictureToggle';
import { usePicture } from './transposedPicture';
import { useElementWidth } from './useElementWidth';

// Pool-only and scatter-only pieces load with the first such layer: the first page (a convolution) needs none.
const CeilWindows = lazy(() => import('./CeilWindows').then((m) => ({ default: m.CeilWindows })));
const PoolWindowFigure = lazy(() => import('./PoolWindowFigure').then((m) => ({ default: m.PoolWindowFigure })));
const ScatterGrids = lazy(() => import('./ScatterGrids').then((m) => ({ default: m.ScatterGrids })));

interface GridsProps {
  readonly plan: Plan;
  readonly channel: number;
  readonly filter: number;
  readonly overlay: Overlay;
  readonly width: number;
}

/** The padded grid (a transposed convolution's direct picture, with what its crop cuts), the kernel and the output. */
function DirectGrids({ plan, channel, filter, overlay, width: panelWidth }: GridsProps) {
  const infoId = useId();
  const frame = cropFrame(plan);
  const rows = plan.h.padded + frame.top + frame.bottom;
  const cols = plan.w.padded + frame.left + frame.right;
  // On a phone the padded grid and the output share the row, so both (and the step-through) fit the first screen.
  const width = pairWidth(panelWidth, { rows, cols }, { rows: plan.h.out, cols: plan.w.out });
  const layout = useMemo(() => gridLayout({ rows, cols, availableWidth: width, labels: true }), [rows, cols, width]);
  const picture = useMemo(() => directPicture({ plan, padded: paddedOf(plan), channel, overlay, layout }), [plan, channel, overlay, layout]);
  return (
    <>
      <div className="grids-row">
        <PaddedGrid plan={plan} channel={channel} layout={layout} picture={picture} infoId={infoId} />
        {plan.pool ? (
          <Suspense fallback={null}>
            <PoolWindowFigure plan={plan} />
          </Suspense>
        ) : <KernelGrid plan={plan} filter={filter} channel={channel} width={width} rotated={plan.transposed !== null} />}
        <OutputGrid plan={plan} filter={filter} width={width} infoId={infoId} />
      </div>
      {plan.pool ? (
        <Suspense fallback={null}>
          <CeilWindows plan={plan} />
        </Suspense>
      ) : null}
      <InfoLine plan={plan} channel={channel} filter={filter} id={infoId} />
      <GridLegend plan={plan} overlay={overlay} layout={layout} picture={picture} />
    </>
  );
}

export function GridsPanel({ plan }: { plan: Plan }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const picture = usePicture(plan);
  const channel = clampIndex(useApp((s) => s.ui.channel), plan.channels);
  // A pool's output channel is its input channel: one picker, both grids follow it.
  const picked = useApp((s) => s.ui.filter);
  const filter = plan.pool ? channel : clampIndex(picked, plan.filters);
  const overlay = overlayFor(plan, useApp((s) => s.ui.overlay), picture);
  const props = { plan, channel, filter, overlay, width };

  return (
    <div className="grids" ref={ref}>
      {plan.transposed ? <PictureToggle picture={picture} /> : null}
      <GridPickers plan={plan} channel={channel} filter={filter} overlay={overlay} picture={picture} />
      {plan.pool ? null : <GroupDiagram plan={plan} filter={filter} />}
      {width > 0 ? (
        picture === 'scatter' ? (
          <Suspense fallback={null}>
            <ScatterGrids {...props} />
          </Suspense>
        ) : (
          <DirectGrids {...props} />
        )
      ) : null}
    </div>
  );
}
