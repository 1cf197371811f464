/**
 * The short explanation of each control (shown on hover/focus), keyed by URL
 * key, read from the field table (src/state/fieldTable.ts, the one place they
 * are written); `sides` is the explicit-padding part of the border.
 * For controls outside the table-driven panels (image mode's LayerControls).
 */
import { FIELDS, type FieldKey } from '../../state/fieldTable';

const border = FIELDS.map((f) => f.type.control).find((c) => c.kind === 'pad');

export const HELP = {
  ...(Object.fromEntries(FIELDS.map((f) => [f.key, f.help])) as Record<FieldKey, string>),
  sides: border?.kind === 'pad' ? border.sides.help : '',
} as const;
