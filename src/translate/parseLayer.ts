/**
 * Reads one layer line as written in PyTorch, Keras (1, 2, 3), TensorFlow or
 * Theano code and turns it into the Config fields that layer determines, so
 * a user can paste `nn.Conv2d(3, 64, 7, stride=2, padding=3)` or
 * `nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)` instead of setting
 * the controls by hand.
 *
 * Nothing is evaluated (no eval/Function): `@lezer/python`, the grammar
 * CodeMirror uses, reads the Python syntax (parse/syntax.ts turns its tree
 * into Padlab's), and per-framework readers map the arguments. Never throws on user input: problems come back as
 * `{ ok: false, message }`, with the column and what is accepted.
 */
import { DEFAULT_CONFIG, dimsText, valueCount, valueShapes, type Config, type Values } from '../core';
import { PatchBuilder } from './parse/patch';
import { pathOf, readCall } from './parse/readCall';
import { ACCEPTED } from './parse/registry';
import { parseStatement, type CallNode, type Node } from './parse/syntax';
import { ParseError, fail, quote } from './parse/text';

export type ParseResult =
  | {
      readonly ok: true;
      readonly patch: Partial<Config>;
      /** What was read, e.g. "PyTorch nn.Conv2d". */
      readonly recognized: string;
      /** Things understood but not representable, clamped, or kept. */
      readonly notes: readonly string[];
      /** Argument names that were not understood. */
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** Longer pastes are not one layer line; refusing early keeps parsing cheap. */
export const MAX_INPUT = 4000;

/** Wrappers whose single layer argument is the layer: `model.add(...)`, `self.add_module('pool', ...)`, `nn.Sequential(...)`, `TimeDistributed(...)`. */
const WRAPPER = /(^|\.)(add|add_module|Sequential|TimeDistributed|Lambda)$/;

/**
 * Peels what surrounds the layer call: the application `Conv2D(...)(x)`,
 * `model.add(layer)`, `nn.Sequential(layer)` and `Lambda(lambda x: tf.pad(...))`.
 */
function unwrap(src: string, node: Node): CallNode {
  for (let guard = 0; guard < 64; guard += 1) {
    if (node.t === 'lambda') {
      node = node.body;
      continue;
    }
    if (node.t === 'seq' && node.items.length > 0) {
      // `model += [nn.ReflectionPad2d(3)]`: a list holding the layer.
      const [first] = node.items;
      if (node.items.length > 1 || !first) fail(`Padlab reads one layer at a time: the list holds ${node.items.length} items. Paste one of them.`);
      node = first;
      continue;
    }
    if (node.t !== 'call') break;
    if (node.fn.t === 'call') {
      node = node.fn; // `Layer(...)(x)`: the layer is the inner call
      continue;
    }
    const path = pathOf(node.fn);
    const inner = node.args.filter((arg) => arg.value.t === 'call' || arg.value.t === 'lambda');
    if (path && WRAPPER.test(path) && inner.length > 0) {
      const first = inner[0];
      if (inner.length > 1 || !first) fail(`Padlab reads one layer at a time: ${quote(path)} holds ${inner.length} layers. Paste one of them.`);
      node = first.value;
      continue;
    }
    return node;
  }
  return fail(`Expected a layer call such as nn.Conv2d(3, 64, 3, padding=1), found ${quote(src.slice(node.pos, node.end))}. ${ACCEPTED}`);
}

/** What the store puts in place of values that no longer fit (state/configRules.ts `fitValues`: the default). */
const replacement = (v: Values<string>): string => (v.kind === 'preset' ? `the ${v.preset} preset` : 'the default values');

/**
 * Notes for explicit input/kernel values that the new shape no longer fits:
 * applying the patch (the store's `applyEdit`) swaps them for the default.
 */
function valueNotes(base: Config, patch: Partial<Config>, b: PatchBuilder): void {
  const shapes = valueShapes({ ...base, ...patch });
  const lists = [
    { what: 'kernel', typed: base.w, dims: shapes.w, fallback: DEFAULT_CONFIG.w },
    { what: 'input', typed: base.x, dims: shapes.x, fallback: DEFAULT_CONFIG.x },
  ] as const;
  for (const { what, typed, dims, fallback } of lists) {
    const need = valueCount(dims);
    if (typed.kind === 'values' && dims.length === 0) {
      b.note(`a pooling layer has no ${what} values: applying replaces your ${typed.values.length} typed ones with ${replacement(fallback)}`);
    } else if (typed.kind === 'values' && typed.values.length !== need) {
      b.note(
        `your ${typed.values.length} typed ${what} values no longer fit the new shape (${dimsText(dims)}, ${need} values): applying replaces them with ${replacement(fallback)}`,
      );
    }
  }
}

function read(text: string, base: Config): ParseResult {
  if (text.length > MAX_INPUT) fail(`The text is ${text.length} characters long: paste one layer line (at most ${MAX_INPUT}).`);
  const call = unwrap(text, parseStatement(text));
  const b = new PatchBuilder(base);
  const recognized = readCall(text, call, b);
  valueNotes(base, b.patch, b);
  return { ok: true, patch: b.patch, recognized, notes: b.notes, ignored: [...new Set(b.ignored)] };
}

/**
 * Parses one layer line against the current configuration `base` (used for
 * the notes about what is kept). Returns the Config patch, or a message.
 */
export function parseLayer(text: string, base: Config): ParseResult {
  try {
    return read(text, base);
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: e.message };
    // A bug in the parser must not take the page down: say so plainly.
    return { ok: false, message: 'Padlab could not read this line (an internal error in the layer reader).' };
  }
}
