/**
 * Keras layers, in both generations: Keras 1 `Convolution2D(nb_filter,
 * nb_row, nb_col, border_mode=, subsample=)` and Keras 2/3 `Conv2D(filters,
 * kernel_size, strides=, padding=, dilation_rate=)`, plus DepthwiseConv2D,
 * SeparableConv2D, ZeroPadding2D and TF1's `tf.layers.conv2d` (Keras rules).
 */
import type { PadSpec } from '../../core';
import type { Args, Signature } from './args';
import { lastName, padList, padPairs, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import type { CallNode } from './syntax';
import { fail } from './text';

/** Keyword names that exist only in Keras 1: any of them means the Keras 1 signature. */
const K1_KEYWORDS = new Set(['border_mode', 'subsample', 'nb_filter', 'nb_row', 'nb_col', 'atrous_rate', 'init', 'W_regularizer', 'b_regularizer', 'W_constraint', 'b_constraint', 'dim_ordering', 'bias']);
/** Keyword names that exist only from Keras 2 on: any of them means the Keras 2 signature. */
const K2_KEYWORDS = new Set(['filters', 'kernel_size', 'strides', 'padding', 'dilation_rate', 'data_format', 'groups', 'use_bias', 'kernel_initializer', 'kernel_regularizer', 'kernel_constraint']);
const K1_TAIL = ['init', 'activation', 'weights', 'border_mode', 'subsample'];
const K2_TAIL = ['activation', 'use_bias', 'kernel_initializer', 'bias_initializer', 'kernel_regularizer', 'bias_regularizer', 'activity_regularizer', 'kernel_constraint', 'bias_constraint'];

/**
 * Keras 1 when a Keras-1-only keyword or name appears, or when the call reads
 * `Conv2D(64, 3, 3)` with no Keras-2-only keyword: Keras 2's legacy converter
 * takes the two numbers as nb_row, nb_col. tf.keras has no converter, so
 * there the third is strides.
 */
function isKeras1(path: string, call: CallNode): boolean {
  const name = lastName(path);
  if (name === 'DepthwiseConv2D' || name === 'conv2d') return false; // Keras 2+ only
  if (name === 'AtrousConvolution2D' || name === 'SeparableConvolution2D') return true;
  if (call.args.some((arg) => arg.name !== null && K1_KEYWORDS.has(arg.name))) return true;
  if (call.args.some((arg) => arg.name !== null && K2_KEYWORDS.has(arg.name))) return false;
  const pos = call.args.filter((arg) => arg.name === null && arg.star === 0);
  return pos.length >= 3 && pos[1]?.value.t === 'num' && pos[2]?.value.t === 'num' && !/^(tf|tensorflow)\./.test(path);
}

/** Keras 0.x wrote `Convolution2D(nb_filter, stack_size, nb_row, nb_col)`: a fourth positional number gives it away. */
function isKeras0(call: CallNode): boolean {
  const pos = call.args.filter((arg) => arg.name === null && arg.star === 0);
  return pos.length >= 4 && pos[3]?.value.t === 'num';
}

function k1Sig(path: string, call: CallNode): Signature {
  const name = lastName(path);
  const head = isKeras0(call) ? ['nb_filter', 'stack_size', 'nb_row', 'nb_col', ...K1_TAIL] : ['nb_filter', 'nb_row', 'nb_col', ...K1_TAIL];
  const extra = name === 'AtrousConvolution2D' ? ['atrous_rate'] : name.startsWith('Separable') ? ['depth_multiplier'] : [];
  return { display: name, positional: [...head, ...extra, 'dim_ordering', 'W_regularizer', 'b_regularizer', 'activity_regularizer', 'W_constraint', 'b_constraint', 'bias'] };
}

function k2Sig(path: string): Signature {
  const name = lastName(path);
  if (name === 'DepthwiseConv2D') return { display: name, positional: ['kernel_size', 'strides', 'padding', 'depth_multiplier', 'data_format', 'dilation_rate', ...K2_TAIL] };
  if (name.startsWith('Separable')) return { display: name, positional: ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', 'depth_multiplier', ...K2_TAIL] };
  if (name === 'conv2d') return { display: path, positional: ['inputs', 'filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', ...K2_TAIL] };
  return { display: name, positional: ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', 'groups', ...K2_TAIL] };
}

function common(b: PatchBuilder, name: string): void {
  b.op('conv');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  if (name.startsWith('Separable')) b.note(`${name} pads and strides in its depthwise step; the 1×1 pointwise step after it adds no border. Shown as one convolution`);
}

function keras1(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const filters = a.int('nb_filter', 'required', 'filters');
  const keras0 = a.sig.positional[1] === 'stack_size';
  const channels = keras0 ? a.int('stack_size', 'required', 'channels') : undefined;
  const kh = a.int('nb_row', 'required', 'kernel');
  const kw = a.int('nb_col', 'required', 'kernel');
  const border = a.choice('border_mode', ['valid', 'same', 'full'], 'valid', 'padding');
  const stride = a.pair('subsample', 1, 'stride');
  const dilation = a.pair('atrous_rate', 1, 'dilation');
  common(b, name);
  const kernel = kh !== undefined && kw !== undefined ? { h: kh, w: kw } : undefined;
  b.geometry({ filters, channels, kernel, stride, dilation, pad: border ? { kind: border } : undefined });
  // Keras 1 has no groups: every filter reads every channel.
  b.groups(1);
  if (keras0) b.note('read as Keras 0.x Convolution2D(nb_filter, stack_size, nb_row, nb_col)');
  if (border === 'full') b.note("border_mode='full' existed only on Keras 1's Theano backend, which also flipped the kernel");
  if (name === 'Conv2D') b.note('read as Keras 1 Conv2D(nb_filter, nb_row, nb_col); tf.keras and Keras 3 read a third number as strides');
  return `Keras 1 ${name}`;
}

function keras2(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const depthwise = name === 'DepthwiseConv2D';
  // DepthwiseConv2D: one group per channel, depth_multiplier filters each.
  const multiplier = depthwise ? a.int('depth_multiplier', 1, 'filters') : undefined;
  const filters = depthwise ? (multiplier === undefined ? undefined : b.base.channels * multiplier) : a.int('filters', 'required', 'filters');
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const stride = a.pair('strides', 1, 'stride');
  const dilation = a.pair('dilation_rate', 1, 'dilation');
  const padding = a.choice('padding', ['valid', 'same', 'causal'], 'valid', 'padding');
  if (padding === 'causal') fail(`${a.label('padding')} is for 1-D convolutions (Conv1D) only; ${name} takes 'valid' or 'same'.`);
  const groups = depthwise ? b.base.channels : a.int('groups', 1, 'groups');
  common(b, name);
  b.geometry({ filters, kernel, stride, dilation, pad: padding ? { kind: padding } : undefined });
  if (groups !== undefined) b.groups(groups);
  if (depthwise) b.note(`DepthwiseConv2D is a grouped convolution with one group per channel: groups = channels = ${b.base.channels} (Padlab keeps its channels)`);
  const third = a.call.args.filter((arg) => arg.name === null && arg.star === 0)[2];
  if (third?.value.t === 'num' && a.sig.positional[2] === 'strides') b.note('the third number is read as strides (tf.keras, Keras 3); Keras 1 read it as nb_col');
  return name === 'conv2d' ? `TensorFlow ${path}` : `Keras ${name}`;
}

/**
 * Keras Conv1D on a one-row input (in=1×N, the steps along the width):
 * padding 'valid', 'same' or 'causal' (ke − 1 before, Keras' own for Conv1D).
 */
function conv1d(a: Args, b: PatchBuilder): string {
  const filters = a.int('filters', 'required', 'filters');
  const k = a.int('kernel_size', 'required', 'kernel');
  const s = a.int('strides', 1, 'stride');
  const d = a.int('dilation_rate', 1, 'dilation');
  const padding = a.choice('padding', ['valid', 'same', 'causal'], 'valid', 'padding');
  const groups = a.int('groups', 1, 'groups');
  common(b, 'Conv1D');
  b.input({ h: 1, w: b.base.input.w });
  b.geometry({
    filters,
    kernel: k === undefined ? undefined : { h: 1, w: k },
    stride: s === undefined ? undefined : { h: 1, w: s },
    dilation: d === undefined ? undefined : { h: 1, w: d },
    pad: padding ? { kind: padding } : undefined,
  });
  if (groups !== undefined) b.groups(groups);
  b.note(`a 1-D layer is shown on a one-row input (in=1×${b.base.input.w}): the steps run along the width`);
  return 'Keras Conv1D';
}

/**
 * ZeroPadding2D's padding: an int (all sides), (rows, cols) symmetric per
 * axis, ((top, bottom), (left, right)), or Keras 1.2's (top, bottom, left, right).
 */
function zeroPadding(a: Args, b: PatchBuilder): string {
  const node = a.node('padding');
  const v = node ? a.ints('padding', node, 'an integer, (rows, cols) or ((top, bottom), (left, right))') : a.absent([1, 1]);
  let spec: PadSpec | undefined;
  if (v === null) {
    a.unknown('padding', 'padding');
  } else if (v === undefined) {
    // Not given, and **kwargs may hold it: keep Padlab's padding.
  } else if (typeof v === 'number') {
    const [p = 0] = padList(a, 'padding', v);
    spec = { kind: 'explicit', top: p, bottom: p, left: p, right: p };
  } else if (v.length === 2 && v.every((x) => typeof x === 'number')) {
    const [rows = 0, cols = 0] = padList(a, 'padding', v);
    spec = { kind: 'explicit', top: rows, bottom: rows, left: cols, right: cols };
  } else if (v.length === 2) {
    const [[top, bottom] = [0, 0], [left, right] = [0, 0]] = padPairs(a, 'padding', v);
    spec = { kind: 'explicit', top, bottom, left, right };
  } else if (v.length === 4) {
    const [top = 0, bottom = 0, left = 0, right = 0] = padList(a, 'padding', v);
    spec = { kind: 'explicit', top, bottom, left, right };
    b.note('read as Keras 1.2 (top, bottom, left, right); Keras 2 writes ((top, bottom), (left, right))');
  } else {
    fail(`${a.label('padding')} has ${v.length} values: ZeroPadding2D takes (rows, cols) or ((top, bottom), (left, right)).`);
  }
  b.framework('keras');
  b.mode('zeros');
  if (spec) b.pad(spec);
  b.note("a padding layer sets only the border: kernel, stride and dilation are kept (the Conv2D after it should use padding='valid')");
  return 'Keras ZeroPadding2D';
}

const CONV_NAMES = new Set(['Conv2D', 'Convolution2D', 'AtrousConvolution2D', 'DepthwiseConv2D', 'SeparableConv2D', 'SeparableConvolution2D']);
/** TF1's `tf.layers.conv2d` (Keras rules, input first); not `tf.contrib.layers`, which is slim. */
const isTfLayers = (path: string) => lastName(path) === 'conv2d' && /(^|\.)layers$/.test(prefixOf(path)) && !prefixOf(path).endsWith('contrib.layers');

export const KERAS_LAYERS: readonly LayerDef[] = [
  {
    match: (p) => CONV_NAMES.has(lastName(p)) || isTfLayers(p),
    sig: (p, call) => (isKeras1(p, call) ? k1Sig(p, call) : k2Sig(p)),
    // The signature chosen above decides which reader applies.
    read: (a, b, p) => (a.sig.positional[0] === 'nb_filter' ? keras1(a, b, p) : keras2(a, b, p)),
  },
  {
    match: (p) => lastName(p) === 'Conv1D' || lastName(p) === 'Convolution1D',
    sig: { display: 'Conv1D', positional: ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate', 'groups', ...K2_TAIL] },
    read: conv1d,
  },
  {
    match: (p) => lastName(p) === 'ZeroPadding2D',
    sig: { display: 'ZeroPadding2D', positional: ['padding', 'data_format'] },
    read: zeroPadding,
  },
];
