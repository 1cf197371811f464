/**
 * Python number and string literals, decoded from their source text (the
 * grammar only says where they are): underscores, hex/octal/binary, float
 * vs int (Padlab's readers refuse `3.0` where an integer goes, as Python
 * would), string prefixes and escapes.
 */
import type { Node, Span } from './ast';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
const PREFIXED = /^0[xXoObB]/;
const RADIX: Record<string, number> = { x: 16, o: 8, b: 2 };

/** A Number node's value; complex (`3j`) and out-of-range numbers are not literals Padlab reads. */
export function decodeNumber(text: string, span: Span): Node {
  const clean = text.replace(/_/g, '');
  if (/[jJlL]$/.test(clean)) return { t: 'other', ...span };
  const radix = PREFIXED.test(clean) ? (RADIX[(clean[1] ?? '').toLowerCase()] ?? 10) : 10;
  const v = radix === 10 ? Number(clean) : parseInt(clean.slice(2), radix);
  if (!Number.isFinite(v)) return { t: 'other', ...span };
  return { t: 'num', v, int: radix !== 10 || /^\d+$/.test(clean), ...span };
}

/** A String node's contents: prefix and quotes removed, escapes decoded (kept as written in raw strings). */
export function decodeString(text: string): string {
  const prefix = /^[A-Za-z]*/.exec(text)?.[0] ?? '';
  const raw = /r/i.test(prefix);
  const body = text.slice(prefix.length);
  const q = body[0] ?? '"';
  const delim = body.startsWith(q.repeat(3)) ? q.repeat(3) : q;
  const inner = body.slice(delim.length, body.endsWith(delim) && body.length >= 2 * delim.length ? body.length - delim.length : body.length);
  if (raw) return inner;
  return inner.replace(/\\(\r?\n|.)/gs, (_, next: string) => (next.endsWith('\n') ? '' : (ESCAPES[next] ?? `\\${next}`)));
}
