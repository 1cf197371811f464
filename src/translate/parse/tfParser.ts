/**
 * TensorFlow ops: tf.nn.conv2d (and depthwise_conv2d, atrous_conv2d), slim's
 * conv2d and tf.pad. TF writes per-dimension lists in the data layout:
 * NHWC by default, so strides `[1, 2, 2, 1]` and paddings
 * `[[0, 0], [top, bottom], [left, right], [0, 0]]`.
 */
import type { PadSpec, Pair } from '../../core';
import type { Args } from './args';
import { lastName, padPairs, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import { fail } from './text';

export type Layout = 'NHWC' | 'NCHW';
/** Index of the height axis in a rank-4 list; width follows it. */
const H_AXIS: Record<Layout, number> = { NHWC: 1, NCHW: 2 };

/** Strides, dilations or a pool's ksize: an int, [s], [sh, sw] or the rank-4 form with 1 on batch and channels. */
export function spatial(a: Args, name: string, layout: Layout, kept: string): Pair | undefined {
  const node = a.node(name);
  if (!node) return a.absent({ h: 1, w: 1 });
  const v = a.ints(name, node, 'an integer or a list like [1, 2, 2, 1]');
  if (v === null) return a.unknown(name, kept);
  const list = typeof v === 'number' ? [v, v] : v.length === 1 ? [v[0], v[0]] : v;
  let pair = list.length === 2 ? [list[0], list[1]] : undefined;
  if (list.length === 4) {
    const h = H_AXIS[layout];
    const others = list.filter((_, i) => i !== h && i !== h + 1);
    if (others.some((x) => x !== 1)) fail(`${a.label(name)} is not 1 on the batch and channel axes (${layout}): TensorFlow requires that.`);
    pair = [list[h], list[h + 1]];
  }
  const [sh, sw] = pair ?? [];
  if (typeof sh !== 'number' || typeof sw !== 'number') return fail(`${a.label(name)} does not fit: ${name} takes an integer, [h, w] or [1, h, w, 1].`);
  if (sh < 1 || sw < 1) fail(`${a.label(name)} must be at least 1 on each axis.`);
  return { h: sh, w: sw };
}

/** 'SAME', 'VALID' or explicit [[0, 0], [top, bottom], [left, right], [0, 0]] (NHWC). */
export function convPadding(a: Args, layout: Layout, b: PatchBuilder): PadSpec | undefined {
  const node = a.require('padding');
  if (!node) return undefined;
  const takes = "'SAME', 'VALID' or [[0, 0], [top, bottom], [left, right], [0, 0]]";
  if (node.t === 'str') {
    const up = node.v.toUpperCase();
    if (up !== 'SAME' && up !== 'VALID') fail(`${a.label('padding')} is not understood: TensorFlow takes ${takes}.`);
    if (node.v !== up) b.note(`tf.nn ops want padding='${up}' in capitals`);
    return { kind: up === 'SAME' ? 'same' : 'valid' };
  }
  const v = a.ints('padding', node, takes);
  if (v === null) return a.unknown('padding', 'padding');
  const rows = padPairs(a, 'padding', v);
  const h = H_AXIS[layout];
  if (rows.length !== 4) fail(`${a.label('padding')} has ${rows.length} rows: TensorFlow takes four [before, after] pairs (${layout}).`);
  if (rows.some(([x, y], i) => (i < h || i > h + 1) && x + y > 0)) fail(`${a.label('padding')} pads the batch or channel axis (${layout}): Padlab shows height and width only.`);
  const [top, bottom] = rows[h] ?? [0, 0];
  const [left, right] = rows[h + 1] ?? [0, 0];
  return { kind: 'explicit', top, bottom, left, right };
}

function nnConv(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const layout = a.choice('data_format', ['NHWC', 'NCHW'], 'NHWC', 'layout') ?? 'NHWC';
  const atrous = name === 'atrous_conv2d';
  const stride = atrous ? { h: 1, w: 1 } : spatial(a, 'strides', layout, 'stride');
  const rate = atrous ? a.int('rate', 'required', 'dilation') : undefined;
  const dilation = atrous ? (rate === undefined ? undefined : { h: rate, w: rate }) : spatial(a, 'dilations', layout, 'dilation');
  const pad = convPadding(a, layout, b);
  b.op('conv');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ stride, dilation, pad });
  b.note('the kernel size, channels and filters come from the filter tensor: Padlab keeps its current ones');
  if (name === 'depthwise_conv2d') {
    // One group per channel; the channel multiplier is in the filter tensor [KH, KW, C, multiplier]: 1 assumed.
    b.count('filters', b.base.channels);
    b.groups(b.base.channels);
    b.note('depthwise_conv2d has one group per channel: groups = channels; the channel multiplier comes from the filter tensor (Padlab assumes 1)');
  }
  return `TensorFlow tf.nn.${name}`;
}

