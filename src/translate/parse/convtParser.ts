/**
 * Transposed convolutions: PyTorch nn.ConvTranspose2d and
 * F.conv_transpose2d (`padding` crops both ends, `output_padding` adds at
 * the end), Keras Conv2DTranspose (and TF1's tf.layers.conv2d_transpose),
 * Keras 1 Deconvolution2D and tf.nn.conv2d_transpose, where `output_shape`
 * decides the input size and the crop (TF's rule, conv_grad_shape_utils.cc:
 * the forward convolution of output_shape must give the input back).
 */
import { derivePlan, LIMITS, type PadSpec, type Pair } from '../../core';
import { tfCropFor } from '../codegen/convtFacts';
import { TORCH_CONVT_STRING_PADDING } from '../frameworks/convtErrors';
import type { Args } from './args';
import { lastName, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import { spatial, type Layout } from './tfParser';
import { fail, quote } from './text';

const TORCH_ZEROS_ONLY = 'ValueError: Only "zeros" padding mode is supported for ConvTranspose2d';

/** PyTorch's `padding=`: integer crops only (a string raises when the layer is called). */
function torchCrops(a: Args): PadSpec | undefined {
  const node = a.node('padding');
  if (node?.t === 'str') fail(`${a.label('padding')}: ConvTranspose2d takes integer crops only; PyTorch raises ${TORCH_CONVT_STRING_PADDING}.`);
  const p = a.pair('padding', 0, 'padding', 0);
  return p && { kind: 'explicit', top: p.h, bottom: p.h, left: p.w, right: p.w };
}

/** The common part of nn.ConvTranspose2d and F.conv_transpose2d. */
function torchCommon(a: Args, b: PatchBuilder, geometry: { channels?: number; filters?: number; kernel?: Pair }): void {
  const stride = a.pair('stride', 1, 'stride');
  const dilation = a.pair('dilation', 1, 'dilation');
  const pad = torchCrops(a);
  const opad = a.pair('output_padding', 0, 'output padding', 0);
  const groups = a.int('groups', 1, 'groups');
  b.op('convt');
  b.framework('torch');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ ...geometry, stride, dilation, pad });
  if (opad) b.opad(opad);
  if (groups !== undefined) b.groups(groups);
}

function torchModule(a: Args, b: PatchBuilder): string {
  const channels = a.int('in_channels', 'required', 'channels');
  const filters = a.int('out_channels', 'required', 'filters');
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const mode = a.choice('padding_mode', ['zeros', 'reflect', 'replicate', 'circular'], 'zeros', 'padding mode');
  if (mode && mode !== 'zeros') fail(`${a.label('padding_mode')}: PyTorch raises ${TORCH_ZEROS_ONLY}.`);
  torchCommon(a, b, { channels, filters, kernel });
  return 'PyTorch nn.ConvTranspose2d';
}

function torchFunction(a: Args, b: PatchBuilder, path: string): string {
  torchCommon(a, b, {});
  b.note('the kernel size, channels and filters come from the weight tensor (in, out / groups, KH, KW): Padlab keeps its current ones');
  return `PyTorch ${path}`;
}

/**
 * Fits an `output_shape` (spatial `m`) the way TensorFlow reads it: the
 * input is the size whose forward convolution gives `m` back, and the crop
 * is TF's. Padlab's own same/valid with an output padding are tried first,
 * per axis, through core; otherwise TF's crop as explicit crops.
 */
