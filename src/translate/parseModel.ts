/**
 * "Paste a model": reads a whole model definition as people paste it —
 * PyTorch `nn.Sequential(...)` (nested, with OrderedDict names) or an
 * nn.Module's `__init__`, Keras `Sequential([...])` or `model.add(...)`
 * lines, a list of `tf.nn` calls — into the network view's layers, in
 * order. Multi-line text, comments and trailing commas are Python, read by
 * `@lezer/python`; every layer goes through the same readers as "Paste a
 * layer". Nothing is evaluated, and no input makes it throw.
 */
import { Assembler, asModelError } from './model/assemble';
import type { ModelParse } from './model/modelTypes';
import { Walker } from './model/walk';
import { parsePython } from './parse/syntax';
import { ParseError } from './parse/text';

export type { LayerPatch, ModelEntry, ModelInput, ModelParse } from './model/modelTypes';

/** Longer pastes are not one model definition; refusing early keeps parsing cheap. */
export const MAX_MODEL_INPUT = 40_000;

/** 1-based line of an offset. */
function lineIndex(src: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function read(src: string, lineOf: (offset: number) => number): ModelParse {
  const walker = new Walker(src);
  walker.block(parsePython(src), { container: false, style: '', block: null });
  const model = new Assembler(src, lineOf);
  for (const found of walker.found) {
    try {
      if (!model.add(found)) break;
    } catch (e) {
      if (e instanceof ParseError) return { ok: false, ...asModelError(e, found.call.pos, lineOf) };
      throw e;
    }
  }
  model.flushCheck();
  if (!model.entries.some((e) => e.kind === 'layer')) {
    return {
      ok: false,
      line: 1,
      message: 'Line 1: No convolution or pooling layer found. Paste nn.Sequential(...), keras.Sequential([...]), model.add(...) lines or tf.nn calls.',
    };
  }
  return { ok: true, entries: model.entries, input: model.input, style: model.style };
}

/**
 * Reads a pasted model definition. Returns its entries in order (layers
 * with their Config fields, shape-keeping layers passed through, the layer
 * that ends the spatial part) and the input it states, or the first problem
 * as "Line N: …".
 */
export function parseModel(src: string): ModelParse {
  const lineOf = lineIndex(src);
  try {
    if (src.length > MAX_MODEL_INPUT) {
      return { ok: false, line: 1, message: `Line 1: The text is ${src.length} characters long: paste one model definition (at most ${MAX_MODEL_INPUT}).` };
    }
    return read(src, lineOf);
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, ...asModelError(e, 0, lineOf) };
    // A bug in the reader must not take the page down: say so plainly.
    return { ok: false, line: 1, message: 'Line 1: Padlab could not read this model (an internal error in the model reader).' };
  }
}
