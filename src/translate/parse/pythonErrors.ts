/**
 * Lezer parses any text, marking what Python would not read with error
 * nodes (⚠). This turns the first one into a message for the person who
 * pasted it: an unclosed string or bracket names where it was opened, any
 * other problem quotes the text found, always with the line and column.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { quote, where } from './text';

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
/** The token at an offset, for "unexpected `x`": a name, a number, or one character. */
const TOKEN = /[A-Za-z_]\w*|\d[\w.]*|\S/y;
/** Only blanks and comments left: the error is "the text ends here". */
const REST_BLANK = /^(?:\s|#[^\n]*)*$/;

/**
 * `1.` (as in `Rescaling(1./255)`): the grammar reads a number then a
 * member access missing its name; Python reads a float. syntax.ts reads
 * that MemberExpression as the number, so its error node is no error.
 */
export function isTrailingDotNumber(member: SyntaxNode): boolean {
  const [num, dot, rest] = [member.firstChild, member.firstChild?.nextSibling, member.firstChild?.nextSibling?.nextSibling];
  return member.name === 'MemberExpression' && num?.name === 'Number' && dot?.name === '.' && dot.from === num.to && (!rest || (rest.type.isError && rest.from === rest.to));
}

function firstErrorNode(tree: Tree): SyntaxNode | null {
  let found: SyntaxNode | null = null;
  tree.iterate({
    enter(n) {
      if (found) return false;
      if (n.type.isError && !(n.node.parent && isTrailingDotNumber(n.node.parent))) found = n.node;
      return undefined;
    },
  });
  return found;
}

/** What a bracket node is, for "the call opened at … is never closed". */
function bracketName(node: SyntaxNode, open: string): string {
  if (node.name === 'ArgList') return 'call';
  if (node.name === 'ParamList') return 'parameter list';
  return open === '(' ? 'parenthesis' : open === '[' ? 'bracket' : 'brace';
}

/** The innermost bracket around `node` that has no closing bracket, or null. */
function unclosedAround(node: SyntaxNode): { at: number; what: string; close: string } | null {
  for (let a: SyntaxNode | null = node.parent; a; a = a.parent) {
    const open = a.firstChild?.name ?? '';
    const close = CLOSER[open];
    if (close && a.lastChild?.name !== close) return { at: a.from, what: bracketName(a, open), close };
  }
  return null;
}

function enclosing(node: SyntaxNode, name: string): SyntaxNode | null {
  for (let a: SyntaxNode | null = node.parent; a; a = a.parent) if (a.name === name) return a;
  return null;
}

/**
 * The brackets a line copied out of the middle of `model = [ ... ]` leaves
 * open (a list or tuple cut off by the end of the text, never a call), as
 * the closing text that completes it; '' when that is not the problem.
 */
export function listsLeftOpen(src: string, tree: Tree): string {
  const err = firstErrorNode(tree);
  if (!err || !REST_BLANK.test(src.slice(err.from)) || enclosing(err, 'String')) return '';
  let closers = '';
  for (let a: SyntaxNode | null = err.parent; a; a = a.parent) {
    const close = CLOSER[a.firstChild?.name ?? ''];
    if (!close || a.lastChild?.name === close) continue;
    if (a.name === 'ArgList' || a.name === 'ParamList') return '';
    closers += close;
  }
  return closers;
}

/** True when a String node's text stops before its closing quote (the grammar ends it at the line's end). */
function unterminated(text: string): boolean {
  const body = text.replace(/^[A-Za-z]*/, '');
  const q = body[0] ?? '';
  const delim = body.startsWith(q.repeat(3)) ? q.repeat(3) : q;
  return body.length < 2 * delim.length || !body.endsWith(delim) || /(^|[^\\])(\\\\)*\\$/.test(body.slice(0, -delim.length));
}

/** The first string that is never closed, before offset `limit`. */
function openString(src: string, tree: Tree, limit: number): number | null {
  let at: number | null = null;
  tree.iterate({
    enter(n) {
      if (at !== null || n.from > limit) return false;
      if (n.name === 'String' && unterminated(src.slice(n.from, n.to))) at = n.from;
      return undefined;
    },
  });
  return at;
}

/** The message for the first place Python would not read, and that place's offset; null when the text parses. */
export function firstError(src: string, tree: Tree): { message: string; at: number } | null {
  const err = firstErrorNode(tree);
  if (!err) return null;
  const str = openString(src, tree, err.from);
  if (str !== null) {
    const q = /['"]/.exec(src.slice(str, str + 4))?.[0] ?? "'";
    return { message: `The string starting at ${where(src, str)} is never closed: add the matching ${q}.`, at: str };
  }
  const at = errorAt(src, err);
  return { message: describe(src, err, at), at };
}

/** Where to point: an unclosed string or bracket where it opens, else the first token at the error. */
function errorAt(src: string, err: SyntaxNode): number {
  const str = enclosing(err, 'String');
  if (str) return str.from;
  if (REST_BLANK.test(src.slice(err.from))) return unclosedAround(err)?.at ?? src.slice(0, err.from).trimEnd().length;
  let at = err.from;
  while (at < src.length && /\s/.test(src[at] ?? '')) at += 1;
  return at;
}

function describe(src: string, err: SyntaxNode, at: number): string {
  const str = enclosing(err, 'String');
  if (str) {
    const q = /['"]/.exec(src.slice(str.from, str.to))?.[0] ?? "'";
    return `The string starting at ${where(src, str.from)} is never closed: add the matching ${q}.`;
  }
  const open = unclosedAround(err);
  if (REST_BLANK.test(src.slice(err.from))) {
    if (open) return `The ${open.what} opened at ${where(src, open.at)} is never closed: add ${quote(open.close)}.`;
    return `The text ends early at ${where(src, at)}, after ${quote(src.slice(Math.max(0, at - 12), at))}: Python expects more.`;
  }
  TOKEN.lastIndex = at;
  const token = TOKEN.exec(src)?.[0] ?? src.slice(at, at + 1);
  const stray = Object.values(CLOSER).includes(token) && !open ? ': nothing open for it to close' : '';
  return `Python would not read this: unexpected ${quote(token)} at ${where(src, at)}${stray}.`;
}
