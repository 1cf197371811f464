/** The padded input of one channel: static cells, the moving window, hover linking and click-to-edit of input cells. */
import { useMemo } from 'react';
import { chwIndex, isPaddingCell, paddedOf, type Plan } from '../../core';
import type { GridLayout } from '../../render/layout';
import { paddedOverlay } from '../../render/overlays';
import type { PaddedPicture } from '../../render/paddedPicture';
import { setConfig, setUi } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { useStep } from '../hooks/useStep';
import { CanvasGrid, type EditSpec } from './CanvasGrid';
import { hoverOn, validHover } from './hover';
import { withValue } from './cellValue';
import { paddingRule } from './describePool';

interface Props {
  readonly plan: Plan;
  readonly channel: number;
  readonly layout: GridLayout;
  readonly picture: PaddedPicture;
  readonly infoId: string;
}

export function PaddedGrid({ plan, channel, layout, picture, infoId }: Props) {
  const hover = validHover(plan, useApp((s) => s.ui.hover));
  const { row: stepRow, col: stepCol } = useStep(plan);
  const overlay = useMemo(
    () => paddedOverlay(plan, hover, { row: stepRow, col: stepCol }, { padded: paddedOf(plan), channel }),
    [plan, hover, stepRow, stepCol, channel],
  );
  const { h, w } = plan;

  const edit = useMemo<EditSpec>(() => {
    const inputIndex = (row: number, col: number) => chwIndex(h.n, w.n, channel, row - h.before, col - w.before);
    return {
      canEdit: (c) => !isPaddingCell(plan, c.row, c.col),
      valueOf: (c) => plan.input[inputIndex(c.row, c.col)] ?? NaN,
      commit: (c, v) => setConfig({ x: { kind: 'values', values: withValue(plan.input, inputIndex(c.row, c.col), v) } }),
      nameOf: (c) => `Input value at row ${c.row - h.before}, col ${c.col - w.before}${plan.channels > 1 ? `, channel ${channel}` : ''}`,
    };
  }, [plan, channel, h, w]);

  // A pool's padding is not the mode's: it holds −∞ (max) or 0 (average), and the ceil overhang lies past it.
  const border = plan.pool ? paddingRule(plan) : plan.config.mode;
  const overhang =
    h.overhang || w.overhang ? ` The ceil_mode window hangs past the padding by ${h.overhang} row${h.overhang === 1 ? '' : 's'} and ${w.overhang} column${w.overhang === 1 ? '' : 's'}.` : '';
  const label =
    `Padded input${plan.channels > 1 ? `, channel ${channel}` : ''}: ${h.padded}×${w.padded} cells, the ${h.n}×${w.n} input ` +
    `with padding top ${plan.pads[0]}, bottom ${plan.pads[1]}, left ${plan.pads[2]}, right ${plan.pads[3]} (${border}).${overhang} ` +
    'Arrow keys move a cursor cell, Enter edits an input cell, Escape clears.';

  return (
    <figure className="grid-figure grid-padded">
      <figcaption>
        Padded input <span className="grid-dims">{h.padded}×{w.padded}</span>
        {plan.channels > 1 ? <span className="grid-note"> channel {channel}</span> : null}
      </figcaption>
      <div className="grid-scroll">
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={overlay}
          label={label}
          describedBy={infoId}
          testId="padded-grid"
          cursor={hoverOn(hover, 'padded')}
          onCursor={(c) => setUi({ hover: c ? { grid: 'padded', row: c.row, col: c.col } : null })}
          edit={edit}
        />
      </div>
    </figure>
  );
}
