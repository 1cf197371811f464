/**
 * Binds a call's arguments to a layer's signature (positional order,
 * keywords, aliases), then reads them as the types the layer takes. A value
 * of the wrong type is refused with its text quoted; a value that is not a
 * literal (a variable, `k // 2` with a name) is "unknown": Padlab keeps its
 * current setting and says so in a note.
 */
import type { Pair } from '../../core';
import type { PatchBuilder } from './patch';
import type { CallNode, Node } from './syntax';
import { QUOTE_MAX, fail, quote, where } from './text';

export interface Signature {
  /** How messages name the layer, e.g. `nn.Conv2d`. */
  readonly display: string;
  /** Parameter names in positional order. */
  readonly positional: readonly string[];
  /** Keyword-only parameters the reader uses. */
  readonly keywords?: readonly string[];
  /** Other spellings of a parameter (TF1 `filter` for `filters`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Names usually without effect that this layer does read (tf.nn.conv2d's data_format). */
  readonly reads?: readonly string[];
}

/**
 * Arguments that never change the border or the output size: reported in one
 * note rather than as "not understood".
 */
const HARMLESS = new Set(
  (
    'activation use_bias bias bias_initializer kernel_initializer init name input_shape batch_input_shape input_dim ' +
    'batch_size dtype device kernel_regularizer bias_regularizer activity_regularizer kernel_constraint bias_constraint ' +
    'W_regularizer b_regularizer W_constraint b_constraint weights trainable data_format dim_ordering scope reuse ' +
    'activation_fn normalizer_fn normalizer_params weights_initializer weights_regularizer biases_initializer ' +
    'biases_regularizer variables_collections outputs_collections use_cudnn_on_gpu depthwise_initializer ' +
    'pointwise_initializer depthwise_regularizer pointwise_regularizer depthwise_constraint pointwise_constraint ' +
    'lora_rank lora_alpha image_shape input_shape inplace'
  ).split(' '),
);

/** Nested integers as written: `3`, `(1, 2)`, `[[0, 0], [1, 1]]`. */
export type Ints = number | readonly Ints[];

interface Bound {
  readonly node: Node;
  /** `name=value` as typed, for messages. */
  readonly label: string;
}

const isNone = (n: Node) => n.t === 'const' && n.v === null;

export class Args {
  private readonly bound = new Map<string, Bound>();
  /** True after `*args` or `**kwargs`: a missing argument may be inside them. */
  private splat = false;

  constructor(
    readonly src: string,
    readonly call: CallNode,
    readonly sig: Signature,
    readonly out: PatchBuilder,
  ) {
    let next = 0;
    let starred = false;
    const known = new Set([...sig.positional, ...(sig.keywords ?? [])]);
    for (const arg of call.args) {
      const text = src.slice(arg.value.pos, arg.value.end);
      if (arg.star !== 0) this.splat = true;
      if (arg.star === 2) {
        out.note(`${quote(`**${text}`)} is not read: keys inside it could change the result`);
        continue;
      }
      if (arg.star === 1 || (arg.name === null && starred)) {
        starred = true;
        out.note(`positional arguments from ${quote(`*${text}`)} on are not read`);
        continue;
      }
      let name = arg.name;
      if (name === null) {
        name = sig.positional[next] ?? null;
        next += 1;
        if (name === null) {
          fail(`${sig.display} takes at most ${sig.positional.length} positional arguments: ${quote(text)} at ${where(src, arg.pos)} is one too many.`);
        }
      }
      name = sig.aliases?.[name] ?? name;
      const harmless = HARMLESS.has(name) && !sig.reads?.includes(name);
      if (harmless) out.harmless.push(name);
      if (!known.has(name)) {
        if (!harmless) out.ignored.push(name.length > QUOTE_MAX ? `${name.slice(0, QUOTE_MAX - 1)}…` : name);
        continue;
      }
      if (this.bound.has(name)) fail(`${sig.display} got two values for ${name} (second at ${where(src, arg.pos)}).`);
      this.bound.set(name, { node: arg.value, label: quote(`${arg.name ?? name}=${text}`) });
    }
  }

  /** The argument's node; a literal None counts as not given (None means "the default" in these APIs). */
  node(name: string): Node | undefined {
    const b = this.bound.get(name);
    return b && !isNone(b.node) ? b.node : undefined;
  }

  /**
   * The default of an argument that is not given, or undefined after
   * `*args`/`**kwargs`, which may set it (Padlab then keeps its setting).
   */
  absent<T>(dflt: T): T | undefined {
    return this.splat ? undefined : dflt;
  }

  has(name: string): boolean {
    return this.node(name) !== undefined;
  }

  label(name: string): string {
    return this.bound.get(name)?.label ?? name;
  }

  /** Notes a non-literal value and returns undefined, so the caller keeps Padlab's current setting. */
  unknown(name: string, kept: string): undefined {
    this.out.note(`${this.label(name)} is not a literal: Padlab keeps its current ${kept}`);
    return undefined;
  }

