/**
 * The settings of one layer row, as compact editors: the field table's
 * controls (FieldControl, the same as the Layer panel's), only those that
 * apply to the layer's operation, each named with the layer's number
 * ("Layer 2 kernel height") so a screen reader can tell the rows apart.
 */
import { useId } from 'react';
import type { Config, NetLayer } from '../../core';
import type { ConfigField } from '../../state/fieldTypes';
import { updateLayer } from '../../state/netActions';
import { FieldControl } from '../controls/FieldControl';
import { PadSidesInput } from '../controls/PadSidesInput';
import { layerAsConfig } from './netFields';

interface Props {
  /** 1-based. */
  readonly index: number;
  readonly layer: NetLayer;
  readonly fields: readonly ConfigField[];
}

/** A patch of the layer's Config is a patch of the layer: the row shows only layer settings. */
const edit = (index: number) => (patch: Partial<Config>) => updateLayer(index, patch as Partial<NetLayer>);

/** One labelled control; the visible label is the table's short one, the hidden prefix says which layer. */
function LayerField({ index, field, config, id }: { index: number; field: ConfigField; config: Config; id: string }) {
  const control = field.type.control;
  const pad = config.pad;
  const side = `Layer ${index}`;
  return (
    <>
      <span className={`net-field net-field-${control.kind}`} title={field.help}>
        <label htmlFor={id}>
          <span className="visually-hidden">{`${side} `}</span>
          {field.shortLabel ?? field.label}
        </label>
        <FieldControl field={field} config={config} id={id} side={side} onChange={edit(index)} />
      </span>
      {control.kind === 'pad' && pad.kind === 'explicit' ? (
        <span className="net-field net-field-sides" role="group" aria-label={`${side} ${control.sides.label.toLowerCase()}`} title={control.sides.help}>
          <span aria-hidden="true">{control.sides.shortLabel}</span>
          <PadSidesInput id={`${id}-sides`} pad={pad} side={side} onChange={edit(index)} />
        </span>
      ) : null}
    </>
  );
}

/** The operation select of a row (its own column: it decides which settings follow). */
export function LayerOperation({ index, layer, field, id }: { index: number; layer: NetLayer; field: ConfigField; id: string }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">{`Layer ${index} operation`}</label>
      <FieldControl field={field} config={layerAsConfig(layer)} id={id} onChange={edit(index)} />
    </>
  );
}

export function LayerEditors({ index, layer, fields }: Props) {
  const id = useId();
  const config = layerAsConfig(layer);
  return (
    <div className="net-fields">
      {fields.map((f) => (
        <LayerField key={f.key} index={index} field={f} config={config} id={`${id}-${f.key}`} />
      ))}
    </div>
  );
}
