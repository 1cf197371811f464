/** What the marks on the padded grid mean, for this plan: padding mode, source labels, unread reasons, colour scales. */
import type { Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import type { GridLayout } from '../../render/layout';
import type { PaddedPicture } from '../../render/paddedPicture';
import type { Overlay } from '../../state/store';
import { unreadLegend } from './describe';
import { PoolLegend } from './PoolLegend';
import { TransposedLegend } from './TransposedLegend';

const MODE_TEXT: Record<Plan['config']['mode'], string> = {
  zeros: 'zeros: every padding cell holds 0',
  constant: 'constant: every padding cell holds the constant',
  reflect: 'reflect: mirrored about the edge cell, which is not repeated (c b | a b c d | c b)',
  symmetric: 'symmetric: mirrored including the edge cell (b a | a b c d | d c)',
  replicate: 'replicate: the edge cell repeated (a a | a b c d | d d)',
  circular: 'circular: wraps around to the other side (c d | a b c d | a b)',
};

function Scale({ stops, low, high, caption }: { stops: readonly string[]; low: string; high: string; caption: string }) {
  return (
    <li>
      <span className="legend-scale">
        <span className="legend-scale-end">{low}</span>
        <span className="legend-gradient" style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }} aria-hidden="true" />
        <span className="legend-scale-end">{high}</span>
      </span>{' '}
      {caption}
    </li>
  );
}

export function GridLegend({ plan, overlay, layout, picture }: { plan: Plan; overlay: Overlay; layout: GridLayout; picture: PaddedPicture }) {
  const hasPadding = plan.pads.some((p) => p > 0);
  const transposed = plan.transposed !== null;
  const unread = unreadLegend(plan);
  const c = formatNumber(plan.fill);
  const constantMode = plan.config.mode === 'zeros' || plan.config.mode === 'constant';
  return (
    <ul className="grid-legend" aria-label="Legend of the padded grid">
      {transposed ? null : (
        <li>
          <span className="swatch swatch-input" aria-hidden="true" /> input cell ({plan.h.n}×{plan.w.n}, inside the thick outline)
        </li>
      )}
      {plan.transposed ? (
        <TransposedLegend plan={plan} />
      ) : plan.pool ? (
        <PoolLegend plan={plan} />
      ) : hasPadding ? (
        <li>
          <span className="swatch swatch-pad" aria-hidden="true" /> padding cell (hatched, dashed border) — {MODE_TEXT[plan.config.mode]}
          {plan.config.mode === 'constant' ? ` ${c}` : ''}
        </li>
      ) : (
        <li>no padding</li>
      )}
      {layout.labels && transposed ? (
        <li>Row and column numbers are input indices; · marks a row or column of inserted zeros, ✂ one the crop cuts off.</li>
      ) : null}
      {layout.labels && hasPadding && !plan.pool && !transposed ? (
        <li>
          Row and column numbers are input indices; the grey ones on the padding name the input row or column it copies
          {constantMode ? ` (c: the constant ${c})` : ''}.
        </li>
      ) : null}
      {overlay === 'sources' ? (
        <li>
          {layout.subText
            ? constantMode
              ? `“c”: the padding holds the constant ${c} and copies no input cell; input cells show their own (row, col).`
              : `“↘1,2”: this padding cell copies input (row 1, col 2), which lies in the arrow's direction; input cells show their own (row, col).`
            : 'Cells are too small for source labels: hover a cell, or focus the grid and use the arrow keys, to read its source below.'}
        </li>
      ) : null}
      {overlay === 'coverage' ? (
        <Scale
          stops={picture.scale.stops}
          low="1"
          high={String(picture.range[1])}
          caption={`windows that read the cell${layout.values ? ' (the number in each cell)' : ''}`}
        />
      ) : !layout.values ? (
        <Scale stops={picture.scale.stops} low={formatNumber(picture.range[0])} high={formatNumber(picture.range[1])} caption="value (cells too small for numbers; hover to read one)" />
      ) : null}
      {plan.config.pad.kind === 'causal' ? (
        <li data-testid="legend-causal">
          causal (Keras Conv1D padding='causal'): ke − 1 = {plan.w.before} zeros on the left, none on the right — output t reads inputs up to t, never a later one
        </li>
      ) : null}
      {unread.map((line) => (
        <li key={line}>
          <span className="swatch swatch-unread" aria-hidden="true">
            ✕
          </span>{' '}
          never read: {line}
        </li>
      ))}
      <li>
        <span className="swatch swatch-window" aria-hidden="true" /> the window of the output cell shown (hovered, or the step-through's){' '}
        <span className="swatch swatch-focus" aria-hidden="true" /> the hovered or current cell and the output cells it feeds
      </li>
    </ul>
  );
}
