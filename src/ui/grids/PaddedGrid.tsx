/**
 * The padded input of one channel: static cells, the moving window, hover
 * linking and click-to-edit of input cells. A transposed convolution's
 * direct picture may be drawn inside a frame of the cells its crop cuts off
 * (render/directPicture.ts): layout cell (r, c) is picture cell (r − top, c − left).
 */
import { useMemo } from 'react';
import { chwIndex, CONSTANT, isPaddingCell, paddedOf, type Plan } from '../../core';
import type { DirectPicture } from '../../render/directPicture';
import type { Cell, GridLayout } from '../../render/layout';
import { paddedOverlay, shiftOverlay } from '../../render/overlays';
import { setConfig, setUi } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { useStep } from '../hooks/useStep';
import { CanvasGrid, type EditSpec } from './CanvasGrid';
import { hoverOn, validHover } from './hover';
import { withValue } from './cellValue';
import { paddedGridLabel } from './paddedLabel';
import { cropNote } from './describeTransposed';

interface Props {
  readonly plan: Plan;
  readonly channel: number;
  readonly layout: GridLayout;
  readonly picture: DirectPicture;
  readonly infoId: string;
}

/** The input cell a picture cell holds, from the index maps; null on padding, on inserted zeros and off the picture. */
function inputCellAt(plan: Plan, row: number, col: number): Cell | null {
  if (row < 0 || col < 0 || row >= plan.h.padded || col >= plan.w.padded || isPaddingCell(plan, row, col)) return null;
  const r = plan.h.source[row] ?? CONSTANT;
  const c = plan.w.source[col] ?? CONSTANT;
  return r === CONSTANT || c === CONSTANT ? null : { row: r, col: c };
}

export function PaddedGrid({ plan, channel, layout, picture, infoId }: Props) {
  const hover = validHover(plan, useApp((s) => s.ui.hover));
  const { row: stepRow, col: stepCol } = useStep(plan);
  const { top, left } = picture.frame;
  const overlay = useMemo(
    () => shiftOverlay(paddedOverlay(plan, hover, { row: stepRow, col: stepCol }, { padded: paddedOf(plan), channel }), top, left),
    [plan, hover, stepRow, stepCol, channel, top, left],
  );
  const { h, w } = plan;

  const edit = useMemo<EditSpec>(() => {
    const at = (c: Cell) => inputCellAt(plan, c.row - top, c.col - left);
    const index = (c: Cell) => {
      const src = at(c);
      return src ? chwIndex(h.n, w.n, channel, src.row, src.col) : -1;
    };
    return {
      canEdit: (c) => at(c) !== null,
      valueOf: (c) => plan.input[index(c)] ?? NaN,
      commit: (c, v) => setConfig({ x: { kind: 'values', values: withValue(plan.input, index(c), v) } }),
      nameOf: (c) => {
        const src = at(c);
        return `Input value at row ${src?.row}, col ${src?.col}${plan.channels > 1 ? `, channel ${channel}` : ''}`;
      },
    };
  }, [plan, channel, h, w, top, left]);

  const cursor = hoverOn(hover, 'padded');
  const direct = plan.transposed !== null;
  const crop = cropNote(plan, picture.frame);
  return (
    <figure className="grid-figure grid-padded">
      <figcaption>
        {direct ? 'Direct picture' : 'Padded input'} <span className="grid-dims">{h.padded}×{w.padded}</span>
        {plan.channels > 1 ? <span className="grid-note"> channel {channel}</span> : null}
        {crop ? <span className="grid-note"> · drawn inside the ✂ cells its crop cuts off</span> : null}
      </figcaption>
      <div className="grid-scroll">
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={overlay}
          label={paddedGridLabel(plan, channel, picture.frame)}
          describedBy={infoId}
          testId="padded-grid"
          cursor={cursor ? { row: cursor.row + top, col: cursor.col + left } : null}
          onCursor={(c) => {
            const row = c ? c.row - top : -1;
            const col = c ? c.col - left : -1;
            // A cut cell is not in the picture: the cursor leaves the hover line empty there.
            const inside = c !== null && row >= 0 && col >= 0 && row < h.padded && col < w.padded;
            setUi({ hover: inside ? { grid: 'padded', row, col } : null });
          }}
          edit={edit}
        />
      </div>
      {crop ? (
        <p className="grid-crop-note" data-testid="crop-note">
          {crop}
        </p>
      ) : null}
    </figure>
  );
}
