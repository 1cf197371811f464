/**
 * Tokenizer for the small piece of Python a layer line is: names, numbers,
 * strings, brackets and operators. Comments and line continuations vanish
 * here, and newlines inside brackets too (Python joins those lines), so the
 * parser sees one logical line per statement.
 */
import { fail, quote, where } from './text';

export type TokenType = 'name' | 'num' | 'str' | 'op' | 'newline' | 'eof';

export interface Token {
  readonly type: TokenType;
  /** The source text of the token (for strings: with prefix and quotes). */
  readonly text: string;
  /** Offsets into the source: [pos, end). */
  readonly pos: number;
  readonly end: number;
  /** num: the value; str: the decoded contents. */
  readonly num?: number;
  readonly isInt?: boolean;
  readonly str?: string;
}

/** Longer operators first, so `//` wins over `/`. */
const OPS = ['**', '//', '->', '==', '!=', '<=', '>=', '(', ')', '[', ']', '{', '}', ',', '=', ':', '.', '+', '-', '*', '/', '%', '@', ';', '<', '>', '|', '&', '~', '^'];
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
/** String prefixes Python allows before a quote (raw, bytes, unicode, f-strings). */
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;
/** Sticky (`y`) patterns: they match at `lastIndex` without copying the rest of the text. */
const NUMBER = /0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?\.?/y;
const NAME = /[A-Za-z_]\w*/y;
const CONTINUATION = /\\[ \t]*\r?\n/y;

function stickyMatch(re: RegExp, src: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(src)?.[0];
}
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };

function readNumber(src: string, i: number): Token {
  const text = stickyMatch(NUMBER, src, i) ?? '';
  if (text === '' || text === '.') fail(`Unexpected ${quote(src.slice(i, i + 1))} at ${where(src, i)}.`);
  const end = i + text.length;
  if (/[A-Za-z_\d]/.test(src[end] ?? '')) {
    fail(`${quote(src.slice(i, end + 1))} at ${where(src, i)} is not a number Padlab reads (use plain integers like 3 or decimals like 0.5).`);
  }
  const clean = text.replace(/_/g, '');
  const radix = /^0[xX]/.test(clean) ? 16 : /^0[oO]/.test(clean) ? 8 : /^0[bB]/.test(clean) ? 2 : 10;
  const value = radix === 10 ? Number(clean) : parseInt(clean.slice(2), radix);
  const isInt = radix !== 10 || /^\d+$/.test(clean);
  if (!Number.isFinite(value)) fail(`${quote(text)} at ${where(src, i)} is not a number Padlab reads.`);
  return { type: 'num', text, pos: i, end, num: value, isInt };
}

function readString(src: string, start: number, quoteAt: number, raw: boolean): Token {
  const q = src[quoteAt] ?? '"';
  const triple = src.startsWith(q.repeat(3), quoteAt);
  const delim = triple ? q.repeat(3) : q;
  let i = quoteAt + delim.length;
  let out = '';
  for (;;) {
    if (i >= src.length || (!triple && src[i] === '\n')) {
      fail(`The string starting at ${where(src, start)} is never closed: add the matching ${q}.`);
    }
    if (src.startsWith(delim, i)) break;
    const ch = src[i] ?? '';
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1] ?? '';
      out += raw ? ch + next : (ESCAPES[next] ?? (next === '\n' ? '' : ch + next));
      i += 2;
      continue;
    }
    out += ch;
    i += 1;
  }
  const end = i + delim.length;
  return { type: 'str', text: src.slice(start, end), pos: start, end, str: out };
}

/** Splits `src` into tokens, ending with one `eof`. Throws ParseError on text Python would not tokenize. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') {
      i += 1;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i += 1;
    } else if (ch === '\\') {
      // A line continuation: backslash right before the end of the line.
      const m = stickyMatch(CONTINUATION, src, i);
      if (!m) fail(`Unexpected ${quote('\\')} at ${where(src, i)}: a backslash only continues a line at its end.`);
      i += m.length;
    } else if (ch === '\n') {
      // Inside brackets Python joins lines; outside, a newline ends a statement.
      if (depth === 0 && tokens.at(-1)?.type !== 'newline') tokens.push({ type: 'newline', text: '\n', pos: i, end: i + 1 });
      i += 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      const text = stickyMatch(NAME, src, i) ?? ch;
      const next = src[i + text.length];
      if ((next === "'" || next === '"') && STRING_PREFIX.test(text)) {
        tokens.push(readString(src, i, i + text.length, /r/i.test(text)));
      } else {
        tokens.push({ type: 'name', text, pos: i, end: i + text.length });
      }
      i = tokens.at(-1)?.end ?? i + 1;
    } else if (ch === "'" || ch === '"') {
      tokens.push(readString(src, i, i, false));
      i = tokens.at(-1)?.end ?? i + 1;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(src[i + 1] ?? ''))) {
      tokens.push(readNumber(src, i));
      i = tokens.at(-1)?.end ?? i + 1;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) fail(`Unexpected character ${quote(ch)} at ${where(src, i)}.`);
      if (OPEN.has(op)) depth += 1;
      if (CLOSE.has(op)) depth = Math.max(0, depth - 1);
      tokens.push({ type: 'op', text: op, pos: i, end: i + op.length });
      i += op.length;
    }
  }
  tokens.push({ type: 'eof', text: '', pos: src.length, end: src.length });
  return tokens;
}
