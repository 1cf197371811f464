/**
 * Finds the calls that make up a pasted model, in the order the model runs
 * them: the items of `nn.Sequential(...)` / `keras.Sequential([...])`
 * (nested ones opened up, OrderedDict names dropped), `model.add(...)`,
 * `layers = [...]` / `layers += [...]` lists, `self.conv1 = ...` in an
 * nn.Module's `__init__`, and calls on their own lines (`x = tf.nn.conv2d(x,
 * ...)`), inner calls first. Imports, `def forward` and other statements are
 * skipped. Nothing is evaluated.
 */
import type { SyntaxNode } from '@lezer/common';
import type { CallNode, Node } from '../parse/ast';
import { lastName } from '../parse/layer';
import { pathOf } from '../parse/readCall';
import { readStatement, statementsOf } from '../parse/syntax';
import { fail, quote } from '../parse/text';

/** A call met in the model, with how it was met. */
export interface Found {
  readonly call: CallNode;
  /** Inside a layer container (Sequential, a layer list, model.add): an unknown name there is a layer that keeps the shape. */
  readonly container: boolean;
  /** How the model is written, e.g. "PyTorch nn.Sequential". */
  readonly style: string;
  /** The loop or `if` it sits in (a layer there runs an unknown number of times), with that statement's offset. */
  readonly block: { readonly kind: string; readonly at: number } | null;
}

interface Context {
  readonly container: boolean;
  readonly style: string;
  readonly block: Found['block'];
}

const CONTAINER = /^(Sequential|ModuleList|SequentialCell)$/;
/** Wrappers whose layer is inside: `Lambda(lambda x: tf.pad(...))`, `TimeDistributed(Conv2D(...))`. */
const WRAPPER = /^(Lambda|TimeDistributed|Bidirectional)$/;
/** Methods a model is not built in (PyTorch forward, Keras call). */
const SKIPPED_DEFS = new Set(['forward', 'call', '__call__', 'compute_output_shape', 'get_config']);
const BLOCKS: Record<string, string> = { ForStatement: 'for', WhileStatement: 'while', IfStatement: 'if', TryStatement: 'try' };

/** How calls on their own lines are written, by their prefix. */
function callStyle(path: string): string {
  if (/^(tf|tensorflow)\./.test(path)) return 'TensorFlow calls';
  if (/^(F|torch|nn)\./.test(path)) return 'PyTorch calls';
  if (/^(T|theano)\./.test(path)) return 'Theano calls';
  return 'Python calls';
}

export class Walker {
  readonly found: Found[] = [];
  /** Names of layer lists already read (`model = [...]`), so `nn.Sequential(*model)` does not read them twice. */
  private readonly lists = new Set<string>();

  constructor(private readonly src: string) {}

  /** Walks the statements of a Script or Body node. */
  block(node: SyntaxNode, ctx: Context, inClass = false): void {
    for (const st of statementsOf(node)) this.statement(st, ctx, inClass);
  }

  private statement(st: SyntaxNode, ctx: Context, inClass: boolean): void {
    const body = st.getChild('Body');
    if (st.name === 'ClassDefinition' && body) return this.block(body, { ...ctx, style: 'PyTorch nn.Module' }, true);
    if (st.name === 'DecoratedStatement') {
      const def = st.getChild('FunctionDefinition');
      return def ? this.statement(def, ctx, inClass) : undefined;
    }
    if (st.name === 'FunctionDefinition' && body) {
      const name = this.src.slice(st.getChild('VariableName')?.from ?? 0, st.getChild('VariableName')?.to ?? 0);
      // In a class the layers are made in __init__ (or Keras' build); other methods use them.
      if (inClass ? name === '__init__' || name === 'build' : !SKIPPED_DEFS.has(name)) this.block(body, ctx);
      return;
    }
    const kind = BLOCKS[st.name];
    if (kind) {
      for (const b of st.getChildren('Body')) this.block(b, { ...ctx, block: ctx.block ?? { kind, at: st.from } });
      return;
    }
    if (st.name === 'WithStatement' && body) return this.block(body, ctx);
    const { target, op, value } = readStatement(this.src, st);
    if (!value) return;
    // `model = [nn.Conv2d(...), ...]` / `model += [...]`: a layer list (CycleGAN, pix2pix build their models so).
    if (target && op && value.t === 'seq' && value.items.some((i) => i.t === 'call')) {
      this.lists.add(target);
      return this.items(value, { ...ctx, container: true, style: ctx.block ? ctx.style : 'layer list' });
    }
    this.visit(value, ctx);
  }

