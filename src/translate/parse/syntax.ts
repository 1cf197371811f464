/**
 * Recursive-descent parser for one Python statement that calls a layer:
 * `[return] [target =|+=] expr`, where expr covers calls, dotted names,
 * numbers, strings, tuples/lists, True/False/None, lambdas, `a if c else b`
 * and + - * / // % ** (folded when both sides are numbers, so `(7 - 1) // 2`
 * is 3). Nothing is
 * ever evaluated: a name is kept as a reference, which readers treat as
 * "not a literal".
 */
import { fold, type Arg, type Node } from './ast';
import { fail, quote, where } from './text';
import { tokenize, type Token } from './tokens';

export type { Arg, CallNode, Node, Span } from './ast';

/** Nesting deeper than this is not a layer line; the limit keeps the stack small. */
const MAX_DEPTH = 40;
/** Keywords that cannot start a value; met where a value is expected, they are a syntax error. */
const KEYWORDS = new Set(['and', 'or', 'not', 'if', 'else', 'for', 'in', 'is', 'def', 'class', 'import', 'from', 'with', 'yield', 'await', 'del', 'pass']);
const TERM_OPS = new Set(['*', '/', '//', '%', '@']);

class Parser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly toks: readonly Token[],
  ) {}

  private get tok(): Token {
    return this.toks[Math.min(this.i, this.toks.length - 1)] as Token;
  }
  private peek(n = 1): Token | undefined {
    return this.toks[this.i + n];
  }
  /** A method, not `this.tok.type ===`: TS would keep a narrowing across next(). */
  private is(type: Token['type']): boolean {
    return this.tok.type === type;
  }
  private isOp(text: string, t: Token = this.tok): boolean {
    return t.type === 'op' && t.text === text;
  }
  private next(): Token {
    const t = this.tok;
    if (this.i < this.toks.length - 1) this.i += 1;
    return t;
  }
  private found(t: Token = this.tok): string {
    return t.type === 'eof' ? 'the end of the text' : t.type === 'newline' ? 'the end of the line' : quote(t.text);
  }
  private expect(text: string, context: string): Token {
    if (!this.isOp(text)) fail(`Expected ${quote(text)} at ${where(this.src, this.tok.pos)} ${context}, found ${this.found()}.`);
    return this.next();
  }

  /** At the end of the text inside brackets: say which bracket is never closed. */
  private unclosed(open: Token, what: string): void {
    if (this.is('eof')) fail(`The ${what} opened at ${where(this.src, open.pos)} is never closed: add ${quote(open.text === '[' ? ']' : ')')}.`);
  }

  /** `[return] [a.b =] expr`, then only blank lines or `;` up to the end. */
  statement(): Node {
    while (this.is('newline')) this.next();
    if (this.is('eof')) fail('The text is empty: paste one layer line, e.g. nn.Conv2d(3, 64, 3, padding=1).');
    if (this.tok.type === 'name' && this.tok.text === 'return') this.next();
    this.skipTarget();
    const first = this.expr();
    // A line copied out of a list ends with `,`: Python reads `a, b` as a tuple.
    let value = first;
    if (this.isOp(',')) {
      const items = [first];
      while (this.isOp(',')) {
        this.next();
        if (this.is('eof') || this.is('newline') || this.isOp(';')) break;
        items.push(this.expr());
      }
      value = { t: 'seq', items, pos: first.pos, end: this.tok.pos };
    }
    while (this.is('newline') || this.isOp(';')) this.next();
    if (!this.is('eof')) {
      fail(`Padlab reads one layer at a time: unexpected ${this.found()} at ${where(this.src, this.tok.pos)} after the first statement.`);
    }
    return value;
  }

  /** Skips an assignment target `x =` or `self.conv1 =` (not `==`). */
  private skipTarget(): void {
    let j = this.i;
    const at = (k: number) => this.toks[k];
    if (at(j)?.type !== 'name') return;
    j += 1;
    while (at(j)?.type === 'op' && at(j)?.text === '.' && at(j + 1)?.type === 'name') j += 2;
    // `x = ...` or `layers += ...` (CycleGAN builds its model as `model += [layer]`).
    if (at(j)?.type === 'op' && at(j)?.text === '+' && at(j + 1)?.text === '=' && at(j + 1)?.pos === at(j)?.end) j += 1;
    if (at(j)?.type === 'op' && at(j)?.text === '=') this.i = j + 1;
  }

  expr(): Node {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) fail(`The text is nested too deeply at ${where(this.src, this.tok.pos)}.`);
    try {
      if (this.tok.type === 'name' && this.tok.text === 'lambda') return this.lambda();
      const value = this.arith();
      return this.tok.type === 'name' && this.tok.text === 'if' ? this.conditional(value) : value;
    } finally {
      this.depth -= 1;
    }
  }

  /**
   * `a if cond else b`: which branch runs is known only at run time, so the
   * condition is skipped (up to its `else`) and the value is unknown.
   */
  private conditional(first: Node): Node {
    const start = this.next();
    let depth = 0;
    while (depth > 0 || !(this.tok.type === 'name' && this.tok.text === 'else')) {
      if (this.is('eof') || (depth === 0 && (this.isOp(',') || this.isOp(')') || this.isOp(']')))) {
        fail(`The ${quote('if')} at ${where(this.src, start.pos)} has no ${quote('else')}.`);
      }
      if (this.isOp('(') || this.isOp('[') || this.isOp('{')) depth += 1;
      if (this.isOp(')') || this.isOp(']') || this.isOp('}')) depth -= 1;
      this.next();
    }
    this.next();
    const other = this.expr();
    return { t: 'other', pos: first.pos, end: other.end };
  }

  private lambda(): Node {
    const start = this.next().pos;
    while (!this.isOp(':')) {
      if (this.tok.type !== 'name' && !this.isOp(',')) fail(`Expected a parameter name or ${quote(':')} in the lambda at ${where(this.src, this.tok.pos)}, found ${this.found()}.`);
      this.next();
    }
    this.next();
    const body = this.expr();
    return { t: 'lambda', body, pos: start, end: body.end };
  }

  private arith(): Node {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text;
      const right = this.term();
      left = fold(op, left, right, { pos: left.pos, end: right.end });
    }
    return left;
  }

  private term(): Node {
    let left = this.unary();
    while (this.tok.type === 'op' && TERM_OPS.has(this.tok.text)) {
      const op = this.next().text;
      const right = this.unary();
      left = fold(op, left, right, { pos: left.pos, end: right.end });
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('-') || this.isOp('+') || this.isOp('~')) {
      const op = this.next();
      const operand = this.unary();
      const zero: Node = { t: 'num', v: 0, int: true, pos: op.pos, end: op.pos };
      return op.text === '~' ? { t: 'other', pos: op.pos, end: operand.end } : fold(op.text, zero, operand, { pos: op.pos, end: operand.end });
    }
    const base = this.postfix();
    if (!this.isOp('**')) return base;
    this.next();
    const exp = this.unary();
    return fold('**', base, exp, { pos: base.pos, end: exp.end });
  }

  private postfix(): Node {
    let node = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const name = this.tok;
        if (name.type !== 'name') fail(`Expected a name after ${quote('.')} at ${where(this.src, name.pos)}, found ${this.found()}.`);
        this.next();
        node = node.t === 'ref' ? { t: 'ref', path: `${node.path}.${name.text}`, pos: node.pos, end: name.end } : { t: 'other', pos: node.pos, end: name.end };
      } else if (this.isOp('(')) {
        const open = this.next();
        const args = this.args(open);
        node = { t: 'call', fn: node, args, pos: node.pos, end: this.expect(')', 'to close the call').end };
      } else if (this.isOp('[')) {
        this.items(']', this.next());
        node = { t: 'other', pos: node.pos, end: this.expect(']', 'to close the subscript').end };
      } else {
        return node;
      }
    }
  }

  /**
   * Comma-separated values up to (not including) `close`; a trailing comma is
   * allowed. `lenient`: a list or tuple cut off by the end of the text (a
   * line copied from the middle of `model = [ ... ]`) ends there.
   */
  private items(close: string, open: Token, lenient = false): { items: Node[]; comma: boolean } {
    const items: Node[] = [];
    let comma = false;
    const what = close === ')' ? 'parenthesis' : 'bracket';
    while (!this.isOp(close)) {
      if (lenient && this.is('eof') && items.length > 0) break;
      this.unclosed(open, what);
      items.push(this.isOp(':') ? { t: 'other', pos: this.tok.pos, end: this.next().end } : this.expr());
      if (this.isOp(':')) this.next(); // a slice inside a subscript: its parts are unknown anyway
      if (!this.isOp(',')) break;
      comma = true;
      this.next();
    }
    if (!(lenient && this.is('eof'))) this.unclosed(open, what);
    return { items, comma };
  }

  private args(open: Token): Arg[] {
    const args: Arg[] = [];
    let sawKeyword = false;
    while (!this.isOp(')')) {
      this.unclosed(open, 'call');
      const start = this.tok.pos;
      let star: 0 | 1 | 2 = 0;
      if (this.isOp('*') || this.isOp('**')) star = this.next().text === '*' ? 1 : 2;
      let name: string | null = null;
      if (star === 0 && this.tok.type === 'name' && this.isOp('=', this.peek() ?? this.tok)) {
        name = this.next().text;
        this.next();
        sawKeyword = true;
      } else if (star === 0 && sawKeyword) {
        fail(`A positional argument follows a keyword argument at ${where(this.src, start)} (Python rejects this).`);
      }
      const value = this.expr();
      args.push({ name, star, value, pos: start, end: value.end });
      if (!this.isOp(',')) break;
      this.next();
    }
    this.unclosed(open, 'call');
    if (!this.isOp(')')) fail(`Expected ${quote(',')} or ${quote(')')} in the call opened at ${where(this.src, open.pos)}, found ${this.found()} at ${where(this.src, this.tok.pos)}.`);
    return args;
  }

  private atom(): Node {
    const t = this.tok;
    if (t.type === 'num') {
      this.next();
      return { t: 'num', v: t.num ?? 0, int: t.isInt ?? false, pos: t.pos, end: t.end };
    }
    if (t.type === 'str') {
      let v = '';
      let end = t.end;
      while (this.is('str')) {
        v += this.tok.str ?? '';
        end = this.next().end; // adjacent literals concatenate, as in Python
      }
      return { t: 'str', v, pos: t.pos, end };
    }
    if (t.type === 'name' && !KEYWORDS.has(t.text)) {
      this.next();
      if (t.text === 'True' || t.text === 'False' || t.text === 'None') {
        return { t: 'const', v: t.text === 'None' ? null : t.text === 'True', pos: t.pos, end: t.end };
      }
      return { t: 'ref', path: t.text, pos: t.pos, end: t.end };
    }
    if (this.isOp('(') || this.isOp('[')) {
      const close = this.next().text === '(' ? ')' : ']';
      const { items, comma } = this.items(close, t, true);
      const end = this.is('eof') ? this.tok.pos : this.expect(close, `to close the ${close === ')' ? 'parenthesis' : 'list'} opened at ${where(this.src, t.pos)}`).end;
      const only = items[0];
      // `(e)` is grouping; `(e,)`, `()` and `[...]` are sequences.
      if (close === ')' && items.length === 1 && !comma && only) return { ...only, pos: t.pos, end };
      return { t: 'seq', items, pos: t.pos, end };
    }
    if (this.isOp('{')) fail(`Dicts and sets (at ${where(this.src, t.pos)}) are not read: write padding as a number or a tuple.`);
    return fail(`Expected a value at ${where(this.src, t.pos)}, found ${this.found()}.`);
  }
}

/** Parses one statement. Throws ParseError with a column on text that is not a Python call statement. */
export function parseStatement(src: string): Node {
  return new Parser(src, tokenize(src)).statement();
}
