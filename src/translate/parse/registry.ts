/**
 * Which reader a callee goes to, and the refusals that name why a layer is
 * not shown (1-D/3-D, transposed, pooling, cropping, anything else).
 */
import { KERAS_LAYERS } from './kerasParser';
import { lastName, prefixOf, type LayerDef } from './layer';
import type { CallNode } from './syntax';
import { fail, quote } from './text';
import { TF_CONV2D, TF_LAYERS, TF_PAD } from './tfParser';
import { THEANO_CONV2D, THEANO_LAYERS } from './theanoParser';
import { TORCH_CONV2D, TORCH_LAYERS, TORCH_PAD } from './torchParser';

/** What Padlab reads, for the refusal messages. */
export const ACCEPTED =
  'Padlab reads PyTorch nn.Conv2d, F.conv2d, F.pad, nn.ReflectionPad2d and the other *Pad2d; ' +
  'Keras Conv2D, Convolution2D, DepthwiseConv2D, SeparableConv2D, ZeroPadding2D; ' +
  'TensorFlow tf.nn.conv2d, tf.pad, tf.layers.conv2d, slim.conv2d; Theano conv2d.';

const LAYERS: readonly LayerDef[] = [...TORCH_LAYERS, ...KERAS_LAYERS, ...TF_LAYERS, ...THEANO_LAYERS];

/** Keyword names that give a bare `conv2d(...)`/`pad(...)` away as TensorFlow or Theano. */
const TF_HINTS = new Set(['strides', 'dilations', 'data_format', 'paddings', 'constant_values', 'filter', 'filters']);
const THEANO_HINTS = new Set(['border_mode', 'subsample', 'filter_flip', 'filter_shape', 'filter_dilation']);

/** A bare `conv2d`/`pad`: TF when an argument looks like TF ('SAME', nested lists, TF keywords), else PyTorch. */
function guessBare(name: 'conv2d' | 'pad', call: CallNode): LayerDef {
  const keys = call.args.map((arg) => arg.name ?? '');
  if (name === 'conv2d' && keys.some((k) => THEANO_HINTS.has(k))) return THEANO_CONV2D;
  const tfLike =
    keys.some((k) => TF_HINTS.has(k)) ||
    call.args.some(({ value: v }) => (v.t === 'str' && v.v === v.v.toUpperCase() && /[A-Z]/.test(v.v)) || (v.t === 'seq' && v.items.some((i) => i.t === 'seq')));
  if (name === 'conv2d') return tfLike ? TF_CONV2D : TORCH_CONV2D;
  return tfLike ? TF_PAD : TORCH_PAD;
}

/** A refusal for layers Padlab knows but does not show, or null. */
function refusal(path: string): string | null {
  const name = lastName(path);
  const q = quote(path);
  if (/transpose|deconv/i.test(name)) {
    return `${q} is a transposed convolution: transposed convolution is not shown by Padlab (it pads the output, not the input). ${ACCEPTED}`;
  }
  const dims = /^(?:Conv|Convolution|conv|SeparableConv|DepthwiseConv|ZeroPadding|ReflectionPad|ReplicationPad|ZeroPad|ConstantPad|CircularPad|UpSampling|Cropping)([13])[dD]$/.exec(name);
  if (dims) return `Padlab shows 2-D convolutions; ${quote(name)} is ${dims[1]}-D. Use the 2-D layer (e.g. Conv2d / Conv2D).`;
  if (/pool/i.test(name)) {
    return `${q} is a pooling layer: Padlab shows convolutions. Pooling slides the same window, so a Conv2D with kernel = pool size, the same strides and padding shows its border.`;
  }
  if (/^Cropping2D$/.test(name)) return `${q} crops, it does not pad: Padlab shows padding (negative pads are not shown).`;
  if (/^(np|numpy)$/.test(prefixOf(path)) && name === 'pad') {
    return `${q} is not read: numpy's axes depend on the array layout. Write it as F.pad or tf.pad. ${ACCEPTED}`;
  }
  return null;
}

/**
 * The reader for a callee path (`guessed` when the path alone did not say
 * which framework), or a refusal, thrown as ParseError.
 */
export function findLayer(path: string, call: CallNode): { def: LayerDef; guessed: boolean } {
  const name = lastName(path);
  const refused = refusal(path);
  if (refused) fail(refused);
  const def = LAYERS.find((d) => d.match(path, call));
  if (def) return { def, guessed: false };
  if (name === 'conv2d' || name === 'pad') return { def: guessBare(name, call), guessed: true };
  return fail(`${quote(path)} is not a 2-D convolution or padding layer; ${ACCEPTED}`);
}
