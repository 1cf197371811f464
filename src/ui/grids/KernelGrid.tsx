/**
 * The kernel taps of one (filter, channel): as given (PyTorch's OIHW
 * `(F, C/g, KH, KW)`, or ConvTranspose2d's `(C, F/g, KH, KW)`), or — for a
 * transposed convolution's direct picture — rotated 180°, as that picture
 * slides it. Click or Enter edits a tap (the weight it holds). Across groups
 * the layer applies zeros no one gave: shown muted, not editable.
 */
import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../core';
import { gridLayout, type Cell } from '../../render/layout';
import { matrixPicture } from '../../render/matrixPicture';
import { setConfig } from '../../state/store';
import { CanvasGrid, type EditSpec } from './CanvasGrid';
import { withValue } from './cellValue';
import { describeKernel } from './describe';
import { filterReadsText, sameGroup } from './groups';
import { filterInGroup, kernelView } from './kernelIndex';

interface Props {
  readonly plan: Plan;
  readonly filter: number;
  readonly channel: number;
  readonly width: number;
  /** Show the kernel rotated 180° (a transposed convolution's direct picture). */
  readonly rotated?: boolean;
}

/** "w[c, f, :, :]" for a transposed convolution (PyTorch's weight order), "filter f, channel c" otherwise. */
function whichKernel(plan: Plan, filter: number, channel: number): string {
  if (plan.transposed) return `w[${channel}, ${filterInGroup(plan, filter)}] (channel ${channel} → filter ${filter})`;
  return [plan.filters > 1 ? `filter ${filter}` : '', plan.channels > 1 ? `channel ${channel}` : ''].filter(Boolean).join(', ');
}

export function KernelGrid({ plan, filter, channel, width, rotated = false }: Props) {
  const KH = plan.h.k;
  const KW = plan.w.k;
  const infoId = useId();
  const [cursor, setCursor] = useState<Cell | null>(null);
  const view = useMemo(() => kernelView(plan, filter, channel, rotated), [plan, filter, channel, rotated]);
  const linked = sameGroup(plan, filter, channel);
  // Half the panel at most (but never squeezed under 260 px): a 15×15 kernel should not push the output off screen.
  const room = Math.min(width, Math.max(260, Math.floor(width / 2)));
  const layout = useMemo(() => gridLayout({ rows: KH, cols: KW, availableWidth: room, labels: true }), [KH, KW, room]);
  const picture = useMemo(() => matrixPicture({ values: view.values, rows: KH, cols: KW, layout, muted: !linked }), [view, KH, KW, layout, linked]);
  const overlay = useMemo(() => ({ focus: cursor }), [cursor]);
  const edit = useMemo<EditSpec>(
    () => ({
      canEdit: (c) => view.indexAt(c.row, c.col) !== null,
      valueOf: (c) => plan.weights[view.indexAt(c.row, c.col) ?? -1] ?? NaN,
      commit: (c, v) => setConfig({ w: { kind: 'values', values: withValue(plan.weights, view.indexAt(c.row, c.col) ?? -1, v) } }),
      nameOf: (c) => `${rotated ? 'Rotated kernel' : 'Kernel'} value at row ${c.row}, col ${c.col}, filter ${filter}, channel ${channel}`,
    }),
    [plan.weights, view, filter, channel, rotated],
  );
  const which = whichKernel(plan, filter, channel);
  const dilated = plan.h.d > 1 || plan.w.d > 1;
  const title = rotated ? 'Kernel rotated 180°' : 'Kernel';

  return (
    <figure className="grid-figure grid-kernel" data-testid="kernel-figure">
      <figcaption>
        {title} <span className="grid-dims">{KH}×{KW}</span>
        {which ? <span className="grid-note"> {which}</span> : null}
        {plan.config.flip && !plan.transposed ? <span className="grid-note"> · applied flipped (true convolution)</span> : null}
        {dilated ? <span className="grid-note"> · taps {plan.h.d}×{plan.w.d} apart in the window</span> : null}
      </figcaption>
      {rotated ? (
        <p className="grid-kernel-note" data-testid="kernel-rotated">
          The direct picture slides the weights rotated 180°: tap (i, j) holds w[…, {KH - 1}−i, {KW - 1}−j].
        </p>
      ) : null}
      {!linked ? (
        <p className="grid-kernel-note" data-testid="kernel-cross-group">
          All 0: {filterReadsText(plan, filter)}, not channel {channel}.
        </p>
      ) : null}
      <div className="grid-scroll">
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={overlay}
          label={`${title} ${KH}×${KW}${which ? `, ${which}` : ''}.${linked ? ' Arrow keys move a cursor, Enter or a click edits a tap.' : ' Zeros: the filter does not read this channel.'}`}
          describedBy={infoId}
          testId="kernel-grid"
          cursor={cursor}
          onCursor={setCursor}
          edit={edit}
        />
      </div>
      <p className="grid-cursor-line" id={infoId} aria-live="polite">
        {cursor && cursor.row < KH && cursor.col < KW ? describeKernel(plan, filter, channel, cursor.row, cursor.col, rotated) : ''}
      </p>
    </figure>
  );
}
