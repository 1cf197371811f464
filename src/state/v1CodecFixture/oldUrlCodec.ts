/**
 * FROZEN COPY (test fixture) of src/state/urlCodec.ts at commit 92a838e, before
 * the field table (issue 12). Only urlCodecCompat.test.ts imports it: it pins
 * what every schema-v1 link meant, so the table-driven codec can be compared
 * with it. Do not edit it to follow the live codec; delete it with that test.
 * Changes from the original: import paths; the constants it read from core
 * are frozen in oldConstants.ts; `Config` is typed without `op`.
 *
 * The pure URL codec (design.md, URL schema v1): `parseQuery(query)` gives a
 * state that is always usable plus notices for every value it clamped,
 * replaced or ignored; `formatQuery(state)` writes the non-default keys.
 * Never reads `window.location` and never throws.
 */
import type { PadSpec, Values } from '../../core';
import { DEFAULT_CONFIG, FRAMEWORKS, INPUT_PRESETS, KERNEL_PRESETS, LIMITS, PAD_MODES, type V1Config } from './oldConstants';
import { readEnum, readInt, readNumber, readNumberList, readPair, type Read } from './oldFieldParsers';
import { shown, type Notice } from './oldNotices';
import { DEFAULT_URL_STATE, DEFAULT_VIEW, HIDEABLE, VIEWS, type Hideable, type UrlState } from './oldUrlState';

type Config = V1Config;

