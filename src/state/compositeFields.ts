/**
 * Kinds of URL value with a reader of their own: the border (`pad`, a name or
 * four sides), explicit values (`x`, `w`, a preset or a list whose length
 * depends on other fields), the hidden-controls list and the nested query of
 * compare's `b`. Their key, label, help, default and hideability still come
 * from the field table; only the reading is special.
 */
import { LIMITS, PAD_KINDS, type Config, type NetLayer, type PadSpec, type SkipPair, type Values } from '../core';
import { readNumberList, type Read } from './fieldParsers';
import { netText, readNet, readSkips, skipsText } from './netCodec';
import type { FieldType, PartLabels } from './fieldTypes';
import { shown } from './notices';

type NamedPad = Exclude<PadSpec['kind'], 'explicit'>;
const NAMED_PADS = PAD_KINDS.filter((k): k is NamedPad => k !== 'explicit');

/** The URL text of a border: its name, or `T,B,L,R`. */
export function padText(p: PadSpec): string {
  return p.kind === 'explicit' ? `${p.top},${p.bottom},${p.left},${p.right}` : p.kind;
}

/** The border: a name (`same`, …) or `T,B,L,R` each within LIMITS.pad; `sides` labels the four-number control. */
export function padType(sides: PartLabels): FieldType<PadSpec> {
  const { min, max } = LIMITS.pad;
  return {
    read(raw, c): Read<PadSpec> {
      const name = raw.trim().toLowerCase();
      if ((NAMED_PADS as readonly string[]).includes(name)) return { value: { kind: name as NamedPad } };
      const parts = name.split(',');
      if (parts.length === 4 && parts.every((p) => /^\s*[+-]?\d{1,15}\s*$/.test(p))) {
        const [top, bottom, left, right] = parts.map((p) => Math.min(max, Math.max(min, Number(p)))) as [number, number, number, number];
        const clamped = parts.some((p, i) => Number(p) !== [top, bottom, left, right][i]);
        const value: PadSpec = { kind: 'explicit', top, bottom, left, right };
        return clamped ? { value, notice: `${c.key}=${shown(raw)}: each side must be ${min}..${max}; used ${top},${bottom},${left},${right}.` } : { value };
      }
      return {
        value: c.fallback,
        notice: `Unknown ${c.key}=${shown(raw)} (expected ${NAMED_PADS.join(', ')}, or top,bottom,left,right); used ${padText(c.fallback)}.`,
      };
    },
    write: padText,
    control: { kind: 'pad', options: PAD_KINDS, min, max, sides },
  };
}

/** The preset a values setting falls back to (its default's preset, else the first). */
function presetOf<P extends string>(v: Values<P>, presets: readonly P[]): P {
  return v.kind === 'preset' ? v.preset : (presets[0] as P);
}

/**
 * Values given as a preset name or as exactly `count(config)` numbers
 * (core's `valueCounts`: `x` channel-major then row-major, `w` in OIHW order).
 * A list of the wrong length falls back to the default preset.
 */
export function valuesType<P extends string>(presets: readonly P[], count: (c: Config) => number): FieldType<Values<P>> {
  return {
    read(raw, c): Read<Values<P>> {
      const name = raw.trim().toLowerCase();
      if ((presets as readonly string[]).includes(name)) return { value: { kind: 'preset', preset: name as P } };
      const fallback = presetOf(c.fallback, presets);
      const fallbackValue: Values<P> = { kind: 'preset', preset: fallback };
      if (!/^[\s\d.eE+,-]*$/.test(raw)) {
        return { value: fallbackValue, notice: `Unknown ${c.key}=${shown(raw)} (expected a preset: ${presets.join(', ')}, or numbers); used ${fallback}.` };
      }
      const list = readNumberList(c.key, raw);
      if (list.value === null) return { value: fallbackValue, notice: `${list.notice ?? ''} Used ${fallback}.` };
      const expected = count(c.config);
      if (!Number.isInteger(expected)) {
        return { value: fallbackValue, notice: `${c.key}: the groups do not divide the channels and filters, so no list of numbers fits; used ${fallback}.` };
      }
      if (list.value.length !== expected) {
        return { value: fallbackValue, notice: `${c.key} has ${list.value.length} numbers but this configuration needs ${expected}; used ${fallback}.` };
      }
      return { value: { kind: 'values', values: list.value }, notice: list.notice };
    },
    write: (v) => (v.kind === 'preset' ? v.preset : v.values.map(String).join(',')),
    control: { kind: 'values', presets },
  };
}

/** `hide=`: a comma list of hideable keys; unknown names are dropped with a notice. */
export function hideType(): FieldType<readonly string[]> {
  return {
    read(raw, c) {
      const names = raw.split(',').map((n) => n.trim()).filter((n) => n !== '');
      const known = names.filter((n) => c.hideable.includes(n));
      const unknown = names.filter((n) => !known.includes(n));
      return unknown.length > 0
        ? { value: known, notice: `${c.key}: ignored unknown control${unknown.length > 1 ? 's' : ''} ${unknown.map(shown).join(', ')}.` }
        : { value: known };
    },
    write: (keys) => keys.join(','),
    control: { kind: 'none' },
  };
}

/** A nested query string kept as text (compare's `b`); empty means none. */
export function queryType(): FieldType<string | null> {
  return { read: (raw) => ({ value: raw === '' ? null : raw }), write: (q) => q ?? '', control: { kind: 'none' } };
}

/** A value read with a list of problems, told as one notice (each problem names its layer or pair). */
function withProblems<T>(value: T, problems: readonly string[]): Read<T> {
  return problems.length > 0 ? { value, notice: problems.join(' ') } : { value };
}

/** The network's layers (`net=`, netCodec.ts). */
export function netType(): FieldType<readonly NetLayer[]> {
  const read = (raw: string) => {
    const r = readNet(raw);
    return withProblems(r.layers, r.problems);
  };
  return { read, write: netText, control: { kind: 'none' } };
}

/** The network's skip pairs (`skip=`). */
export function skipType(): FieldType<readonly SkipPair[]> {
  const read = (raw: string) => {
    const r = readSkips(raw);
    return withProblems(r.skips, r.problems);
  };
  return { read, write: skipsText, control: { kind: 'none' } };
}

/** A comma list of names from `names` (`qops=conv,maxpool`); unknown names are dropped with a notice. Empty means all. */
export function nameListType(names: readonly string[]): FieldType<readonly string[]> {
  return {
    read(raw, c) {
      const given = raw.split(',').map((n) => n.trim().toLowerCase()).filter((n) => n !== '');
      const known = given.filter((n) => names.includes(n));
      const unknown = given.filter((n) => !names.includes(n));
      return unknown.length > 0
        ? { value: known, notice: `${c.key}: ignored unknown name${unknown.length > 1 ? 's' : ''} ${unknown.map(shown).join(', ')} (known: ${names.join(', ')}).` }
        : { value: known };
    },
    write: (list) => list.join(','),
    control: { kind: 'none' },
  };
}
