/**
 * The Layer panel: every setting of the field table that applies to the
 * layer's operation, each labelled and explained, each hideable by `hide=`
 * for a class. Writes go through the store's actions only.
 */
import { memo } from 'react';
import type { Config } from '../../core';
import { shownFields } from '../../state/fieldSelectors';
import { FIELDS } from '../../state/fieldTable';
import type { Pads } from '../../core';
import type { ConfigField, Field } from '../../state/fieldTypes';
import { setConfig } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { LabelledField } from './LabelledField';
import { FieldControl } from './FieldControl';
import { PadSidesInput } from './PadSidesInput';

interface LayerFieldsProps {
  readonly fields: readonly Field[];
  readonly config: Config;
  readonly hide: readonly string[];
  readonly onChange: (patch: Partial<Config>) => void;
  /** The pads on screen when they come from another geometry than the config's (image mode); see padForKind. */
  readonly currentPads?: Pads;
}

interface FieldRowProps {
  readonly field: ConfigField;
  readonly config: Config;
  readonly onChange: (patch: Partial<Config>) => void;
  readonly currentPads?: Pads;
}

/** One setting's row (and the padding sides after the border). */
function FieldRowView({ field: f, config, onChange, currentPads }: FieldRowProps) {
  const control = f.type.control;
  const pad = config.pad;
  return (
    <>
      <LabelledField label={f.label} help={f.help}>
        {(ids) => <FieldControl field={f} config={config} id={ids.input} describedBy={ids.help} onChange={onChange} currentPads={currentPads} sliders />}
      </LabelledField>
      {control.kind === 'pad' && pad.kind === 'explicit' ? (
        <LabelledField label={control.sides.label} help={control.sides.help}>
          {(ids) => <PadSidesInput id={ids.input} describedBy={ids.help} pad={pad} onChange={onChange} sliders />}
        </LabelledField>
      ) : null}
    </>
  );
}

/**
 * A row re-renders only when its own value changes (the border's row reads
 * the whole configuration, see padForKind): while a slider drags the input
 * size, the other fifteen rows are left alone (issue 16's drag profile).
 */
const FieldRow = memo(
  FieldRowView,
  (a, b) =>
    a.field === b.field &&
    a.onChange === b.onChange &&
    a.currentPads === b.currentPads &&
    (a.field.type.control.kind === 'pad' ? a.config === b.config : a.config[a.field.prop] === b.config[b.field.prop]),
);

/**
 * The controls of a field table for one configuration, in the order of `fields`
 * (the Layer panel passes the app's table, image mode a few of its entries,
 * tests the table plus a new entry).
 */
export function LayerFields({ fields, config, hide, onChange, currentPads }: LayerFieldsProps) {
  return (
    <>
      {shownFields(fields, config, hide, 'layer').map((f) => (
        <FieldRow key={f.key} field={f} config={config} onChange={onChange} currentPads={currentPads} />
      ))}
    </>
  );
}

export function ControlsPanel() {
  const config = useApp((s) => s.config);
  const hide = useApp((s) => s.view.hide);
  return (
    <section className="panel controls" aria-labelledby="controls-title">
      <h2 id="controls-title">Layer</h2>
      <div className="control-grid">
        <LayerFields fields={FIELDS} config={config} hide={hide} onChange={setConfig} />
      </div>
    </section>
  );
}
