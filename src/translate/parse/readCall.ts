/**
 * Reads one layer call with its framework's reader: the step "Paste a
 * layer" (parseLayer) and "Paste a model" (parseModel) share, so a layer
 * reads the same in both.
 */
import type { Node } from './ast';
import { Args } from './args';
import type { LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import { ACCEPTED, findLayer } from './registry';
import type { CallNode } from './syntax';
import { fail, quote } from './text';

/** The dotted path of a callee (`nn.Conv2d`), or null when it is not a plain name. */
export const pathOf = (node: Node): string | null => (node.t === 'ref' ? node.path : null);

/**
 * Reads `call` (in `src`, for quoting) into the builder `b`, with the reader
 * `found` (findLayer's by default). Returns what was recognised, e.g.
 * "PyTorch nn.Conv2d"; throws ParseError with the reader's refusal.
 */
export function readCall(src: string, call: CallNode, b: PatchBuilder, found?: { def: LayerDef; guessed: boolean }): string {
  const path = pathOf(call.fn) ?? fail(`Could not tell which layer ${quote(src.slice(call.pos, call.end))} is. ${ACCEPTED}`);
  const { def, guessed } = found ?? findLayer(path, call);
  const sig = typeof def.sig === 'function' ? def.sig(path, call) : def.sig;
  const recognized = def.read(new Args(src, call, sig, b), b, path);
  if (guessed) b.note(`${quote(path)} read as ${recognized}`);
  if (b.harmless.length > 0) b.note(`${[...new Set(b.harmless)].join(', ')} ignored: no effect on padding`);
  return recognized;
}
