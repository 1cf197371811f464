/**
 * Shared plumbing of the layer parser: the one error type it throws
 * internally (parseLayer turns it into `{ ok: false }`), positions written
 * as line/column for people, and quoting of user text for messages.
 */

/** Longest piece of user text echoed in a message: enough to recognise, never kilobytes. */
export const QUOTE_MAX = 40;

/**
 * A problem with the user's text. Thrown inside the parser only; `parseLayer`
 * catches it, so callers of the bridge never see an exception.
 */
export class ParseError extends Error {
  /** `at`: the offset the problem is at, when known (a pasted model names its line). */
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/** Throws a ParseError; typed `never` so callers can use it in expressions. */
export function fail(message: string, at?: number): never {
  throw new ParseError(message, at);
}

/**
 * User text quoted for a message: whitespace runs collapsed (a multi-line
 * call reads as one line), cut to QUOTE_MAX characters with an ellipsis.
 */
export function quote(text: string): string {
  // A backtick inside would end the quote early; Python never needs one.
  const flat = text.replace(/\s+/g, ' ').replace(/`/g, "'").trim();
  const cut = flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat;
  return `\`${cut}\``;
}

/**
 * "column 12", or "line 2, column 5" when the text spans several lines:
 * columns are 1-based, as editors show them.
 */
export function where(src: string, offset: number): string {
  const before = src.slice(0, Math.max(0, Math.min(offset, src.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = before.length - lineStart + 1;
  if (!src.includes('\n')) return `column ${column}`;
  const line = before.split('\n').length;
  return `line ${line}, column ${column}`;
}