function fitOutputShape(b: PatchBuilder, m: Pair, padding: 'same' | 'valid'): void {
  const c = b.current();
  const axis = (x: 'h' | 'w') => {
    const s = c.stride[x];
    const ke = c.dilation[x] * (c.kernel[x] - 1) + 1;
    const n = padding === 'same' ? Math.ceil(m[x] / s) : Math.floor((m[x] - ke) / s) + 1;
    return { n, s, full: (n - 1) * s + ke };
  };
  const h = axis('h');
  const w = axis('w');
  if (h.n < 1 || w.n < 1) fail(`output_shape ${m.h}×${m.w} is smaller than the kernel: TensorFlow refuses it (its forward convolution would be empty).`);
  b.input({ h: h.n, w: w.n });
  // The first output padding whose same/valid gives m on each axis (core derives; the axes are independent).
  const fit = { h: -1, w: -1 };
  for (let q = 0; q <= LIMITS.opad.max; q++) {
    const plan = derivePlan({ ...b.current(), pad: { kind: padding }, opad: { h: q, w: q } });
    if (plan.ok && fit.h < 0 && plan.h.out === m.h) fit.h = q;
    if (plan.ok && fit.w < 0 && plan.w.out === m.w) fit.w = q;
  }
  if (fit.h >= 0 && fit.w >= 0 && derivePlan({ ...b.current(), pad: { kind: padding }, opad: fit }).ok) {
    b.pad({ kind: padding });
    b.opad(fit);
    return;
  }
  // TF's crop for this output_shape, as explicit crops; rows past the uncropped output as output padding.
  const word = padding === 'same' ? 'SAME' : 'VALID';
  const crops = (a: typeof h, mx: number) => {
    const before = tfCropFor(a, word, mx) ?? 0;
    const q = Math.max(mx - a.full, 0);
    return { before, after: a.full + q - before - mx, q };
  };
  const ch = crops(h, m.h);
  const cw = crops(w, m.w);
  b.pad({ kind: 'explicit', top: ch.before, bottom: ch.after, left: cw.before, right: cw.after });
  b.opad({ h: ch.q, w: cw.q });
  b.note(`output_shape ${m.h}×${m.w} is TF's crop here, shown as explicit crops: no Padlab same/valid gives it`);
}

/**
 * `output_shape` as written: 4 entries in the layout, the batch may be None;
 * undefined (with a note) when the spatial ones are not literals.
 */
function readOutputShape(a: Args, layout: Layout): { m: Pair; filters: number | undefined } | undefined {
  const node = a.node('output_shape');
  if (!node) return undefined;
  if (node.t !== 'seq') {
    if (node.t === 'ref' || node.t === 'other' || node.t === 'call') return a.unknown('output_shape', 'input size');
    return fail(`${a.label('output_shape')} is not a list: output_shape takes [batch, height, width, channels] (${layout}).`);
  }
  if (node.items.length !== 4) return fail(`${a.label('output_shape')} has ${node.items.length} entries: a 2-D transposed convolution takes [batch, height, width, channels] (${layout}).`);
  const v = node.items.map((item) => (item.t === 'num' && item.int && item.v >= 1 ? item.v : undefined));
  const [h, w, f] = layout === 'NHWC' ? [v[1], v[2], v[3]] : [v[2], v[3], v[1]];
  if (h === undefined || w === undefined) return a.unknown('output_shape', 'input size');
  return { m: { h, w }, filters: f };
}

function tfNn(a: Args, b: PatchBuilder): string {
  const layout = a.choice('data_format', ['NHWC', 'NCHW'], 'NHWC', 'layout') ?? 'NHWC';
  const stride = spatial(a, 'strides', layout, 'stride');
  const dilation = spatial(a, 'dilations', layout, 'dilation');
  const word = a.choice('padding', ['SAME', 'VALID'], 'SAME', 'padding');
  if (!a.has('padding')) b.note("padding not given: conv2d_transpose's default is 'SAME'");
  b.op('convt');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ stride, dilation });
  const shape = readOutputShape(a, layout);
  if (shape?.filters !== undefined) b.count('filters', shape.filters);
  b.note('the kernel size and channels come from the filter tensor [KH, KW, out, in]: Padlab keeps its current ones');
  if (word && shape) fitOutputShape(b, shape.m, word === 'SAME' ? 'same' : 'valid');
  else if (word) b.pad({ kind: word === 'SAME' ? 'same' : 'valid' });
  return 'TensorFlow tf.nn.conv2d_transpose';
}

function keras(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const filters = a.int('filters', 'required', 'filters');
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const stride = a.pair('strides', 1, 'stride');
  const dilation = a.pair('dilation_rate', 1, 'dilation');
  const padding = a.choice('padding', ['valid', 'same'], 'valid', 'padding');
  // Keras' None is Padlab's 0: same then outputs n·s.
  const opad = a.has('output_padding') ? a.pair('output_padding', 0, 'output padding', 0) : a.absent({ h: 0, w: 0 });
  b.op('convt');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ filters, kernel, stride, dilation, pad: padding ? { kind: padding } : undefined });
  if (opad) b.opad(opad);
  if (opad && (opad.h === 0) !== (opad.w === 0)) b.note("Keras' output_padding is one tuple: an axis with 0 is not None there ((n−1)s + ke mod 2 for same, not n·s); Padlab's 0 is None");
  return name === 'conv2d_transpose' ? `TensorFlow ${path}` : `Keras ${name}`;
}

