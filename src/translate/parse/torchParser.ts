/**
 * PyTorch layers: nn.Conv2d (and LazyConv2d), F.conv2d, F.pad and the
 * nn.*Pad2d modules. PyTorch orders a pad tuple from the last dimension
 * backwards: (left, right, top, bottom).
 */
import type { PadMode, PadSpec } from '../../core';
import type { Args } from './args';
import { lastName, padList, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import { fail } from './text';

/** Prefixes under which `conv2d`/`pad` are PyTorch's functional forms. */
export const FUNCTIONAL = new Set(['F', 'functional', 'nn.functional', 'torch.nn.functional', 'torch']);
const isFunctional = (path: string, name: string) => lastName(path) === name && FUNCTIONAL.has(prefixOf(path));

const PAD_LAYER_NOTE = 'a padding layer sets only the border: kernel, stride and dilation are kept (the conv after it should use padding=0)';

/** `padding=` of Conv2d / F.conv2d: an int, (h, w), 'same' or 'valid' (PyTorch spells these in lower case only). */
function convPadding(a: Args): PadSpec | undefined {
  const node = a.node('padding');
  if (!node) return a.absent({ kind: 'valid' });
  if (node.t === 'str') {
    if (node.v === 'same' || node.v === 'valid') return { kind: node.v };
    return fail(`${a.label('padding')} is not understood: PyTorch takes 'same', 'valid', an integer or (height, width).`);
  }
  const p = a.pair('padding', 0, 'padding', 0);
  return p && { kind: 'explicit', top: p.h, bottom: p.h, left: p.w, right: p.w };
}

/** PyTorch's (left, right, top, bottom) tuple, or one int for all sides. */
function sidesLRTB(a: Args, name: string, allowShort: boolean): PadSpec | undefined {
  const node = a.require(name);
  if (!node) return undefined;
  const v = a.ints(name, node, 'an integer or a tuple (left, right, top, bottom)');
  if (v === null) return a.unknown(name, 'padding');
  const list = padList(a, name, v);
  if (typeof v === 'number') {
    const p = list[0] ?? 0;
    return { kind: 'explicit', top: p, bottom: p, left: p, right: p };
  }
  const ok = list.length === 4 || (allowShort && list.length % 2 === 0 && list.length > 0);
  if (!ok) fail(`${a.label(name)} has ${list.length} values: PyTorch takes (left, right, top, bottom).`);
  if (list.slice(4).some((x) => x !== 0)) fail(`${a.label(name)} also pads the channel or batch dimension: Padlab shows height and width only.`);
  const [left = 0, right = 0, top = 0, bottom = 0] = list;
  return { kind: 'explicit', top, bottom, left, right };
}

function conv(a: Args, b: PatchBuilder, lazy: boolean): string {
  const inC = lazy ? undefined : a.int('in_channels', 'required', 'channels');
  const outC = a.int('out_channels', 'required', 'filters');
  const kernel = a.pair('kernel_size', 'required', 'kernel');
  const stride = a.pair('stride', 1, 'stride');
  const dilation = a.pair('dilation', 1, 'dilation');
  const pad = convPadding(a);
  const mode = a.choice('padding_mode', ['zeros', 'reflect', 'replicate', 'circular'], 'zeros', 'padding mode');
  const groups = a.int('groups', 1, 'groups');
  b.op('conv');
  b.framework('torch');
  b.flip(false);
  b.geometry({ filters: outC, channels: inC, kernel, stride, dilation, pad });
  if (groups !== undefined) b.groups(groups);
  if (mode) b.mode(mode);
  if (lazy) b.note('LazyConv2d infers in_channels from its first input: Padlab keeps its current channels');
  return lazy ? 'PyTorch nn.LazyConv2d' : 'PyTorch nn.Conv2d';
}

function functionalConv(a: Args, b: PatchBuilder): string {
  const stride = a.pair('stride', 1, 'stride');
  const dilation = a.pair('dilation', 1, 'dilation');
  const pad = convPadding(a);
  const groups = a.int('groups', 1, 'groups');
  b.op('conv');
  b.framework('torch');
  b.flip(false);
  b.mode('zeros');
  b.geometry({ stride, dilation, pad });
  if (groups !== undefined) b.groups(groups);
  b.note('the kernel size, channels and filters come from the weight tensor: Padlab keeps its current ones');
  return 'PyTorch F.conv2d';
}

/** nn.Conv1d on a one-row input: the sequence is the width axis (in=1×N). */
function conv1d(a: Args, b: PatchBuilder): string {
  const inC = a.int('in_channels', 'required', 'channels');
  const outC = a.int('out_channels', 'required', 'filters');
  const k = a.int('kernel_size', 'required', 'kernel');
  const s = a.int('stride', 1, 'stride');
  const d = a.int('dilation', 1, 'dilation');
  const node = a.node('padding');
  let pad: PadSpec | undefined = a.absent({ kind: 'valid' });
  if (node?.t === 'str') {
    if (node.v !== 'same' && node.v !== 'valid') fail(`${a.label('padding')} is not understood: PyTorch takes 'same', 'valid' or an integer.`);
    pad = { kind: node.v };
  } else if (node) {
    const p = a.int('padding', 0, 'padding', 0);
    pad = p === undefined ? undefined : { kind: 'explicit', top: 0, bottom: 0, left: p, right: p };
  }
  const mode = a.choice('padding_mode', ['zeros', 'reflect', 'replicate', 'circular'], 'zeros', 'padding mode');
  const groups = a.int('groups', 1, 'groups');
  b.op('conv');
  b.framework('torch');
  b.flip(false);
  b.input({ h: 1, w: b.base.input.w });
  b.geometry({
    filters: outC,
    channels: inC,
    kernel: k === undefined ? undefined : { h: 1, w: k },
    stride: s === undefined ? undefined : { h: 1, w: s },
    dilation: d === undefined ? undefined : { h: 1, w: d },
    pad,
  });
  if (groups !== undefined) b.groups(groups);
  if (mode) b.mode(mode);
  b.note(`a 1-D layer is shown on a one-row input (in=1×${b.base.input.w}): the sequence runs along the width`);
  return 'PyTorch nn.Conv1d';
}

function functionalPad(a: Args, b: PatchBuilder): string {
  const pad = sidesLRTB(a, 'pad', true);
  const mode = a.choice('mode', ['constant', 'reflect', 'replicate', 'circular'], 'constant', 'padding mode');
  const value = a.number('value', 'constant');
  b.framework('torch');
  if (pad) b.pad(pad);
  // A non-literal value leaves the mode as it was: zeros would be a guess.
  if (mode === 'constant' && !(a.has('value') && value === undefined)) b.constant(value);
  else if (mode && mode !== 'constant') b.mode(mode);
  if (mode !== 'constant' && a.has('value')) b.note(`${a.label('value')} is used only by mode='constant'`);
  b.note(PAD_LAYER_NOTE);
  return 'PyTorch F.pad';
}

const PAD_MODULES: Record<string, PadMode | 'constant'> = {
  ReflectionPad2d: 'reflect',
  ReplicationPad2d: 'replicate',
  ZeroPad2d: 'zeros',
  ConstantPad2d: 'constant',
  CircularPad2d: 'circular',
};

function padModule(a: Args, b: PatchBuilder, path: string): string {
  const name = lastName(path);
  const mode = PAD_MODULES[name] ?? 'zeros';
  const pad = sidesLRTB(a, 'padding', false);
  b.framework('torch');
  if (pad) b.pad(pad);
  if (mode === 'constant') {
    const v = a.require('value') && a.number('value', 'constant');
    if (v !== undefined) b.constant(v);
  } else {
    b.mode(mode);
  }
  b.note(PAD_LAYER_NOTE);
  return `PyTorch nn.${name}`;
}

/** F.conv2d; also used for a bare `conv2d(...)` that looks like PyTorch. */
export const TORCH_CONV2D: LayerDef = {
  match: () => true,
  sig: { display: 'F.conv2d', positional: ['input', 'weight', 'bias', 'stride', 'padding', 'dilation', 'groups'] },
  read: functionalConv,
};

/** F.pad; also used for a bare `pad(...)` that looks like PyTorch. */
export const TORCH_PAD: LayerDef = {
  match: () => true,
  sig: { display: 'F.pad', positional: ['input', 'pad', 'mode', 'value'] },
  read: functionalPad,
};

const CONV_SIG = ['in_channels', 'out_channels', 'kernel_size', 'stride', 'padding', 'dilation', 'groups', 'bias', 'padding_mode', 'device', 'dtype'];

export const TORCH_LAYERS: readonly LayerDef[] = [
  {
    match: (p) => lastName(p) === 'Conv2d',
    sig: { display: 'nn.Conv2d', positional: CONV_SIG },
    read: (a, b) => conv(a, b, false),
  },
  {
    match: (p) => lastName(p) === 'Conv1d',
    sig: { display: 'nn.Conv1d', positional: CONV_SIG },
    read: conv1d,
  },
  {
    match: (p) => lastName(p) === 'LazyConv2d',
    sig: { display: 'nn.LazyConv2d', positional: CONV_SIG.slice(1) },
    read: (a, b) => conv(a, b, true),
  },
  { ...TORCH_CONV2D, match: (p) => isFunctional(p, 'conv2d') },
  { ...TORCH_PAD, match: (p) => isFunctional(p, 'pad') },
  {
    match: (p) => Object.hasOwn(PAD_MODULES, lastName(p)),
    sig: (p) => ({ display: `nn.${lastName(p)}`, positional: lastName(p) === 'ConstantPad2d' ? ['padding', 'value'] : ['padding'] }),
    read: padModule,
  },
];

