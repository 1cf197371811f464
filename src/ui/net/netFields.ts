/**
 * Which field-table settings the network view edits, with the network
 * view's limits (design.md `net`: sizes to 512, channels and filters to 256).
 * The labels, help and controls stay the table's own (style.md §6): only a
 * control's min/max is widened, from core's NET_LIMITS.
 */
import { DEFAULT_CONFIG, LAYER_FIELDS, NET_LIMITS, type Config, type LimitName, type NetLayer } from '../../core';
import { shownFields } from '../../state/fieldSelectors';
import { FIELDS } from '../../state/fieldTable';
import type { ConfigField, Field } from '../../state/fieldTypes';

/** The entry with its number control's limits taken from NET_LIMITS, where the table names one (its prop is the limit's name). */
export function withNetLimits<F extends Field>(f: F): F {
  const control = f.type.control;
  if (control.kind !== 'pair' && control.kind !== 'int') return f;
  const limit = NET_LIMITS[f.prop as LimitName] as { min: number; max: number } | undefined;
  if (!limit) return f;
  return { ...f, type: { ...f.type, control: { ...control, min: limit.min, max: limit.max } } };
}

const isLayerField = (f: Field) => f.target === 'config' && (LAYER_FIELDS as readonly string[]).includes(f.prop);
const LAYER_TABLE = FIELDS.filter(isLayerField).map(withNetLimits);

/** The network's own settings: input size, channels, seed (always shown: the network's input and weights are seeded), framework. */
export const INPUT_FIELDS: readonly Field[] = FIELDS.filter((f) => ['in', 'c', 'seed', 'fw'].includes(f.key)).map((f) => withNetLimits({ ...f, shownWhen: undefined }));

/** A layer seen as a Config, for the table's `shownWhen` and `ops` rules and the controls' values. */
export function layerAsConfig(layer: NetLayer): Config {
  return { ...DEFAULT_CONFIG, ...layer };
}

/** The settings a layer row edits: the table's layer settings that apply to its operation (`ops`, `shownWhen`), in table order. */
export function layerFields(layer: NetLayer, hide: readonly string[]): readonly ConfigField[] {
  return shownFields(LAYER_TABLE, layerAsConfig(layer), hide, 'layer');
}
