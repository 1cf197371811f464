/**
 * The syntax tree of a layer line. Values are kept as written (numbers,
 * strings, sequences, dotted references); arithmetic is folded only when
 * both sides are literal numbers, as Python would compute them.
 */

/** Offsets into the source, [pos, end). */
export interface Span {
  readonly pos: number;
  readonly end: number;
}

export type Node =
  | (Span & { readonly t: 'num'; readonly v: number; readonly int: boolean })
  | (Span & { readonly t: 'str'; readonly v: string })
  | (Span & { readonly t: 'const'; readonly v: boolean | null })
  | (Span & { readonly t: 'seq'; readonly items: readonly Node[] })
  | (Span & { readonly t: 'ref'; readonly path: string })
  | (Span & { readonly t: 'call'; readonly fn: Node; readonly args: readonly Arg[] })
  | (Span & { readonly t: 'lambda'; readonly body: Node })
  /**
   * Anything else (arithmetic on names, subscripts): a value not known until
   * run time. `parts`: the values inside it, so a model reader still finds
   * the call in `tf.nn.conv2d(x, w) + b`.
   */
  | (Span & { readonly t: 'other'; readonly parts?: readonly Node[] });

export type CallNode = Extract<Node, { t: 'call' }>;

export interface Arg extends Span {
  /** Keyword name, or null for a positional argument. */
  readonly name: string | null;
  /** 1 for `*args`, 2 for `**kwargs`. */
  readonly star: 0 | 1 | 2;
  readonly value: Node;
}

/** Python's arithmetic on two literal numbers; anything else is unknown until run time. */
export function fold(op: string, a: Node, b: Node, span: Span): Node {
  if (a.t !== 'num' || b.t !== 'num') return { t: 'other', parts: [a, b], ...span };
  const both = a.int && b.int;
  let v: number;
  let int = both;
  if (op === '+') v = a.v + b.v;
  else if (op === '-') v = a.v - b.v;
  else if (op === '*') v = a.v * b.v;
  else if (op === '/') [v, int] = [a.v / b.v, false];
  else if (op === '//') v = Math.floor(a.v / b.v);
  else if (op === '%') v = a.v - b.v * Math.floor(a.v / b.v);
  else if (op === '**') [v, int] = [a.v ** b.v, both && b.v >= 0];
  else return { t: 'other', ...span };
  return Number.isFinite(v) ? { t: 'num', v, int, ...span } : { t: 'other', ...span };
}
