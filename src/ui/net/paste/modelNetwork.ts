/**
 * A read model (translate/parseModel) as the network view's layers, with
 * the shape after every line for the preview. The layers' arithmetic is the
 * core's (deriveNet); this file only picks fields, fills defaults and says
 * what was kept from the current network.
 */
import { LAYER_FIELDS, MAX_LAYERS, NET_LIMITS, defaultLayer, defaultStride, deriveNet, type Framework, type NetLayer, type Pair, type Shape } from '../../../core';
// Types only: the parser itself (with @lezer/python) loads lazily (loadParser.ts).
import type { LayerPatch, ModelEntry, ModelInput } from '../../../translate/parseModel';

/** A network layer from a layer entry's patch: the operation's defaults, then every layer field the paste gave. */
export function layerOfPatch(patch: LayerPatch): NetLayer {
  const base = defaultLayer(patch.op ?? 'conv');
  const picked: Partial<Record<(typeof LAYER_FIELDS)[number], unknown>> = {};
  for (const key of LAYER_FIELDS) if (patch[key] !== undefined) picked[key] = patch[key];
  const layer = { ...base, ...(picked as Partial<NetLayer>) };
  // A pool without a stride strides its kernel (PyTorch's stride=None, Keras' strides=None), not the default kernel.
  return patch.stride === undefined ? { ...layer, stride: defaultStride(layer) } : layer;
}

/** One line of the preview. */
export type PreviewRow =
  | { readonly kind: 'layer'; readonly line: number; readonly label: string; readonly index: number; readonly shape: Shape | null; readonly notes: readonly string[]; readonly problem: string | null }
  | { readonly kind: 'passthrough'; readonly line: number; readonly label: string; readonly shape: Shape | null }
  | { readonly kind: 'end'; readonly line: number; readonly label: string }
  /** A layer past MAX_LAYERS. */
  | { readonly kind: 'left-out'; readonly line: number; readonly label: string };

/** What "Use this network" would set, and the preview of it. */
export interface PastedNetwork {
  readonly layers: readonly NetLayer[];
  readonly input: Pair;
  readonly channels: number;
  readonly framework: Framework;
  readonly rows: readonly PreviewRow[];
  /** Where the input came from, what was clamped, what was left out. */
  readonly notes: readonly string[];
}

/** The current network's settings the paste may keep. */
export interface NetworkBase {
  readonly input: Pair;
  readonly channels: number;
  readonly framework: Framework;
  readonly seed: number;
}

/** Whose rules a paste follows, from the reader's names ("PyTorch nn.Conv2d", "Keras Conv2D", "TensorFlow tf.nn.conv2d"). */
export function frameworkOf(entries: readonly ModelEntry[], fallback: Framework): Framework {
  const names = entries.flatMap((e) => (e.kind === 'layer' ? [e.recognized] : []));
  if (names.length > 0 && names.every((n) => n.startsWith('PyTorch'))) return 'torch';
  if (names.length > 0 && names.every((n) => n.startsWith('Keras') || n.startsWith('TensorFlow'))) return 'keras';
  return fallback;
}

function clampTo(v: number, limit: { readonly min: number; readonly max: number }): number {
  return Math.min(Math.max(Math.round(v), limit.min), limit.max);
}

/** The network's input: the paste's own size and channels when it gives them, else the current network's (clamped to the network view's limits). */
function inputOf(model: ModelInput, base: NetworkBase, chosen: Pair | undefined, notes: string[]): { input: Pair; channels: number } {
  const size = model.size ?? chosen ?? base.input;
  const input = { h: clampTo(size.h, NET_LIMITS.input), w: clampTo(size.w, NET_LIMITS.input) };
  const channels = clampTo(model.channels ?? base.channels, NET_LIMITS.channels);
  if (!model.size) notes.push(`The paste does not say the input size: ${input.h}×${input.w} is used (set it below).`);
  else if (input.h !== size.h || input.w !== size.w) notes.push(`Input ${size.h}×${size.w} is past the network view's ${NET_LIMITS.input.max}: ${input.h}×${input.w} is used.`);
  if (model.channels === undefined) notes.push(`The paste does not say the input channels: ${channels} is kept.`);
  else if (channels !== model.channels) notes.push(`${model.channels} input channels are past the network view's ${NET_LIMITS.channels.max}: ${channels} is used.`);
  return { input, channels };
}

/**
 * The layers, input and preview of a read model. `size` is the input size
 * chosen in the preview for a paste that does not state one (PyTorch
 * modules never do); a size the paste states wins.
 */
export function pastedNetwork(entries: readonly ModelEntry[], model: ModelInput, base: NetworkBase, size?: Pair): PastedNetwork {
  const notes: string[] = [];
  const { input, channels } = inputOf(model, base, size, notes);
  const framework = frameworkOf(entries, base.framework);
  const kept = entries.filter((e) => e.kind === 'layer').slice(0, MAX_LAYERS);
  const layers = kept.map((e) => layerOfPatch(e.kind === 'layer' ? e.patch : {}));
  const net = deriveNet({ input, channels, layers, skips: [], seed: base.seed, framework });

  const rows: PreviewRow[] = [];
  let index = 0;
  let shape: Shape | null = [channels, input.h, input.w];
  for (const e of entries) {
    if (e.kind === 'layer') {
      if (index >= MAX_LAYERS) {
        rows.push({ kind: 'left-out', line: e.line, label: e.recognized });
        continue;
      }
      index += 1;
      const failed = net.failure?.layer === index ? net.failure.invalid.message : null;
      shape = net.layers[index - 1]?.out ?? null;
      rows.push({ kind: 'layer', line: e.line, label: e.recognized, index, shape, notes: e.notes, problem: failed });
    } else if (e.kind === 'passthrough') {
      rows.push({ kind: 'passthrough', line: e.line, label: e.name, shape });
    } else {
      rows.push({ kind: 'end', line: e.line, label: e.name });
    }
  }
  const extra = entries.filter((e) => e.kind === 'layer').length - kept.length;
  if (extra > 0) notes.push(`${extra} more ${extra === 1 ? 'layer is' : 'layers are'} left out: the network view holds at most ${MAX_LAYERS}.`);
  return { layers, input, channels, framework, rows, notes };
}