function keras1(a: Args, b: PatchBuilder): string {
  const filters = a.int('nb_filter', 'required', 'filters');
  const kh = a.int('nb_row', 'required', 'kernel');
  const kw = a.int('nb_col', 'required', 'kernel');
  const border = a.choice('border_mode', ['valid', 'same'], 'valid', 'padding');
  const stride = a.pair('subsample', 1, 'stride');
  b.op('convt');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ filters, kernel: kh !== undefined && kw !== undefined ? { h: kh, w: kw } : undefined, stride, dilation: { h: 1, w: 1 } });
  const shape = readOutputShape(a, 'NHWC');
  b.note("output_shape read as (batch, rows, cols, nb_filter): dim_ordering='tf'");
  if (border && shape) fitOutputShape(b, shape.m, border);
  else if (border) b.pad({ kind: border });
  return 'Keras 1 Deconvolution2D';
}

const TORCH_SIG = ['in_channels', 'out_channels', 'kernel_size', 'stride', 'padding', 'output_padding', 'groups', 'bias', 'dilation', 'padding_mode', 'device', 'dtype'];
const K2_TAIL = ['activation', 'use_bias', 'kernel_initializer', 'bias_initializer', 'kernel_regularizer', 'bias_regularizer', 'activity_regularizer', 'kernel_constraint', 'bias_constraint'];
const TORCH_FUNCTIONAL = new Set(['F', 'functional', 'nn.functional', 'torch.nn.functional', 'torch']);

export const CONVT_LAYERS: readonly LayerDef[] = [
  { match: (p) => lastName(p) === 'ConvTranspose2d', sig: { display: 'nn.ConvTranspose2d', positional: TORCH_SIG }, read: torchModule },
  {
    match: (p) => lastName(p) === 'conv_transpose2d' && TORCH_FUNCTIONAL.has(prefixOf(p)),
    sig: { display: 'F.conv_transpose2d', positional: ['input', 'weight', 'bias', 'stride', 'padding', 'output_padding', 'groups', 'dilation'] },
    read: torchFunction,
  },
  {
    match: (p) => lastName(p) === 'Conv2DTranspose' || lastName(p) === 'Convolution2DTranspose',
    sig: (p) => ({ display: lastName(p), positional: ['filters', 'kernel_size', 'strides', 'padding', 'output_padding', 'data_format', 'dilation_rate', ...K2_TAIL] }),
    read: keras,
  },
  {
    // TF1's tf.layers.conv2d_transpose: Keras rules, the input first, no output_padding.
    match: (p) => lastName(p) === 'conv2d_transpose' && /(^|\.)layers$/.test(prefixOf(p)),
    sig: (p) => ({ display: p, positional: ['inputs', 'filters', 'kernel_size', 'strides', 'padding', 'data_format', ...K2_TAIL] }),
    read: keras,
  },
  {
    match: (p) => lastName(p) === 'conv2d_transpose',
    sig: { display: 'tf.nn.conv2d_transpose', positional: ['input', 'filters', 'output_shape', 'strides', 'padding', 'data_format', 'dilations', 'name'], aliases: { value: 'input', filter: 'filters' }, reads: ['data_format'] },
    read: tfNn,
  },
  {
    match: (p) => lastName(p) === 'Deconvolution2D',
    sig: { display: 'Deconvolution2D', positional: ['nb_filter', 'nb_row', 'nb_col', 'output_shape', 'init', 'activation', 'weights', 'border_mode', 'subsample', 'dim_ordering'] },
    read: keras1,
  },
];

/** The transposed layers Padlab reads, by name. */
const READ = /^(ConvTranspose2d|conv_transpose2d|Conv2DTranspose|Convolution2DTranspose|conv2d_transpose|Deconvolution2D)$/;

/** A transposed layer Padlab does not read (1-D, 3-D, others), or null. */
export function convtRefusal(path: string): string | null {
  const name = lastName(path);
  if (!/transpose|deconv/i.test(name) || READ.test(name)) return null;
  return `${quote(path)} is not a 2-D transposed convolution: Padlab reads nn.ConvTranspose2d, F.conv_transpose2d, Conv2DTranspose, Deconvolution2D and tf.nn.conv2d_transpose.`;
}
