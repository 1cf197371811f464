/** Which channel and filter the grids show (when there are several) and what the padded grid's cells show. */
import { useId } from 'react';
import type { Plan } from '../../core';
import { OVERLAYS, setUi, type Overlay } from '../../state/store';

const OVERLAY_LABEL: Record<Overlay, string> = { values: 'Values', sources: 'Sources', coverage: 'Coverage' };
const OVERLAY_HELP: Record<Overlay, string> = {
  values: 'the value each cell holds',
  sources: 'which input cell each padding cell copies',
  coverage: 'how many windows read each cell',
};

function Radios<T extends string | number>({ legend, options, value, label, onChange }: { legend: string; options: readonly T[]; value: T; label: (o: T) => string; onChange: (o: T) => void }) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o)} className={o === value ? 'checked' : undefined}>
          <input type="radio" name={name} value={String(o)} checked={o === value} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A pool's padding copies no input cell (it holds −∞ or 0), so "Sources" is not offered there. */
const POOL_OVERLAYS: readonly Overlay[] = OVERLAYS.filter((o) => o !== 'sources');

/** The overlay the padded grid shows for this plan: the chosen one, or values where a pool has no sources to show. */
export function overlayFor(plan: Plan, chosen: Overlay): Overlay {
  return plan.pool && !POOL_OVERLAYS.includes(chosen) ? 'values' : chosen;
}

export function GridPickers({ plan, channel, filter, overlay }: { plan: Plan; channel: number; filter: number; overlay: Overlay }) {
  // A pool keeps its channels (output channel = input channel): the channel picker drives both grids.
  const pool = plan.pool !== null;
  return (
    <div className="grid-pickers">
      {plan.channels > 1 ? (
        <Radios legend={pool ? 'Channel' : 'Input channel'} options={range(plan.channels)} value={channel} label={String} onChange={(c) => setUi({ channel: c })} />
      ) : null}
      {plan.filters > 1 && !pool ? <Radios legend="Filter" options={range(plan.filters)} value={filter} label={String} onChange={(f) => setUi({ filter: f })} /> : null}
      <Radios legend="Padded grid shows" options={pool ? POOL_OVERLAYS : OVERLAYS} value={overlay} label={(o) => OVERLAY_LABEL[o]} onChange={(o) => setUi({ overlay: o })} />
      <span className="grid-pickers-help">{OVERLAY_HELP[overlay]}</span>
    </div>
  );
}
