/**
 * Python text to Padlab's syntax tree (ast.ts), through `@lezer/python`, the
 * grammar CodeMirror uses. Lezer parses anything, marking what it could not
 * read with error nodes; the first one becomes a ParseError with its line
 * and column (pythonErrors.ts). Nothing is ever evaluated: a name stays a
 * reference, which readers treat as "not a literal", and arithmetic is folded
 * only on literal numbers (`(7 - 1) // 2` is 3).
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/python';
import { fold, type Arg, type Node, type Span } from './ast';
import { firstError, isTrailingDotNumber, listsLeftOpen } from './pythonErrors';
import { decodeNumber, decodeString } from './literals';
import { fail, quote, where } from './text';

export type { Arg, CallNode, Node, Span } from './ast';

/** Nesting deeper than this is not a model definition; the limit keeps the stack small. */
const MAX_DEPTH = 100;
/** Punctuation that only delimits: brackets and separators are not values. */
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', 'Comment']);

/** One top-level (or block-level) statement: its lezer node and, for assignments, its target text. */
export interface Statement {
  readonly node: SyntaxNode;
  /** `model` in `model = ...` / `model += ...`; null otherwise. */
  readonly target: string | null;
  /** `=` or `+=` for assignments, null otherwise. */
  readonly op: '=' | '+=' | null;
  /** The value: the expression, the assigned value or the returned value (a tuple when commas join several). */
  readonly value: Node | null;
}

const span = (n: SyntaxNode): Span => ({ pos: n.from, end: n.to });

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Children split at commas, brackets and comments dropped: the items of a list, tuple or argument list. */
function groups(n: SyntaxNode): SyntaxNode[][] {
  const out: SyntaxNode[][] = [[]];
  for (const c of children(n)) {
    if (c.name === ',') out.push([]);
    else if (!PUNCTUATION.has(c.name)) out.at(-1)?.push(c);
  }
  return out.filter((g) => g.length > 0);
}

/** Converts lezer nodes to ast.ts nodes; the source is kept for literal text and messages. */
class Converter {
  private depth = 0;

  constructor(readonly src: string) {}

