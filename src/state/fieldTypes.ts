/**
 * The shape of one URL setting in the field table (fieldTable.ts), and the
 * simple kinds of value a setting can hold. Each kind pairs a reader (raw URL
 * text → value and notice), a writer (value → URL text) and the control that
 * edits it, so the codec and the controls cannot disagree about a setting's
 * type or limits. Plain data and functions: no React (state layer).
 */
import type { Config, FieldLimits, LimitName, Operation, PadKind } from '../core';
import { LIMITS } from '../core';
import { readEnum, readInt, readNumber, readPair, type Read } from './fieldParsers';
import { shown } from './notices';
import type { ViewSettings } from './urlState';

/** What a reader knows besides the raw text. */
export interface ReadContext<T> {
  /** The URL key (notices quote it). */
  readonly key: string;
  /** What the setting says in a notice ("outside 1..15 for the kernel size"). */
  readonly noun: string;
  /** The value used when the raw text cannot be read. */
  readonly fallback: T;
  /**
   * The configuration read so far: fields are read in table order, so a
   * reader may use the fields above it (`x` needs `c` and `in`).
   */
  readonly config: Config;
  /** Keys `hide=` accepts (the table's hideable fields). */
  readonly hideable: readonly string[];
  /** The limits sizes are read against: the network view's (`view=net`) or the single layer's. */
  readonly limits: FieldLimits;
}

/** Labels of a composite control's second part (explicit pads: "Padding T B L R"). */
export interface PartLabels {
  readonly label: string;
  readonly shortLabel: string;
  readonly help: string;
}

/** The control that edits a setting; `none` for settings the Layer panel does not show. */
export type Control =
  | { readonly kind: 'pair' | 'int' | 'real'; readonly min: number; readonly max: number }
  | { readonly kind: 'select'; readonly options: readonly string[]; readonly labels?: Readonly<Record<string, string>> }
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'pad'; readonly options: readonly PadKind[]; readonly min: number; readonly max: number; readonly sides: PartLabels }
  | { readonly kind: 'values'; readonly presets: readonly string[] }
  | { readonly kind: 'none' };

/** How one kind of value is read from and written to the URL, and edited. */
export interface FieldType<T> {
  // Method syntax on purpose: a table mixes value types, and methods compare bivariantly.
  read(raw: string, ctx: ReadContext<T>): Read<T>;
  /** The URL text; a value that writes the same text as the default is left out of links. */
  write(value: T): string;
  readonly control: Control;
}

/** Which operations a setting applies to (design.md, "Operations beyond the forward convolution"). */
export type AppliesTo = 'every' | readonly Operation[];

/** What every entry declares besides where its value lives. */
export interface FieldInfo<K extends string = string> {
  /** The URL key, spelled here only. */
  readonly key: K;
  /** The visible label of the control (the Layer panel's accessible name). */
  readonly label: string;
  /** Label in the compare view's compact editor, where it differs. */
  readonly shortLabel?: string;
  /** Name in the teacher panel, where the control hides more than its label says. */
  readonly hideLabel?: string;
  /** How notices name the setting; defaults to the label in lower case. */
  readonly noun?: string;
  /** The explanation shown on hover and focus. */
  readonly help: string;
  /** Whether a teacher can hide its control with `hide=`. */
  readonly hideable: boolean;
  readonly ops: AppliesTo;
  /** Whether the compare view's compact editor shows it. */
  readonly compact: boolean;
  /** When the Layer panel shows the control (the constant only in constant mode); always when absent. */
  readonly shownWhen?: (c: Config) => boolean;
}

/** A setting of the layer's Config. */
export interface ConfigField<K extends string = string, P extends keyof Config = keyof Config> extends FieldInfo<K> {
  readonly target: 'config';
  readonly prop: P;
  readonly default: Config[P];
  /**
   * The default when it depends on the fields above it (a pool's stride is
   * its kernel): what an absent key reads as, and what a link leaves out.
   */
  readonly defaultFor?: (c: Config) => Config[P];
  readonly type: FieldType<Config[P]>;
}

/** A setting of the view (what a link reproduces besides the layer). */
export interface ViewField<K extends string = string, P extends keyof ViewSettings = keyof ViewSettings> extends FieldInfo<K> {
  readonly target: 'view';
  readonly prop: P;
  readonly default: ViewSettings[P];
  readonly type: FieldType<ViewSettings[P]>;
}

export type Field = ConfigField | ViewField;

/** A `HxW` pair (`N` = `NxN`), each side within a core limit. */
export function pairType(limit: LimitName): FieldType<{ readonly h: number; readonly w: number }> {
  return {
    read: (raw, c) => readPair(c.key, raw, limit, c.fallback, c.noun, c.limits),
    write: (p) => `${p.h}x${p.w}`,
    control: { kind: 'pair', ...LIMITS[limit] },
  };
}

/** A whole number within a core limit. */
export function intType(limit: LimitName): FieldType<number> {
  return { read: (raw, c) => readInt(c.key, raw, limit, c.fallback, c.noun, c.limits), write: String, control: { kind: 'int', ...LIMITS[limit] } };
}

/** A finite number within ±LIMITS.value.maxAbs. */
export function realType(): FieldType<number> {
  const max = LIMITS.value.maxAbs;
  return { read: (raw, c) => readNumber(c.key, raw, c.fallback), write: String, control: { kind: 'real', min: -max, max } };
}

/** One of a fixed list of names; `labels` are what the select shows for each. */
export function enumType<T extends string>(names: readonly T[], labels?: Readonly<Record<T, string>>): FieldType<T> {
  return { read: (raw, c) => readEnum(c.key, raw, names, c.fallback), write: (v) => v, control: { kind: 'select', options: names, labels } };
}

/** `0` or `1`, edited with a checkbox. */
export function flagType(): FieldType<boolean> {
  const bit = (v: boolean) => (v ? '1' : '0');
  return {
    read: (raw, c) => (raw === '0' || raw === '1' ? { value: raw === '1' } : { value: c.fallback, notice: `${c.key}=${shown(raw)} must be 0 or 1; used ${bit(c.fallback)}.` }),
    write: bit,
    control: { kind: 'checkbox' },
  };
}
