/**
 * What the app derives from a field table: the `hide=` list, and which
 * controls an editor shows for a configuration. Functions of a table, so a
 * test can pass the app's table plus a new entry and see it everywhere.
 */
import type { Config } from '../core';
import { FIELDS } from './fieldTable';
import type { ConfigField, Field } from './fieldTypes';

/** The keys a table lets `hide=` name, in schema order (so the same choice always gives the same link). */
export function hideableKeys(fields: readonly Field[]): readonly string[] {
  return fields.filter((f) => f.hideable).map((f) => f.key);
}

/** Controls a teacher can hide with `hide=`. */
export const HIDEABLE = hideableKeys(FIELDS);

/** Whether a setting applies to an operation (design.md, "Operations beyond the forward convolution"). */
function appliesTo(field: Field, op: Config['op']): boolean {
  return field.ops === 'every' || field.ops.includes(op);
}

/** Whether a setting has a control: not `none`, and a select only when there is a choice to make. */
function hasControl(f: Field): boolean {
  const c = f.type.control;
  return c.kind !== 'none' && !(c.kind === 'select' && c.options.length < 2);
}

/** The Layer panel, or the compare view's compact editor (only `compact` settings). */
export type Editor = 'layer' | 'compact';

/**
 * The layer settings an editor shows for a configuration, in table order:
 * those with a control, that apply to its operation, that are not hidden by
 * `hide=`, and whose `shownWhen` holds (the constant only in constant mode).
 */
export function shownFields(fields: readonly Field[], c: Config, hide: readonly string[], editor: Editor): readonly ConfigField[] {
  return fields.filter(
    (f): f is ConfigField =>
      f.target === 'config' && hasControl(f) && appliesTo(f, c.op) && !hide.includes(f.key) && (editor === 'layer' || f.compact) && (f.shownWhen?.(c) ?? true),
  );
}
