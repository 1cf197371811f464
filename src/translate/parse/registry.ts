/**
 * Which reader a callee goes to, and the refusals that name why a layer is
 * not shown (3-D, 1-D other than a convolution, 1-D/3-D transposed,
 * global/adaptive pooling, cropping, anything else).
 */
import { CONVT_LAYERS, convtRefusal } from './convtParser';
import { KERAS_LAYERS } from './kerasParser';
import { lastName, prefixOf, type LayerDef } from './layer';
import { POOL_LAYERS, TF_POOL, TORCH_POOL_FUNCTION } from './poolParser';
import type { CallNode } from './syntax';
import { fail, quote } from './text';
import { TF_CONV2D, TF_LAYERS, TF_PAD } from './tfParser';
import { THEANO_CONV2D, THEANO_LAYERS } from './theanoParser';
import { TORCH_CONV2D, TORCH_LAYERS, TORCH_PAD } from './torchParser';

/** What Padlab reads, for the refusal messages. */
export const ACCEPTED =
  'Padlab reads PyTorch nn.Conv2d, nn.Conv1d, F.conv2d, nn.ConvTranspose2d, F.conv_transpose2d, F.pad, nn.ReflectionPad2d and the other *Pad2d, nn.MaxPool2d, nn.AvgPool2d, F.max_pool2d, F.avg_pool2d; ' +
  'Keras Conv2D, Conv1D, Convolution2D, DepthwiseConv2D, SeparableConv2D, Conv2DTranspose, Deconvolution2D, ZeroPadding2D, MaxPooling2D, AveragePooling2D; ' +
  'TensorFlow tf.nn.conv2d, tf.nn.conv2d_transpose, tf.pad, tf.nn.max_pool2d, tf.nn.avg_pool2d, tf.layers.conv2d, slim.conv2d; Theano conv2d.';

const LAYERS: readonly LayerDef[] = [...CONVT_LAYERS, ...TORCH_LAYERS, ...KERAS_LAYERS, ...TF_LAYERS, ...POOL_LAYERS, ...THEANO_LAYERS];

/** Keyword names that give a bare `conv2d(...)`/`pad(...)`/`max_pool2d(...)` away as TensorFlow or Theano. */
const TF_HINTS = new Set(['strides', 'dilations', 'data_format', 'paddings', 'constant_values', 'filter', 'filters', 'ksize']);
const THEANO_HINTS = new Set(['border_mode', 'subsample', 'filter_flip', 'filter_shape', 'filter_dilation']);

/** A bare `conv2d`/`pad`/`max_pool2d`/`avg_pool2d`: TF when an argument looks like TF ('SAME', nested lists, TF keywords), else PyTorch. */
function guessBare(name: 'conv2d' | 'pad' | 'max_pool2d' | 'avg_pool2d', call: CallNode): LayerDef {
  const keys = call.args.map((arg) => arg.name ?? '');
  if (name === 'conv2d' && keys.some((k) => THEANO_HINTS.has(k))) return THEANO_CONV2D;
  const tfLike =
    keys.some((k) => TF_HINTS.has(k)) ||
    call.args.some(({ value: v }) => (v.t === 'str' && v.v === v.v.toUpperCase() && /[A-Z]/.test(v.v)) || (v.t === 'seq' && v.items.some((i) => i.t === 'seq')));
  if (name === 'conv2d') return tfLike ? TF_CONV2D : TORCH_CONV2D;
  if (name === 'pad') return tfLike ? TF_PAD : TORCH_PAD;
  return tfLike ? TF_POOL : TORCH_POOL_FUNCTION(name);
}

/** A refusal for layers Padlab knows but does not show, or null. */
function refusal(path: string): string | null {
  const name = lastName(path);
  const q = quote(path);
  const transposed = convtRefusal(path);
  if (transposed) return transposed;
  // 1-D convolutions are read onto a one-row input (Keras Conv1D, PyTorch nn.Conv1d); other 1-D/3-D layers are refused.
  if (/^(Conv1D|Convolution1D|Conv1d)$/.test(name)) return null;
  const dims = /^(?:Conv|Convolution|conv|SeparableConv|DepthwiseConv|ZeroPadding|ReflectionPad|ReplicationPad|ZeroPad|ConstantPad|CircularPad|UpSampling|Cropping|MaxPool|AvgPool|MaxPooling|AveragePooling|max_pool|avg_pool)([13])[dD]$/.exec(name);
  if (dims) return `Padlab shows 2-D layers; ${quote(name)} is ${dims[1]}-D. Use the 2-D layer (e.g. Conv2d / MaxPool2d / Conv2D).`;
  if (/^(Global|Adaptive)/.test(name)) {
    return `${q} pools the whole input or to a set output size: its window is not a fixed k×k with a border, which is what Padlab shows. ${ACCEPTED}`;
  }
  if (/pool/i.test(name) && !/^(MaxPool2d|AvgPool2d|MaxPooling2D|AveragePooling2D|MaxPool2D|AvgPool2D|max_pool2d|avg_pool2d|max_pool|avg_pool|max_pooling2d|average_pooling2d)$/.test(name)) {
    return `${q} is not max or average pooling with a fixed window: Padlab shows those two. ${ACCEPTED}`;
  }
  if (/^Cropping2D$/.test(name)) return `${q} crops, it does not pad: Padlab shows padding (negative pads are not shown).`;
  if (/^(np|numpy)$/.test(prefixOf(path)) && name === 'pad') {
    return `${q} is not read: numpy's axes depend on the array layout. Write it as F.pad or tf.pad. ${ACCEPTED}`;
  }
  return null;
}

/**
 * The reader for a callee path (`guessed` when the path alone did not say
 * which framework); null for a name Padlab does not know (a pasted model
 * passes those through); a known layer Padlab does not show is thrown as
 * ParseError with the reason.
 */
export function knownLayer(path: string, call: CallNode): { def: LayerDef; guessed: boolean } | null {
  const name = lastName(path);
  const refused = refusal(path);
  if (refused) fail(refused);
  const def = LAYERS.find((d) => d.match(path, call));
  if (def) return { def, guessed: false };
  if (name === 'conv2d' || name === 'pad' || name === 'max_pool2d' || name === 'avg_pool2d') return { def: guessBare(name, call), guessed: true };
  return null;
}

/** knownLayer, with a refusal for a name Padlab does not know. */
export function findLayer(path: string, call: CallNode): { def: LayerDef; guessed: boolean } {
  return knownLayer(path, call) ?? fail(`${quote(path)} is not a 2-D convolution, padding or pooling layer; ${ACCEPTED}`);
}
