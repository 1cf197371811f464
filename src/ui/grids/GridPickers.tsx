/**
 * Which channel and filter the grids show (when there are several), which
 * input channels the picked filter reads (groups), and what the padded grid's
 * cells show — or, in a transposed convolution's scatter picture, the output's.
 */
import type { Plan } from '../../core';
import { OVERLAYS, setUi, type Overlay } from '../../state/store';
import { filterReadsText } from './groups';
import { Segmented } from './Segmented';
import type { TransposedPicture } from './transposedPicture';

const OVERLAY_LABEL: Record<Overlay, string> = { values: 'Values', sources: 'Sources', coverage: 'Coverage' };
const OVERLAY_HELP: Record<Overlay, string> = {
  values: 'the value each cell holds',
  sources: 'which input cell each padding cell copies',
  coverage: 'how many windows read each cell',
};
/** The scatter's output: values, or how many stamps land on each cell (its "coverage"). */
const SCATTER_LABEL: Record<Overlay, string> = { values: 'Values', sources: 'Sources', coverage: 'Overlaps' };
const SCATTER_HELP: Record<Overlay, string> = {
  values: 'each output cell: the sum of the stamps that land on it',
  sources: '',
  coverage: 'how many stamps land on each output cell (uneven counts make checkerboard artifacts)',
};

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Neither a pool's padding (−∞ or 0) nor the scatter's output copies an input cell: no "Sources" there. */
const NO_SOURCES: readonly Overlay[] = OVERLAYS.filter((o) => o !== 'sources');

/** The overlay the grid shows for this plan and picture: the chosen one, or values where there are no sources to show. */
export function overlayFor(plan: Plan, chosen: Overlay, picture: TransposedPicture = 'direct'): Overlay {
  const noSources = plan.pool !== null || picture === 'scatter';
  return noSources && !NO_SOURCES.includes(chosen) ? 'values' : chosen;
}

interface Props {
  readonly plan: Plan;
  readonly channel: number;
  readonly filter: number;
  readonly overlay: Overlay;
  readonly picture: TransposedPicture;
}

export function GridPickers({ plan, channel, filter, overlay, picture }: Props) {
  // A pool keeps its channels (output channel = input channel): the channel picker drives both grids.
  const pool = plan.pool !== null;
  const scatter = picture === 'scatter';
  const reads = pool ? null : filterReadsText(plan, filter);
  return (
    <div className="grid-pickers">
      {plan.channels > 1 ? (
        <Segmented legend={pool ? 'Channel' : 'Input channel'} options={range(plan.channels)} value={channel} label={String} onChange={(c) => setUi({ channel: c })} />
      ) : null}
      {plan.filters > 1 && !pool ? <Segmented legend="Filter" options={range(plan.filters)} value={filter} label={String} onChange={(f) => setUi({ filter: f })} /> : null}
      {reads ? (
        <span className="grid-pickers-help" data-testid="filter-reads">
          {reads}
        </span>
      ) : null}
      <Segmented
        legend={scatter ? 'Output shows' : 'Padded grid shows'}
        options={pool || scatter ? NO_SOURCES : OVERLAYS}
        value={overlay}
        label={(o) => (scatter ? SCATTER_LABEL : OVERLAY_LABEL)[o]}
        onChange={(o) => setUi({ overlay: o })}
      />
      <span className="grid-pickers-help">{(scatter ? SCATTER_HELP : OVERLAY_HELP)[overlay]}</span>
    </div>
  );
}
