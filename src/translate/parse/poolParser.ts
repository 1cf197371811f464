/**
 * Pooling layers: PyTorch `nn.MaxPool2d` / `nn.AvgPool2d` and `F.max_pool2d`
 * / `F.avg_pool2d`; Keras `MaxPooling2D` / `AveragePooling2D` (and the
 * `MaxPool2D` / `AvgPool2D` aliases, Keras 1's `border_mode`, TF 1's
 * `tf.layers.max_pooling2d`); TensorFlow `tf.nn.max_pool2d` / `avg_pool2d`
 * (and TF 1's `max_pool` / `avg_pool`). Every framework's stride defaults to
 * the window (`stride=None`, `strides=None`), Keras' window to 2×2; only
 * PyTorch has `ceil_mode` and `count_include_pad`, and only its max pooling
 * dilation. Sources: torch/nn/modules/pooling.py, keras pooling layers, tf.nn.
 */
import type { Pair, PadSpec, PoolOperation } from '../../core';
import { torchPoolStringPadding } from '../frameworks/poolErrors';
import type { Args, Signature } from './args';
import { lastName, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import type { CallNode } from './syntax';
import { fail } from './text';
import { convPadding, isNn, spatial, type Layout } from './tfParser';
import { FUNCTIONAL } from './torchParser';

const opOf = (name: string): PoolOperation => (/max/i.test(name) ? 'maxpool' : 'avgpool');

/** The stride: as given, else the window (every framework's default), else undefined (Padlab keeps its own). */
function strideOr(a: Args, name: string, kernel: Pair | undefined): Pair | undefined {
  return a.has(name) ? a.pair(name, 1, 'stride') : kernel && a.absent(kernel);
}

/** PyTorch pooling `padding=`: an integer or (height, width), both sides; no strings (PyTorch raises). */
function torchPadding(a: Args, op: PoolOperation): PadSpec | undefined {
  const node = a.node('padding');
  if (node?.t === 'str') fail(`${a.label('padding')} is not accepted by PyTorch's pooling, which raises ${torchPoolStringPadding(op === 'maxpool' ? 'max' : 'avg')}. Pad with F.pad first, or give an integer.`);
  const p = a.pair('padding', 0, 'padding', 0);
  return p && { kind: 'explicit', top: p.h, bottom: p.h, left: p.w, right: p.w };
}

function torchPool(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const op = opOf(name);
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const stride = strideOr(a, 'stride', kernel);
  const pad = torchPadding(a, op);
  const dilation = op === 'maxpool' ? a.pair('dilation', 1, 'dilation') : a.absent({ h: 1, w: 1 });
  const ceil = a.bool('ceil_mode', false, 'ceil_mode');
  b.op(op);
  b.framework('torch');
  b.geometry({ kernel, stride, dilation, pad });
  if (ceil !== undefined) b.ceil(ceil);
  if (op === 'avgpool') {
    const cip = a.bool('count_include_pad', true, 'count_include_pad');
    if (cip !== undefined) b.cip(cip);
    if (a.has('divisor_override')) b.note(`${a.label('divisor_override')} is not shown: Padlab divides by the window's counted cells`);
  }
  return /^[A-Z]/.test(name) ? `PyTorch nn.${name}` : `PyTorch F.${name}`;
}

/** Keras 1 wrote `border_mode` / `dim_ordering`; Keras 2+ `padding` / `data_format`. */
const isKeras1Pool = (call: CallNode) => call.args.some((arg) => arg.name === 'border_mode' || arg.name === 'dim_ordering');

function kerasPool(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const keras1 = a.sig.positional.includes('border_mode');
  // tf.layers.max_pooling2d takes pool_size and strides without defaults; the layers default to 2×2, strides = pool_size.
  const kernel = a.pair('pool_size', a.sig.positional[0] === 'inputs' ? 'required' : 2, 'kernel');
  const stride = strideOr(a, 'strides', kernel);
  const padName = keras1 ? 'border_mode' : 'padding';
  const padding = a.choice(padName, ['valid', 'same'], 'valid', 'padding');
  b.op(opOf(name));
  b.framework('keras');
  b.ceil(false);
  b.geometry({ kernel, stride, dilation: { h: 1, w: 1 }, pad: padding ? { kind: padding } : undefined });
  if (keras1) return `Keras 1 ${name}`;
  return name.includes('_') ? `TensorFlow ${path}` : `Keras ${name}`;
}

function nnPool(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const op = opOf(name);
  const layout = (a.choice('data_format', ['NHWC', 'NCHW'], 'NHWC', 'layout') ?? 'NHWC') as Layout;
  const kernel = a.require('ksize') && spatial(a, 'ksize', layout, 'kernel');
  const stride = a.require('strides') && spatial(a, 'strides', layout, 'stride');
  const pad = convPadding(a, layout, b);
  if (op === 'avgpool' && pad?.kind === 'explicit') fail(`${a.label('padding')} is a list: tf.nn.${name} takes 'SAME' or 'VALID' only.`);
  b.op(op);
  b.framework('keras');
  b.ceil(false);
  b.geometry({ kernel, stride, dilation: { h: 1, w: 1 }, pad });
  return `TensorFlow tf.nn.${name}`;
}

const TORCH_MODULES: Record<string, readonly string[]> = {
  MaxPool2d: ['kernel_size', 'stride', 'padding', 'dilation', 'return_indices', 'ceil_mode'],
  AvgPool2d: ['kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad', 'divisor_override'],
  max_pool2d: ['input', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode', 'return_indices'],
  avg_pool2d: ['input', 'kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad', 'divisor_override'],
};

const KERAS_NAMES = new Set(['MaxPooling2D', 'AveragePooling2D', 'MaxPool2D', 'AvgPool2D']);
/** TF 1's functional layers, `tf.layers.max_pooling2d(inputs, pool_size, strides, padding=…)`. */
const isTfLayersPool = (p: string) => /^(max|average)_pooling2d$/.test(lastName(p)) && /(^|\.)layers$/.test(prefixOf(p));

function kerasSig(path: string, call: CallNode): Signature {
  const name = lastName(path);
  if (isTfLayersPool(path)) return { display: path, positional: ['inputs', 'pool_size', 'strides', 'padding', 'data_format', 'name'] };
  return isKeras1Pool(call)
    ? { display: name, positional: ['pool_size', 'strides', 'border_mode', 'dim_ordering'] }
    : { display: name, positional: ['pool_size', 'strides', 'padding', 'data_format'] };
}

/** F.max_pool2d / F.avg_pool2d; also a bare `max_pool2d(...)` that does not look like TensorFlow. */
export const TORCH_POOL_FUNCTION = (name: 'max_pool2d' | 'avg_pool2d'): LayerDef => ({
  match: () => true,
  sig: { display: `F.${name}`, positional: TORCH_MODULES[name] ?? [] },
  read: (a, b) => torchPool(a, b, name),
});

/** tf.nn.max_pool2d / avg_pool2d (and TF 1's max_pool / avg_pool); also a bare one that looks like TensorFlow. */
export const TF_POOL: LayerDef = {
  match: () => true,
  sig: (p) => ({
    display: `tf.nn.${lastName(p)}`,
    positional: ['input', 'ksize', 'strides', 'padding', 'data_format', 'name'],
    aliases: { value: 'input' },
    reads: ['data_format'],
  }),
  read: nnPool,
};

export const POOL_LAYERS: readonly LayerDef[] = [
  {
    match: (p) => lastName(p) === 'MaxPool2d' || lastName(p) === 'AvgPool2d',
    sig: (p) => ({ display: `nn.${lastName(p)}`, positional: TORCH_MODULES[lastName(p)] ?? [] }),
    read: torchPool,
  },
  {
    match: (p) => /^(max|avg)_pool2d$/.test(lastName(p)) && FUNCTIONAL.has(prefixOf(p)),
    sig: (p) => ({ display: `F.${lastName(p)}`, positional: TORCH_MODULES[lastName(p)] ?? [] }),
    read: torchPool,
  },
  { match: (p) => KERAS_NAMES.has(lastName(p)) || isTfLayersPool(p), sig: kerasSig, read: kerasPool },
  { ...TF_POOL, match: (p) => isNn(p) && /^(max|avg)_pool(2d)?$/.test(lastName(p)) },
];
