/** The kernel taps of one (filter, channel), in PyTorch OIHW order as stored; click or Enter edits a tap. */
import { useId, useMemo, useState } from 'react';
import { oihwIndex, type Plan } from '../../core';
import { gridLayout, type Cell } from '../../render/layout';
import { matrixPicture } from '../../render/matrixPicture';
import { setConfig } from '../../state/store';
import { CanvasGrid, type EditSpec } from './CanvasGrid';
import { withValue } from './cellValue';
import { describeKernel } from './describe';

interface Props {
  readonly plan: Plan;
  readonly filter: number;
  readonly channel: number;
  readonly width: number;
}

export function KernelGrid({ plan, filter, channel, width }: Props) {
  const KH = plan.h.k;
  const KW = plan.w.k;
  const infoId = useId();
  const [cursor, setCursor] = useState<Cell | null>(null);
  const offset = oihwIndex(plan.channels, KH, KW, filter, channel, 0, 0);
  // Half the panel at most (but never squeezed under 260 px): a 15×15 kernel should not push the output off screen.
  const room = Math.min(width, Math.max(260, Math.floor(width / 2)));
  const layout = useMemo(() => gridLayout({ rows: KH, cols: KW, availableWidth: room, labels: true }), [KH, KW, room]);
  const picture = useMemo(
    () => matrixPicture({ values: plan.weights.slice(offset, offset + KH * KW), rows: KH, cols: KW, layout }),
    [plan.weights, offset, KH, KW, layout],
  );
  const overlay = useMemo(() => ({ focus: cursor }), [cursor]);
  const edit = useMemo<EditSpec>(
    () => ({
      canEdit: () => true,
      valueOf: (c) => plan.weights[offset + c.row * KW + c.col] ?? NaN,
      commit: (c, v) => setConfig({ w: { kind: 'values', values: withValue(plan.weights, offset + c.row * KW + c.col, v) } }),
      nameOf: (c) => `Kernel value at row ${c.row}, col ${c.col}, filter ${filter}, channel ${channel}`,
    }),
    [plan.weights, offset, KW, filter, channel],
  );
  const which = [plan.filters > 1 ? `filter ${filter}` : '', plan.channels > 1 ? `channel ${channel}` : ''].filter(Boolean).join(', ');
  const dilated = plan.h.d > 1 || plan.w.d > 1;

  return (
    <figure className="grid-figure grid-kernel">
      <figcaption>
        Kernel <span className="grid-dims">{KH}×{KW}</span>
        {which ? <span className="grid-note"> {which}</span> : null}
        {plan.config.flip ? <span className="grid-note"> · applied flipped (true convolution)</span> : null}
        {dilated ? <span className="grid-note"> · taps {plan.h.d}×{plan.w.d} apart in the window</span> : null}
      </figcaption>
      <div className="grid-scroll">
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={overlay}
          label={`Kernel ${KH}×${KW}${which ? `, ${which}` : ''}. Arrow keys move a cursor, Enter or a click edits a tap.`}
          describedBy={infoId}
          testId="kernel-grid"
          cursor={cursor}
          onCursor={setCursor}
          edit={edit}
        />
      </div>
      <p className="grid-cursor-line" id={infoId} aria-live="polite">
        {cursor && cursor.row < KH && cursor.col < KW ? describeKernel(plan, filter, channel, cursor.row, cursor.col) : ''}
      </p>
    </figure>
  );
}
