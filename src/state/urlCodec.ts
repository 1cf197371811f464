/**
 * The pure URL codec (design.md, URL schema v1), derived from the field table:
 * `parseQuery(query)` gives a state that is always usable plus notices for
 * every value it clamped, replaced or ignored; `formatQuery(state)` writes
 * `v=1` then the non-default keys in schema order. Never reads
 * `window.location` and never throws.
 */
import { LIMITS, NET_LIMITS, type Config } from '../core';
import type { Read } from './fieldParsers';
import { hideableKeys } from './fieldSelectors';
import { FIELDS } from './fieldTable';
import type { Field, FieldType, ReadContext } from './fieldTypes';
import { shown, type Notice } from './notices';
import type { UrlState, ViewSettings } from './urlState';

export const SCHEMA_VERSION = 1;
/** The key of the schema version; the codec's own, not a setting. */
const VERSION_KEY = 'v';
/** The key of the view, read first: it decides which limits sizes are read against. */
const VIEW_KEY = 'view';
/** Longest raw value read (16384 values of a 4×64×64 input fit comfortably). */
const MAX_VALUE_CHARS = 200_000;

export interface Parsed {
  readonly state: UrlState;
  readonly notices: readonly Notice[];
}

export interface UrlCodec {
  parseQuery(query: string): Parsed;
  formatQuery(state: UrlState): string;
}

/** Encodes a value for a query, keeping `,` readable. */
const enc = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');

function readVersion(raw: string): Read<number> {
  return raw.trim() === String(SCHEMA_VERSION)
    ? { value: SCHEMA_VERSION }
    : { value: SCHEMA_VERSION, notice: `Link version ${VERSION_KEY}=${shown(raw)} is not known; read it as version ${SCHEMA_VERSION}.` };
}

/** A field's default for a configuration: its `defaultFor` when the default depends on the fields above it. */
function defaultOf(f: Field, config: Config): unknown {
  return f.target === 'config' && f.defaultFor ? f.defaultFor(config) : f.default;
}

/** A codec for a field table (the app uses FIELDS; tests add entries to prove they reach it). */
export function makeUrlCodec(fields: readonly Field[]): UrlCodec {
  const known = new Set([VERSION_KEY, ...fields.map((f) => f.key)]);
  const hideable = hideableKeys(fields);

  function parseQuery(query: string): Parsed {
    const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
    const notices: Notice[] = [];
    const told = new Set<string>();
    const tell = (key: string, message: string) => {
      if (!told.has(key)) notices.push({ key, message });
      told.add(key);
    };
    const raw = new Map<string, string>();
    for (const [key, value] of params) {
      if (!known.has(key)) {
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
    take(VERSION_KEY, SCHEMA_VERSION, readVersion);
    // The network view reads sizes up to its own limits (design.md, `net`): `in` and `c` are the network's input there.
    const limits = raw.get(VIEW_KEY)?.trim().toLowerCase() === 'net' ? NET_LIMITS : LIMITS;
    // Filled in table order; every Config and ViewSettings field has an entry (a test checks it).
    const state = { config: {} as Record<string, unknown>, view: {} as Record<string, unknown> };
    for (const f of fields) {
      const type: FieldType<unknown> = f.type;
      const config = state.config as unknown as Config;
      const fallback = defaultOf(f, config);
      const ctx: ReadContext<unknown> = { key: f.key, noun: f.noun ?? f.label.toLowerCase(), fallback, config, hideable, limits };
      state[f.target][f.prop] = take(f.key, fallback, (s) => type.read(s, ctx));
    }
    return { state: { config: state.config as unknown as Config, view: state.view as unknown as ViewSettings }, notices };
  }

  function formatQuery(state: UrlState): string {
    const parts = [`${VERSION_KEY}=${SCHEMA_VERSION}`];
    for (const f of fields) {
      const type: FieldType<unknown> = f.type;
      const value = type.write((state[f.target] as unknown as Record<string, unknown>)[f.prop]);
      if (value !== type.write(defaultOf(f, state.config))) parts.push(`${f.key}=${enc(value)}`);
    }
    return parts.join('&');
  }

  return { parseQuery, formatQuery };
}

const codec = makeUrlCodec(FIELDS);

/** Reads a query string (with or without the leading `?`). */
export const parseQuery = codec.parseQuery;

/** Writes a state as a query string (no leading `?`): `v=1` then every non-default key, in schema order. */
export const formatQuery = codec.formatQuery;
