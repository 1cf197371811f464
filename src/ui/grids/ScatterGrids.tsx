/**
 * A transposed convolution as a scatter (design.md, `convt`): the input of
 * one channel, the kernel as given (PyTorch's `w[c, f]`), and the whole
 * uncropped output of one filter with the kept block outlined and the crop
 * hatched outside it. The shown input cell (hovered, or the step-through's)
 * lights up the output cells its stamp lands on; a hovered output cell lights
 * up the input cells that stamp onto it. Hover is this view's own state: its
 * cells are not the padded grid's.
 */
import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../core';
import { gridLayout, type Cell } from '../../render/layout';
import { matrixPicture } from '../../render/matrixPicture';
import { scatterAxis, scatterPicture, stampCells, stampersOf } from '../../render/scatterPicture';
import type { Overlay } from '../../state/store';
import { CanvasGrid } from './CanvasGrid';
import { describeScatterInput, describeScatterOutput } from './describeScatter';
import { KernelGrid } from './KernelGrid';
import { ScatterLegend } from './ScatterLegend';
import { usePictureState } from './transposedPicture';
import { stampPosition } from '../step/walk';

interface Props {
  readonly plan: Plan;
  readonly channel: number;
  readonly filter: number;
  readonly overlay: Overlay;
  readonly width: number;
}

type ScatterHover = { readonly grid: 'input' | 'output'; readonly row: number; readonly col: number } | null;

export function ScatterGrids({ plan, channel, filter, overlay, width }: Props) {
  const [hover, setHover] = useState<ScatterHover>(null);
  const infoId = useId();
  const step = stampPosition(plan, usePictureState((s) => s.stamp));
  const H = scatterAxis(plan, 'h');
  const W = scatterAxis(plan, 'w');
  const { n: nh } = plan.h;
  const { n: nw } = plan.w;

  const inputLayout = useMemo(() => gridLayout({ rows: nh, cols: nw, availableWidth: Math.min(width, Math.max(200, Math.floor(width / 3))), labels: true }), [nh, nw, width]);
  const inputValues = useMemo(() => plan.input.slice(channel * nh * nw, (channel + 1) * nh * nw), [plan.input, channel, nh, nw]);
  const inputPicture = useMemo(() => matrixPicture({ values: inputValues, rows: nh, cols: nw, layout: inputLayout }), [inputValues, nh, nw, inputLayout]);
  const outLayout = useMemo(() => gridLayout({ rows: H.extent, cols: W.extent, availableWidth: width, labels: true }), [H.extent, W.extent, width]);
  const overlaps = overlay === 'coverage';
  const outPicture = useMemo(() => scatterPicture(plan, filter, outLayout, overlaps), [plan, filter, outLayout, overlaps]);

  // The stamp shown: the hovered input cell, else the step's (none while an output cell is hovered).
  const shown: Cell | null = useMemo(() => (hover?.grid === 'input' ? hover : hover ? null : { row: step.row, col: step.col }), [hover, step.row, step.col]);
  const inputOverlay = useMemo(() => {
    if (hover?.grid !== 'output') return { focus: shown };
    const stampers = stampersOf(plan, hover.row, hover.col);
    return { fill: stampers, outline: stampers };
  }, [plan, hover, shown]);
  const outOverlay = useMemo(() => {
    if (hover?.grid === 'output') return { focus: hover };
    const targets = shown ? stampCells(plan, shown.row, shown.col) : [];
    return { fill: targets, outline: targets };
  }, [plan, hover, shown]);

  const line =
    hover?.grid === 'output'
      ? describeScatterOutput(plan, filter, hover.row, hover.col)
      : describeScatterInput(plan, channel, filter, shown?.row ?? 0, shown?.col ?? 0, hover === null);
  const which = `${plan.channels > 1 ? `channel ${channel}` : ''}`;
  return (
    <>
      <div className="grids-row">
        <figure className="grid-figure grid-scatter-input">
          <figcaption>
            Input <span className="grid-dims">{nh}×{nw}</span>
            {which ? <span className="grid-note"> {which}</span> : null}
          </figcaption>
          <div className="grid-scroll">
            <CanvasGrid
              layout={inputLayout}
              picture={inputPicture}
              overlay={inputOverlay}
              label={`Input ${nh}×${nw}${which ? `, ${which}` : ''}: each cell stamps the kernel onto the output. Arrow keys move a cursor and show its stamp; Escape clears.`}
              describedBy={infoId}
              testId="scatter-input-grid"
              cursor={hover?.grid === 'input' ? hover : null}
              onCursor={(c) => setHover(c ? { grid: 'input', ...c } : null)}
            />
          </div>
        </figure>
        <KernelGrid plan={plan} filter={filter} channel={channel} width={width} />
        <figure className="grid-figure grid-scatter-output">
          <figcaption>
            Output, uncropped <span className="grid-dims">{H.extent}×{W.extent}</span>
            <span className="grid-note">
              {' '}
              filter {filter} · kept {H.out}×{W.out} inside the thick outline
            </span>
          </figcaption>
          <div className="grid-scroll">
            <CanvasGrid
              layout={outLayout}
              picture={outPicture}
              overlay={outOverlay}
              label={`Output of filter ${filter}, uncropped ${H.extent}×${W.extent}: the kept ${H.out}×${W.out} inside the thick outline, the crop hatched outside it${overlaps ? ', each cell showing how many stamps land on it' : ''}. Arrow keys move a cursor and show which input cells stamp onto it; Escape clears.`}
              describedBy={infoId}
              testId="scatter-output-grid"
              cursor={hover?.grid === 'output' ? hover : null}
              onCursor={(c) => setHover(c ? { grid: 'output', ...c } : null)}
            />
          </div>
        </figure>
      </div>
      <div className="grid-info" data-testid="grid-info">
        <p id={infoId} aria-live={hover ? 'polite' : 'off'} className="grid-info-hover" data-testid="scatter-info">
          {line}
        </p>
      </div>
      <ScatterLegend plan={plan} picture={outPicture} layout={outLayout} overlaps={overlaps} />
    </>
  );
}