  private text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  expr(n: SyntaxNode): Node {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) fail(`The text is nested too deeply at ${where(this.src, n.from)}.`, n.from);
    try {
      return this.convert(n);
    } finally {
      this.depth -= 1;
    }
  }

  /** Several comma-joined expressions (or one with a trailing comma) are a tuple, as in Python. */
  joined(parts: SyntaxNode[], trailingComma: boolean): Node | null {
    const [first] = parts;
    if (!first) return null;
    if (parts.length === 1 && !trailingComma) return this.expr(first);
    return { t: 'seq', items: parts.map((p) => this.expr(p)), pos: first.from, end: parts.at(-1)?.to ?? first.to };
  }

  private convert(n: SyntaxNode): Node {
    const s = span(n);
    switch (n.name) {
      case 'Number':
        return decodeNumber(this.text(n), s);
      case 'String':
        return { t: 'str', v: decodeString(this.text(n)), ...s };
      case 'ContinuedString': // adjacent literals concatenate, as in Python
        return { t: 'str', v: children(n).map((c) => (c.name === 'String' ? decodeString(this.text(c)) : '')).join(''), ...s };
      case 'Boolean':
        return { t: 'const', v: this.text(n) === 'True', ...s };
      case 'None':
        return { t: 'const', v: null, ...s };
      case 'VariableName':
        return { t: 'ref', path: this.text(n), ...s };
      case 'MemberExpression':
        return this.member(n);
      case 'CallExpression':
        return this.call(n);
      case 'ParenthesizedExpression': {
        const inner = children(n).find((c) => !PUNCTUATION.has(c.name));
        return inner ? { ...this.expr(inner), ...s } : { t: 'other', ...s };
      }
      case 'TupleExpression':
      case 'ArrayExpression':
        return { t: 'seq', items: groups(n).map((g) => this.item(g)), ...s };
      case 'LambdaExpression': {
        const body = n.lastChild;
        return body ? { t: 'lambda', body: this.expr(body), ...s } : { t: 'other', ...s };
      }
      case 'BinaryExpression':
        return this.binary(n);
      case 'UnaryExpression':
        return this.unary(n);
      default:
        // Dicts, sets, comprehensions, `a if c else b`, f-strings: known only at run time.
        return { t: 'other', ...s };
    }
  }

  /** A single-node item; `*a` in a list, or a generator, is not a literal. */
  private item(g: SyntaxNode[]): Node {
    const [only] = g;
    if (g.length === 1 && only) return this.expr(only);
    return { t: 'other', pos: g[0]?.from ?? 0, end: g.at(-1)?.to ?? 0 };
  }

  private member(n: SyntaxNode): Node {
    if (isTrailingDotNumber(n)) return decodeNumber(this.text(n), span(n));
    const [object, dot, prop] = children(n);
    if (object && dot?.name === '.' && prop?.name === 'PropertyName') {
      const base = this.expr(object);
      if (base.t === 'ref') return { t: 'ref', path: `${base.path}.${this.text(prop)}`, ...span(n) };
    }
    return { t: 'other', ...span(n) }; // a subscript, or a member of a call's result
  }

  private call(n: SyntaxNode): Node {
    const fnNode = n.firstChild;
    const argList = n.lastChild;
    if (!fnNode || argList?.name !== 'ArgList') return { t: 'other', ...span(n) };
    return { t: 'call', fn: this.expr(fnNode), args: this.args(argList), ...span(n) };
  }

  private args(list: SyntaxNode): Arg[] {
    const args: Arg[] = [];
    let sawKeyword = false;
    for (const g of groups(list)) {
      const [a, b, c] = g;
      if (!a) continue;
      const pos = a.from;
      const end = g.at(-1)?.to ?? a.to;
      if ((a.name === '*' || a.name === '**') && b && g.length === 2) {
        args.push({ name: null, star: a.name === '*' ? 1 : 2, value: this.expr(b), pos, end });
      } else if (a.name === 'VariableName' && b?.name === 'AssignOp' && c && g.length === 3) {
        sawKeyword = true;
        args.push({ name: this.text(a), star: 0, value: this.expr(c), pos, end });
      } else {
        if (sawKeyword) fail(`A positional argument follows a keyword argument at ${where(this.src, pos)} (Python rejects this).`, pos);
        args.push({ name: null, star: 0, value: this.item(g), pos, end });
      }
    }
    return args;
  }

  private binary(n: SyntaxNode): Node {
    const [left, op, right] = children(n);
    if (!left || !right) return { t: 'other', ...span(n) };
    if (op?.name !== 'ArithOp') return { t: 'other', parts: [this.expr(left), this.expr(right)], ...span(n) };
    return fold(this.text(op), this.expr(left), this.expr(right), span(n));
  }

  private unary(n: SyntaxNode): Node {
    const [op, operand] = children(n);
    if (!operand) return { t: 'other', ...span(n) };
    if (op?.name !== 'ArithOp') return { t: 'other', parts: [this.expr(operand)], ...span(n) }; // `~x`, `not x`
    const zero: Node = { t: 'num', v: 0, int: true, pos: n.from, end: n.from };
    return fold(this.text(op), zero, this.expr(operand), span(n));
  }

  /** A statement's target and value; null value for statements that hold no expression (import, pass, def). */
  statement(node: SyntaxNode): Statement {
    const parts = children(node).filter((c) => c.name !== 'Comment');
    const trailing = parts.at(-1)?.name === ',';
    const exprs = (list: SyntaxNode[]) => list.filter((c) => c.name !== ',');
    if (node.name === 'ExpressionStatement') return { node, target: null, op: null, value: this.joined(exprs(parts), trailing) };
    if (node.name === 'ReturnStatement') return { node, target: null, op: null, value: this.joined(exprs(parts.slice(1)), trailing) };
    if (node.name === 'AssignStatement' || node.name === 'UpdateStatement') {
      const opAt = parts.map((c) => c.name).lastIndexOf(node.name === 'AssignStatement' ? 'AssignOp' : 'UpdateOp');
      const opNode = parts[opAt];
      const targetNode = parts[0];
      const target = targetNode && opAt === 1 ? this.text(targetNode) : null;
      const op = opNode && this.text(opNode) === '+=' ? '+=' : '=';
      return { node, target, op: node.name === 'AssignStatement' || op === '+=' ? op : null, value: this.joined(exprs(parts.slice(opAt + 1)), trailing) };
    }
    return { node, target: null, op: null, value: null };
  }
}

/** The statements inside a Script or Body node, `a; b` groups opened up, comments dropped. */
export function statementsOf(block: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of children(block)) {
    if (c.name === 'StatementGroup') out.push(...statementsOf(c));
    else if (c.name !== 'Comment' && c.name !== ':' && c.name !== ';') out.push(c);
  }
  return out;
}

/**
 * Parses Python source; throws ParseError at the first place Python would
 * not read. Returns the top-level Script node.
 */
export function parsePython(src: string, lenient = false): SyntaxNode {
  let tree = parser.parse(src);
  const closers = lenient ? listsLeftOpen(src, tree) : '';
  // Offsets stay those of `src`: the closers go after its end.
  if (closers) tree = parser.parse(src + closers);
  const error = firstError(src, tree);
  if (error) fail(error.message, error.at);
  return tree.topNode;
}

/** Reads one statement node (see Statement), converting its value to the ast. */
export function readStatement(src: string, node: SyntaxNode): Statement {
  return new Converter(src).statement(node);
}

/**
 * Parses one statement (the "Paste a layer" box): `[return] [target =|+=]
 * expr`; a list cut off by the end of the text (a line copied from the
 * middle of `model = [ ... ]`) ends there. Throws ParseError on text Python would not read, on more than one
 * statement, and on statements that hold no value.
 */
export function parseStatement(src: string): Node {
  const script = parsePython(src, true);
  const [first, second] = statementsOf(script);
  if (!first) fail('The text is empty: paste one layer line, e.g. nn.Conv2d(3, 64, 3, padding=1).');
  if (second) {
    fail(`Padlab reads one layer at a time: unexpected ${quote(src.slice(second.from, second.to))} at ${where(src, second.from)} after the first statement.`, second.from);
  }
  const { value } = readStatement(src, first);
  return value ?? fail(`Expected a layer call such as nn.Conv2d(3, 64, 3, padding=1), found ${quote(src.slice(first.from, first.to))}.`);
}
