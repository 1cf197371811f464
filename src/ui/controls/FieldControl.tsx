/**
 * The control for one setting of the field table, chosen by its kind (pair,
 * number, select, checkbox, border, values). The Layer panel and the compare
 * editor both render settings through it, so a setting is edited the same way
 * wherever it appears, and a new table entry gets its control here.
 */
import type { Config, Pair, PadSpec, Values } from '../../core';
import type { Pads } from '../../core';
import { padForKind } from '../../state/configRules';
import type { ConfigField } from '../../state/fieldTypes';
import { NumberInput } from './NumberInput';
import { PairInput } from './PairInput';
import { Select } from './Select';

/**
 * The accessible name of a control: the label itself, or, in an editor that
 * appears twice (compare's A and B), the side first: "A input height".
 */
export function controlName(side: string | undefined, label: string): string {
  return side ? `${side} ${label.toLowerCase()}` : label;
}

interface Props {
  readonly field: ConfigField;
  readonly config: Config;
  /** The id the field's visible label points at (its first input). */
  readonly id: string;
  readonly describedBy?: string;
  /** "A" or "B" in the compare editor. */
  readonly side?: string;
  readonly onChange: (patch: Partial<Config>) => void;
  /** The pads on screen, when they come from another geometry than the config's (image mode); see padForKind. */
  readonly currentPads?: Pads;
  /** Sliders beside the size boxes (the Layer panel; the compare editor's half width has no room for them). */
  readonly sliders?: boolean;
}

export function FieldControl({ field, config, id, describedBy, side, onChange, currentPads, sliders = false }: Props) {
  const value: unknown = config[field.prop];
  const set = (v: unknown) => onChange({ [field.prop]: v } as Partial<Config>);
  const control = field.type.control;
  switch (control.kind) {
    case 'pair':
      return (
        <PairInput
          id={id}
          name={controlName(side, field.label)}
          value={value as Pair}
          min={control.min}
          max={control.max}
          describedBy={describedBy ?? ''}
          onChange={set}
          sliders={sliders}
        />
      );
    case 'int':
    case 'real':
      return <NumberInput id={id} real={control.kind === 'real'} value={value as number} min={control.min} max={control.max} describedBy={describedBy} onChange={set} />;
    case 'select':
      return <Select id={id} describedBy={describedBy} value={value as string} options={control.options} labels={control.labels} onChange={set} />;
    case 'checkbox':
      return <input id={id} type="checkbox" aria-describedby={describedBy} checked={value as boolean} onChange={(e) => set(e.target.checked)} />;
    case 'pad':
      // The one rule for switching the border (configRules.padForKind): explicit keeps the current pads.
      return <Select id={id} describedBy={describedBy} value={(value as PadSpec).kind} options={control.options} onChange={(kind) => set(padForKind(config, kind, currentPads))} />;
    case 'values': {
      const v = value as Values<string>;
      // "custom" is offered only while typed values are in use: it cannot be chosen, only left.
      const options = v.kind === 'values' ? [...control.presets, 'custom'] : control.presets;
      return (
        <Select
          id={id}
          describedBy={describedBy}
          value={v.kind === 'preset' ? v.preset : 'custom'}
          options={options}
          onChange={(preset) => preset !== 'custom' && set({ kind: 'preset', preset })}
        />
      );
    }
    case 'none':
      return null;
  }
}
