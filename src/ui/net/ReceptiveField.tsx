/**
 * Receptive field panel of the network view (issue 15): pick a cell of the
 * last layer's output and see the cells it reads at every level down to the
 * input, padding included, with the recurrences' rf, jump and start per
 * layer (design.md, "Network view").
 */
import { useMemo } from 'react';
import { netOf } from '../../state/netCache';
import { FIELD_BEYOND_READ, FIELD_PAD_READ, FIELD_READ } from '../../render/netField';
import { useApp } from '../hooks/useApp';
import { fieldJson, fieldView } from './rf/fieldModel';
import { announcement, reachText, recurrenceText, signed } from './rf/fieldText';
import { LevelFigure } from './rf/LevelFigure';
import { OutputPicker } from './rf/OutputPicker';

function Legend() {
  return (
    <ul className="rf-legend" aria-label="Legend">
      <li><span className="rf-swatch" style={{ background: FIELD_READ }} /> read</li>
      <li><span className="rf-swatch rf-swatch-pad-read" style={{ backgroundColor: FIELD_PAD_READ }} /> read, in padding</li>
      <li><span className="rf-swatch rf-swatch-pad" /> padding, not read</li>
      <li><span className="rf-swatch rf-swatch-beyond" style={{ background: FIELD_BEYOND_READ }} /> past the padding: a ceil_mode overhang, holds nothing</li>
      <li><span className="rf-swatch rf-swatch-hole" /> not read (a hole when inside the field)</li>
    </ul>
  );
}

export function ReceptiveField() {
  const config = useApp((s) => s.config);
  const net = useApp((s) => s.view.net);
  const skips = useApp((s) => s.view.skips);
  const step = useApp((s) => s.view.step);
  const plan = netOf(config, { net, skips });
  const view = useMemo(() => fieldView(plan, step), [plan, step]);

  return (
    <section className="panel rf-panel" aria-labelledby="rf-heading">
      <h3 id="rf-heading">Receptive field</h3>
      {!view.ok ? (
        <p className="rf-none" data-testid="rf-none">{view.reason}</p>
      ) : (
        <>
          <p className="rf-intro">
            Pick a cell of the last layer's output ({view.out[1]}×{view.out[2]}): every level below shows the cells it reads, padding included.
          </p>
          <OutputPicker rows={view.out[1]} cols={view.out[2]} row={view.row} col={view.col} announcement={announcement(view)} />
          <Headline view={view} />
          <Legend />
          <div className="rf-levels">
            {view.levels.map((l) => (
              <LevelFigure key={l.level} field={l} op={plan.layers[l.level - 1]?.layer.op} last={l.level === view.level} />
            ))}
          </div>
          <details className="rf-data">
            <summary>Data</summary>
            <pre data-testid="rf-json">{fieldJson(view)}</pre>
          </details>
        </>
      )}
    </section>
  );
}

/** The last layer's recurrence, and where it puts the selected cell's centre on the input. */
function Headline({ view }: { view: Extract<ReturnType<typeof fieldView>, { ok: true }> }) {
  const last = view.levels[view.levels.length - 1];
  if (!last) return null;
  const { h, w } = last.field;
  const reach = reachText(view);
  return (
    <>
      <p className="rf-headline" data-testid="rf-recurrence">
        {`Layer ${view.level}: ${recurrenceText(last.field)}. Cell (${view.row}, ${view.col}) is centred on input row ${signed(h.u + view.row * h.j)}, column ${signed(w.u + view.col * w.j)} (start + index × jump) and spans ${h.r}×${w.r} input cells.`}
      </p>
      {reach ? (
        <p className="rf-reach" data-testid="rf-reach">
          {reach}
        </p>
      ) : null}
    </>
  );
}
