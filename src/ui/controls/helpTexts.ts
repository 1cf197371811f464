/**
 * The short explanation of each control (shown on hover/focus), keyed by URL
 * key, read from the field table (src/state/fieldTable.ts, the one place they
 * are written); `sides` is the explicit-padding part of `pad`.
 */
import { FIELDS, type FieldKey } from '../../state/fieldTable';

const padControl = FIELDS.find((f) => f.key === 'pad')?.type.control;

export const HELP = {
  ...(Object.fromEntries(FIELDS.map((f) => [f.key, f.help])) as Record<FieldKey, string>),
  sides: padControl?.kind === 'pad' ? padControl.sides.help : '',
} as const;