export const SCHEMA_VERSION = 1;
/** Longest raw value read (16384 values of a 4×64×64 input fit comfortably). */
const MAX_VALUE_CHARS = 200_000;
const KNOWN_KEYS = ['v', 'in', 'c', 'f', 'k', 's', 'd', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed', 'step', 'hide', 'view', 'b'];
/** Keys read elsewhere at start-up, not part of the configuration: `backend=cpu` forces the CPU backend. */
const START_UP_KEYS = ['backend'];
const NAMED_PADS = ['valid', 'same', 'same-lower', 'full', 'half'] as const;

export interface Parsed {
  readonly state: UrlState;
  readonly notices: readonly Notice[];
}

function readPad(raw: string): Read<PadSpec> {
  const name = raw.trim().toLowerCase();
  if ((NAMED_PADS as readonly string[]).includes(name)) return { value: { kind: name as (typeof NAMED_PADS)[number] } };
  const parts = name.split(',');
  if (parts.length === 4 && parts.every((p) => /^\s*[+-]?\d{1,15}\s*$/.test(p))) {
    const [top, bottom, left, right] = parts.map((p) => Math.min(LIMITS.pad.max, Math.max(LIMITS.pad.min, Number(p)))) as [number, number, number, number];
    const clamped = parts.some((p, i) => Number(p) !== [top, bottom, left, right][i]);
    const value: PadSpec = { kind: 'explicit', top, bottom, left, right };
    return clamped ? { value, notice: `pad=${shown(raw)}: each side must be ${LIMITS.pad.min}..${LIMITS.pad.max}; used ${top},${bottom},${left},${right}.` } : { value };
  }
  return {
    value: DEFAULT_CONFIG.pad,
    notice: `Unknown pad=${shown(raw)} (expected ${NAMED_PADS.join(', ')}, or top,bottom,left,right); used same.`,
  };
}

function readValues<P extends string>(key: 'x' | 'w', raw: string, presets: readonly P[], expected: number, fallback: P): Read<Values<P>> {
  const name = raw.trim().toLowerCase();
  if ((presets as readonly string[]).includes(name)) return { value: { kind: 'preset', preset: name as P } };
  const fallbackValue: Values<P> = { kind: 'preset', preset: fallback };
  if (!/^[\s\d.eE+,-]*$/.test(raw)) {
    return { value: fallbackValue, notice: `Unknown ${key}=${shown(raw)} (expected a preset: ${presets.join(', ')}, or numbers); used ${fallback}.` };
  }
  const list = readNumberList(key, raw);
  if (list.value === null) return { value: fallbackValue, notice: `${list.notice ?? ''} Used ${fallback}.` };
  if (list.value.length !== expected) {
    return {
      value: fallbackValue,
      notice: `${key} has ${list.value.length} numbers but this configuration needs ${expected}; used ${fallback}.`,
    };
  }
  return { value: { kind: 'values', values: list.value }, notice: list.notice };
}

/** Reads a query string (with or without the leading `?`). */
export function parseQuery(query: string): Parsed {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const notices: Notice[] = [];
  const told = new Set<string>();
  const tell = (key: string, message: string) => {
    if (!told.has(key)) notices.push({ key, message });
    told.add(key);
  };
  const raw = new Map<string, string>();
  for (const [key, value] of params) {
    if (START_UP_KEYS.includes(key)) continue;
    if (!KNOWN_KEYS.includes(key)) {
      tell(key, `Ignored unknown setting "${shown(key)}".`);
    } else if (raw.has(key)) {
      tell(key, `${key} appears more than once; used the first.`);
    } else if (value.length > MAX_VALUE_CHARS) {
      tell(key, `${key} is too long (${value.length} characters); ignored it.`);
    } else {
      raw.set(key, value);
    }
  }
  const take = <T>(key: string, fallback: T, read: (s: string) => Read<T>): T => {
    const s = raw.get(key);
    if (s === undefined) return fallback;
    const r = read(s);
    if (r.notice) notices.push({ key, message: r.notice });
    return r.value;
  };
  const d = DEFAULT_CONFIG;
  take('v', SCHEMA_VERSION, (s) =>
    s.trim() === String(SCHEMA_VERSION) ? { value: SCHEMA_VERSION } : { value: SCHEMA_VERSION, notice: `Link version v=${shown(s)} is not known; read it as version ${SCHEMA_VERSION}.` },
  );
  const input = take('in', d.input, (s) => readPair('in', s, 'input', d.input));
  const channels = take('c', d.channels, (s) => readInt('c', s, 'channels', d.channels));
  const filters = take('f', d.filters, (s) => readInt('f', s, 'filters', d.filters));
  const kernel = take('k', d.kernel, (s) => readPair('k', s, 'kernel', d.kernel));
  const config: Config = {
    input,
    channels,
    filters,
    kernel,
    stride: take('s', d.stride, (s) => readPair('s', s, 'stride', d.stride)),
    dilation: take('d', d.dilation, (s) => readPair('d', s, 'dilation', d.dilation)),
    pad: take('pad', d.pad, readPad),
    mode: take('mode', d.mode, (s) => readEnum('mode', s, PAD_MODES, d.mode)),
    cval: take('cval', d.cval, (s) => readNumber('cval', s, d.cval)),
    framework: take('fw', d.framework, (s) => readEnum('fw', s, FRAMEWORKS, d.framework)),
    flip: take('flip', d.flip, (s) => (s === '0' || s === '1' ? { value: s === '1' } : { value: false, notice: `flip=${shown(s)} must be 0 or 1; used 0.` })),
    x: take('x', d.x, (s) => readValues('x', s, INPUT_PRESETS, channels * input.h * input.w, 'ramp')),
    w: take('w', d.w, (s) => readValues('w', s, KERNEL_PRESETS, filters * channels * kernel.h * kernel.w, 'ones')),
    seed: take('seed', d.seed, (s) => readInt('seed', s, 'seed', d.seed)),
  };
  const view = {
    step: take('step', DEFAULT_VIEW.step, (s) => readInt('step', s, 'step', DEFAULT_VIEW.step)),
    hide: take('hide', DEFAULT_VIEW.hide, (s) => {
      const names = s.split(',').map((n) => n.trim()).filter((n) => n !== '');
      const known = names.filter((n): n is Hideable => (HIDEABLE as readonly string[]).includes(n));
      const unknown = names.filter((n) => !known.includes(n as Hideable));
      return unknown.length > 0
        ? { value: known, notice: `hide: ignored unknown control${unknown.length > 1 ? 's' : ''} ${unknown.map(shown).join(', ')}.` }
        : { value: known };
    }),
    view: take('view', DEFAULT_VIEW.view, (s) => readEnum('view', s, VIEWS, DEFAULT_VIEW.view)),
    b: take('b', DEFAULT_VIEW.b, (s) => ({ value: s === '' ? null : s })),
  };
  return { state: { config, view }, notices };
}

/** Encodes a value for a query, keeping `,` readable. */
const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
const pair = (p: { h: number; w: number }) => `${p.h}x${p.w}`;
const values = <P extends string>(v: Values<P>) => (v.kind === 'preset' ? v.preset : v.values.map(String).join(','));

function padText(p: PadSpec): string {
  return p.kind === 'explicit' ? `${p.top},${p.bottom},${p.left},${p.right}` : p.kind;
}

/** Writes a state as a query string (no leading `?`): `v=1` then every non-default key, in schema order. */
export function formatQuery(state: UrlState): string {
  const c = state.config;
  const d = DEFAULT_URL_STATE.config;
  const entries: [string, string, string][] = [
    ['in', pair(c.input), pair(d.input)],
    ['c', String(c.channels), String(d.channels)],
    ['f', String(c.filters), String(d.filters)],
    ['k', pair(c.kernel), pair(d.kernel)],
    ['s', pair(c.stride), pair(d.stride)],
    ['d', pair(c.dilation), pair(d.dilation)],
    ['pad', padText(c.pad), padText(d.pad)],
    ['mode', c.mode, d.mode],
    ['cval', String(c.cval), String(d.cval)],
    ['fw', c.framework, d.framework],
    ['flip', c.flip ? '1' : '0', '0'],
    ['x', values(c.x), values(d.x)],
    ['w', values(c.w), values(d.w)],
    ['seed', String(c.seed), String(d.seed)],
    ['step', String(state.view.step), String(DEFAULT_VIEW.step)],
    ['hide', state.view.hide.join(','), ''],
    ['view', state.view.view, DEFAULT_VIEW.view],
    ['b', state.view.b ?? '', ''],
  ];
  const parts = [`v=${SCHEMA_VERSION}`];
  for (const [key, value, fallback] of entries) if (value !== fallback) parts.push(`${key}=${enc(value)}`);
  return parts.join('&');
}