function slimConv(a: Args, b: PatchBuilder): string {
  const filters = a.int('num_outputs', 'required', 'filters');
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const stride = a.pair('stride', 1, 'stride');
  const dilation = a.pair('rate', 1, 'dilation');
  const padding = a.choice('padding', ['SAME', 'VALID'], 'SAME', 'padding');
  b.op('conv');
  b.framework('keras');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ filters, kernel, stride, dilation, pad: padding ? { kind: padding === 'SAME' ? 'same' : 'valid' } : undefined });
  b.groups(1); // slim.conv2d has no groups
  if (!a.has('padding')) b.note("padding not given: slim's default is 'SAME', but an enclosing arg_scope may change it");
  return 'TF-Slim conv2d';
}

/**
 * tf.pad's paddings for an image tensor: rank 4 NHWC (NCHW when only the
 * last two axes are padded), rank 3 HWC, or rank 2 HW.
 */
function tfPad(a: Args, b: PatchBuilder): string {
  const node = a.require('paddings');
  const v = node ? a.ints('paddings', node, 'a list like [[0, 0], [1, 1], [1, 1], [0, 0]]') : undefined;
  const mode = a.choice('mode', ['CONSTANT', 'REFLECT', 'SYMMETRIC'], 'CONSTANT', 'padding mode');
  const value = a.number('constant_values', 'constant');
  b.framework('keras');
  if (v === null) {
    a.unknown('paddings', 'padding');
  } else if (v !== undefined) {
    const rows = padPairs(a, 'paddings', v);
    if (rows.length < 2 || rows.length > 4) fail(`${a.label('paddings')} has ${rows.length} rows: Padlab reads an image tensor (2 to 4 axes).`);
    const used = rows.map(([x, y]) => x + y > 0);
    // Channels-last is TF's default; a pad only on the trailing axes means channels-first.
    let h = rows.length === 4 ? 1 : 0;
    if (rows.length === 4 && used[3] && !used[1]) h = 2;
    if (rows.length === 3 && used[2] && !used[0]) h = 1;
    if (used.some((u, i) => u && i !== h && i !== h + 1)) fail(`${a.label('paddings')} pads the batch or channel axis: Padlab shows height and width only.`);
    if (h !== (rows.length === 4 ? 1 : 0)) b.note(`read as channels-first: rows ${h} and ${h + 1} of paddings are height and width`);
    const [top, bottom] = rows[h] ?? [0, 0];
    const [left, right] = rows[h + 1] ?? [0, 0];
    b.pad({ kind: 'explicit', top, bottom, left, right });
  }
  if (mode === 'CONSTANT' && !(a.has('constant_values') && value === undefined)) b.constant(value);
  else if (mode && mode !== 'CONSTANT') b.mode(mode === 'REFLECT' ? 'reflect' : 'symmetric');
  b.note("a padding op sets only the border: kernel, stride and dilation are kept (the conv after it should use padding='VALID')");
  return 'TensorFlow tf.pad';
}

const TF = /^(tf|tensorflow)(\.compat\.v[12])?$/;
export const isNn = (p: string) => /^((tf|tensorflow)(\.compat\.v[12])?\.)?nn$/.test(prefixOf(p));
const isSlim = (p: string) => lastName(p) === 'conv2d' && /(^|\.)(slim|tf_slim|contrib\.layers)$/.test(prefixOf(p));

/** tf.nn.conv2d; also used for a bare `conv2d(...)` that looks like TensorFlow. */
export const TF_CONV2D: LayerDef = {
  match: () => true,
  sig: { display: 'tf.nn.conv2d', positional: ['input', 'filters', 'strides', 'padding', 'data_format', 'dilations', 'name'], aliases: { filter: 'filters' }, reads: ['data_format'] },
  read: (a, b) => nnConv(a, b, 'conv2d'),
};

/** tf.pad; also used for a bare `pad(...)` that looks like TensorFlow. */
export const TF_PAD: LayerDef = {
  match: () => true,
  sig: { display: 'tf.pad', positional: ['tensor', 'paddings', 'mode', 'constant_values', 'name'] },
  read: tfPad,
};

export const TF_LAYERS: readonly LayerDef[] = [
  { ...TF_CONV2D, match: (p) => isNn(p) && lastName(p) === 'conv2d' },
  {
    match: (p) => isNn(p) && lastName(p) === 'depthwise_conv2d',
    sig: { display: 'tf.nn.depthwise_conv2d', positional: ['input', 'filter', 'strides', 'padding', 'data_format', 'dilations', 'name'], aliases: { rate: 'dilations' }, reads: ['data_format'] },
    read: nnConv,
  },
  {
    match: (p) => isNn(p) && lastName(p) === 'atrous_conv2d',
    sig: { display: 'tf.nn.atrous_conv2d', positional: ['value', 'filters', 'rate', 'padding', 'name'] },
    read: nnConv,
  },
  {
    match: isSlim,
    sig: { display: 'slim.conv2d', positional: ['inputs', 'num_outputs', 'kernel_size', 'stride', 'padding', 'data_format', 'rate'] },
    read: slimConv,
  },
  { ...TF_PAD, match: (p) => lastName(p) === 'pad' && TF.test(prefixOf(p)) },
];
