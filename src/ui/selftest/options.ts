/**
 * The self-test's query string: `backend=cpu|webgl`, `cases=N` (the first N
 * matching cases), `filter=text` (a case-name substring). Pure: the caller
 * passes `location.search`. A malformed value is ignored with a notice, as the
 * app's URL codec does (design.md, URL schema), never a blank page.
 */

import { BACKENDS, DEFAULT_VIEW, type BackendName } from '../../state/urlState';

export interface SelfTestOptions {
  /** Which backend to ask for first; `webgl` falls back to `cpu` on its own. The app's `backend=` values. */
  readonly backend: BackendName;
  /** Run at most this many of the matching cases; null runs them all. */
  readonly limit: number | null;
  /** Case-name substring (case-sensitive, as the names are); empty matches all. */
  readonly filter: string;
}

export interface ParsedOptions {
  readonly options: SelfTestOptions;
  /** One sentence per ignored value, for the user. */
  readonly notices: readonly string[];
}

/** Parses a query string such as `?backend=cpu&cases=20&filter=reflect`. */
export function parseSelfTestOptions(search: string): ParsedOptions {
  const params = new URLSearchParams(search);
  const notices: string[] = [];

  let backend: BackendName = DEFAULT_VIEW.backend;
  const b = params.get('backend');
  const known = BACKENDS.find((name) => name === b);
  if (known) backend = known;
  else if (b !== null) notices.push(`Ignored backend=${b}: use ${BACKENDS.map((name) => `backend=${name}`).join(' or ')}. Trying WebGL first.`);

  let limit: number | null = null;
  const n = params.get('cases');
  if (n !== null) {
    if (/^\d+$/.test(n) && Number(n) >= 1) limit = Number(n);
    else notices.push(`Ignored cases=${n}: it must be a whole number of at least 1. Running every matching case.`);
  }

  return { options: { backend, limit, filter: params.get('filter') ?? '' }, notices };
}

/** Picks the cases to run: the name filter first, then the first `limit` of those. */
export function selectCases<T extends { readonly name: string }>(cases: readonly T[], options: SelfTestOptions): T[] {
  const matching = cases.filter((c) => c.name.includes(options.filter));
  return options.limit === null ? matching : matching.slice(0, options.limit);
}