  /** A value outside any container: its calls, inner ones first (`tf.nn.relu(tf.nn.conv2d(x, w) + b)`). */
  private visit(node: Node, ctx: Context): void {
    if (node.t === 'seq') for (const item of node.items) this.visit(item, ctx);
    else if (node.t === 'lambda') this.visit(node.body, ctx);
    else if (node.t === 'call') this.call(node, ctx);
    else if (node.t === 'other') for (const part of node.parts ?? []) this.visit(part, ctx);
  }

  private call(call: CallNode, ctx: Context): void {
    if (call.fn.t === 'call') {
      // `Conv2D(...)(x)`: the input first, then the layer.
      for (const arg of call.args) this.visit(arg.value, { ...ctx, container: false });
      return this.call(call.fn, { ...ctx, style: ctx.style || 'Keras functional calls' });
    }
    const path = pathOf(call.fn) ?? '';
    const name = lastName(path);
    if (CONTAINER.test(name)) {
      const style = ctx.block ? ctx.style : call.args.some((a) => a.value.t === 'seq') ? 'Keras Sequential' : `PyTorch nn.${name}`;
      for (const arg of call.args) {
        if (arg.star === 1) this.starred(arg.value);
        else if (arg.name === null || arg.name === 'layers') this.items(arg.value, { ...ctx, container: true, style });
      }
      return;
    }
    if ((name === 'add' || name === 'add_module') && path.includes('.')) {
      const layer = call.args.find((a) => a.value.t === 'call' || a.value.t === 'lambda');
      const style = ctx.block ? ctx.style : name === 'add' ? 'Keras model.add' : 'PyTorch add_module';
      if (layer) this.items(layer.value, { ...ctx, container: true, style });
      return;
    }
    if (WRAPPER.test(name)) {
      const before = this.found.length;
      for (const arg of call.args) this.visit(arg.value, ctx);
      if (this.found.length === before && ctx.container) this.found.push({ call, ...ctx });
      return;
    }
    if (name === 'OrderedDict' && ctx.container) {
      for (const arg of call.args) this.items(arg.value, ctx);
      return;
    }
    if (!ctx.container) for (const arg of call.args) this.visit(arg.value, ctx);
    this.found.push({ call, ...ctx, style: ctx.style || callStyle(path) });
  }

  /** The items of a layer container: calls, lists of them, `('name', layer)` pairs. */
  private items(node: Node, ctx: Context): void {
    if (node.t === 'seq') {
      for (const item of node.items) if (item.t !== 'str') this.items(item, ctx);
    } else if (node.t === 'call') {
      this.call(node, ctx);
    } else if (node.t === 'lambda') {
      this.visit(node.body, ctx);
    } else {
      const text = quote(this.src.slice(node.pos, node.end));
      fail(`${text} is not a layer call: Padlab reads the layers written out, like nn.Conv2d(3, 64, 3).`, node.pos);
    }
  }

  /** `nn.Sequential(*layers)`: the list must have been read above. */
  private starred(node: Node): void {
    const name = pathOf(node);
    if (name && this.lists.has(name)) return;
    const text = quote(`*${this.src.slice(node.pos, node.end)}`);
    fail(`${text} is built elsewhere: paste the lines that build it (\`layers = [...]\`, \`layers += [...]\`) above this one.`, node.pos);
  }
}
