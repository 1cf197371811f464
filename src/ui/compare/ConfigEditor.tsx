/**
 * A compact editor for one side of the compare view: the field table's
 * `compact` settings (input, kernel, stride, dilation, border with explicit
 * sides, padding mode, framework), rendered by the same FieldControl as the
 * Layer panel. It writes through `onChange`, so side A edits the main config
 * and side B edits `view.b`. Controls listed in `hide=` are hidden here too.
 */
import { useId, useState } from 'react';
import type { Config } from '../../core';
import { shownFields } from '../../state/fieldSelectors';
import { FIELDS } from '../../state/fieldTable';
import type { Field } from '../../state/fieldTypes';
import type { Hideable } from '../../state/urlState';
import { FieldControl } from '../controls/FieldControl';
import { PadSidesInput } from '../controls/PadSidesInput';

interface Props {
  /** "A" or "B": prefixes the accessible names, so both editors can be told apart. */
  readonly side: string;
  readonly config: Config;
  readonly hide: readonly Hideable[];
  readonly onChange: (patch: Partial<Config>) => void;
  /** The field table (tests pass one with an extra entry). */
  readonly fields?: readonly Field[];
}

/** Open at first on wide screens; on a phone the difference matters more than the settings, so they start folded. */
const startOpen = () => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 820px)').matches;

export function ConfigEditor({ side, config: c, hide, onChange, fields = FIELDS }: Props) {
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  const hintId = `${id}-hint`;
  const pad = c.pad;

  return (
    <details className="compare-edit" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{`Edit ${side}`}</summary>
      <div className="compare-editor" role="group" aria-label={`Configuration ${side} settings`}>
        <span id={hintId} className="visually-hidden">
          {`Changes configuration ${side}; the comparison below updates at once.`}
        </span>
        {shownFields(fields, c, hide, 'compact').map((f) => {
          const control = f.type.control;
          return [
            <div key={f.key} className="compare-field">
              <label htmlFor={`${id}-${f.key}`}>
                {/* Both editors have a "Border", a "Mode", …: the side in the name tells them apart off screen too. */}
                <span className="visually-hidden">{`${side} `}</span>
                {f.shortLabel ?? f.label}
              </label>
              <FieldControl field={f} config={c} id={`${id}-${f.key}`} describedBy={control.kind === 'pair' ? hintId : undefined} side={side} onChange={onChange} />
            </div>,
            control.kind === 'pad' && pad.kind === 'explicit' ? (
              <div key={`${f.key}-sides`} className="compare-field compare-field-sides">
                <span className="compare-field-label" id={`${id}-sides`}>
                  {control.sides.shortLabel}
                </span>
                <span role="group" aria-labelledby={`${id}-sides`}>
                  <PadSidesInput id={`${id}-top`} pad={pad} side={side} onChange={onChange} />
                </span>
              </div>
            ) : null,
          ];
        })}
      </div>
    </details>
  );
}