  /**
   * A required argument: refused when missing, unless `*args`/`**kwargs` may
   * hold it (then undefined, with a note, and Padlab keeps its setting).
   */
  require(name: string): Node | undefined {
    const node = this.node(name);
    if (node) return node;
    if (!this.splat) fail(`${this.sig.display} needs ${name}; it is missing.`);
    this.out.note(`${name} is not given outright (it may be in *args/**kwargs): Padlab keeps its current setting`);
    return undefined;
  }

  /** A wrong-type refusal that quotes what was typed and says what is taken. */
  wrongType(name: string, node: Node, takes: string): never {
    const what = node.t === 'str' ? 'a string' : node.t === 'const' ? 'a boolean' : node.t === 'num' ? 'not a whole number' : 'not a number';
    return fail(`${this.label(name)} is ${what}: ${name} takes ${takes}.`);
  }

  /**
   * Nested integers of a literal, or null when any part is not a literal.
   * Refuses strings, floats and booleans inside.
   */
  ints(name: string, node: Node, takes: string): Ints | null {
    if (node.t === 'num') return node.int ? node.v : this.wrongType(name, node, takes);
    if (node.t === 'seq') {
      const items = node.items.map((item) => this.ints(name, item, takes));
      return items.some((i) => i === null) ? null : (items as Ints[]);
    }
    if (node.t === 'ref' || node.t === 'other' || node.t === 'call') return null;
    return this.wrongType(name, node, takes);
  }

  /** A count or size at least `min`: the default when absent, undefined when not a literal. */
  int(name: string, dflt: number | 'required', kept: string, min = 1): number | undefined {
    const node = dflt === 'required' ? this.require(name) : this.node(name);
    if (!node) return dflt === 'required' ? undefined : this.absent(dflt);
    const v = this.ints(name, node, 'an integer');
    if (v === null) return this.unknown(name, kept);
    if (typeof v !== 'number') return fail(`${this.label(name)} has several values: ${name} takes one integer.`);
    if (v < min) fail(`${this.label(name)} must be at least ${min}.`);
    return v;
  }

  /**
   * An int or a (height, width) pair, each at least `min`. `dflt` applies when
   * absent; undefined when not a literal.
   */
  pair(name: string, dflt: number | 'required', kept: string, min = 1): Pair | undefined {
    const node = dflt === 'required' ? this.require(name) : this.node(name);
    if (!node) return dflt === 'required' ? undefined : this.absent({ h: dflt, w: dflt });
    const takes = 'an integer or a pair like (3, 3)';
    const v = this.ints(name, node, takes);
    if (v === null) return this.unknown(name, kept);
    const p = typeof v === 'number' ? { h: v, w: v } : v.length === 2 ? { h: v[0], w: v[1] } : null;
    if (!p || typeof p.h !== 'number' || typeof p.w !== 'number') {
      return fail(`${this.label(name)} does not fit a 2-D layer: ${name} takes ${takes}.`);
    }
    if (p.h < min || p.w < min) fail(`${this.label(name)} must be at least ${min} on each axis.`);
    return { h: p.h, w: p.w };
  }

  /** One of `options` (compared case-insensitively), as spelled in `options`. */
  choice<T extends string>(name: string, options: readonly T[], dflt: T, kept: string): T | undefined {
    const node = this.node(name);
    if (!node) return this.absent(dflt);
    if (node.t === 'ref' || node.t === 'other' || node.t === 'call') return this.unknown(name, kept);
    const list = options.map((o) => `'${o}'`).join(', ');
    if (node.t !== 'str') return fail(`${this.label(name)} is not a string: ${name} takes one of ${list}.`);
    const hit = options.find((o) => o.toLowerCase() === node.v.toLowerCase());
    return hit ?? fail(`${this.label(name)} is not understood: ${name} takes one of ${list}.`);
  }

  /** Any literal number (a pad constant); undefined when absent or not a literal. */
  number(name: string, kept: string): number | undefined {
    const node = this.node(name);
    if (!node) return undefined;
    if (node.t === 'num') return node.v;
    if (node.t === 'ref' || node.t === 'other' || node.t === 'call') return this.unknown(name, kept);
    return this.wrongType(name, node, 'a number');
  }

  /** A literal True/False; the default when absent, undefined when not a literal. */
  bool(name: string, dflt: boolean, kept: string): boolean | undefined {
    const node = this.node(name);
    if (!node) return this.absent(dflt);
    if (node.t === 'const' && node.v !== null) return node.v;
    if (node.t === 'num' && node.int && (node.v === 0 || node.v === 1)) return node.v === 1;
    if (node.t === 'ref' || node.t === 'other' || node.t === 'call') return this.unknown(name, kept);
    return fail(`${this.label(name)} is not True or False.`);
  }

}
