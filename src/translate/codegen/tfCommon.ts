/**
 * Python pieces the TensorFlow-family snippets (Keras 1, Keras 3, tf.nn)
 * share: the NHWC input, the HWIO kernel (flipped and/or with its dilation
 * baked in as zeros when needed) and the border padding for the modes
 * `tf.pad` lacks (replicate, circular), written with slices + `tf.concat`.
 */
import { denseConvWeights, oihwToHwio, type Pads, type Plan } from '../../core';
import type { Facts } from './facts';
import { pyList, pyNum } from './sourceLiterals';

/** `[[0, 0], [T, B], [L, R], [0, 0]]`: tf.pad / tf.nn.conv2d / tfjs paddings for NHWC, from pads `[T, B, L, R]`. */
export const nhwcPadList = (p: Pads): string => `[[0, 0], [${p[0]}, ${p[1]}], [${p[2]}, ${p[3]}], [0, 0]]`;

/** The Plan's own pads as NHWC paddings. */
export function nhwcPads(f: Facts): string {
  return nhwcPadList([f.T, f.B, f.L, f.R]);
}

/** `x = ...` as a float64 NHWC numpy array, from Padlab's C×H×W values. */
export function pyInputLines(plan: Plan, f: Pick<Facts, 'C' | 'H' | 'W'>): string[] {
  return [
    `# Input C×H×W = ${f.C}×${f.H}×${f.W} (channel-major, one row per line), turned into NHWC (channels last), batch 1.`,
    `x = np.array(${pyList(plan.input, f.W)}, dtype=np.float64).reshape(1, ${f.C}, ${f.H}, ${f.W}).transpose(0, 2, 3, 1)`,
  ];
}

/**
 * `kernel = ...` in HWIO (KH, KW, in, out), embedded already transposed from
 * PyTorch's OIHW; then flipped for true convolution, then, when `bakeDilation`,
 * spread onto a zero `keh×kew` kernel (`dilated[::dh, ::dw] = kernel`).
 * A grouped kernel is either `native` — HWIO with in = C/g, for a layer that
 * takes `groups=` (Keras Conv2D) — or `dense`, zeros between a filter and the
 * channels of other groups (core's `denseConvWeights`), for ops without groups.
 */
export function pyKernelLines(plan: Plan, f: Facts, bakeDilation: boolean, why: string, groups: 'native' | 'dense' = 'dense'): string[] {
  const cin = groups === 'native' ? f.C / f.g : f.C;
  const oihw = groups === 'native' ? plan.weights : denseConvWeights(plan.weights, f.F, f.C, f.g, f.KH, f.KW);
  const hwio = oihwToHwio(oihw, f.F, cin, f.KH, f.KW);
  const lines = [
    f.g > 1 && groups === 'dense'
      ? `# Kernel in TF's HWIO layout (KH, KW, in, out) = (${f.KH}, ${f.KW}, ${f.C}, ${f.F}), from PyTorch's grouped OIHW made dense: zeros where a filter does not read a channel (${f.g} groups).`
      : `# Kernel in TF's HWIO layout (KH, KW, in${groups === 'native' && f.g > 1 ? ' / groups' : ''}, out) = (${f.KH}, ${f.KW}, ${cin}, ${f.F}), transposed from PyTorch's OIHW; one kernel row per line.`,
    `kernel = np.array(${pyList(hwio, f.KW * cin * f.F)}, dtype=np.float64).reshape(${f.KH}, ${f.KW}, ${cin}, ${f.F})`,
  ];
  if (f.flip) {
    lines.push(
      '# True convolution: TF/Keras compute cross-correlation, so rotate the kernel 180° (flip rows and columns).',
      'kernel = np.ascontiguousarray(kernel[::-1, ::-1])',
    );
  }
  if (bakeDilation) {
    lines.push(
      `# ${why}: bake the dilation into the kernel instead, as zeros between the taps`,
      `# (a ${f.keh}×${f.kew} kernel, the same effective extent), and run it with dilation 1.`,
      `dilated = np.zeros((${f.keh}, ${f.kew}, ${cin}, ${f.F}))`,
      `dilated[::${f.dh}, ::${f.dw}] = kernel`,
      'kernel = dilated',
    );
  }
  return lines;
}

const REPLICATE_DEF = `def replicate_pad(x, top, bottom, left, right):
    """PyTorch 'replicate' / numpy 'edge' (a a | a b c d | d d): tf.pad has no such mode,
    so repeat the edge row/column with tf.concat (NHWC: axis 1 rows, axis 2 columns)."""
    x = tf.concat([x[:, :1]] * top + [x] + [x[:, -1:]] * bottom, axis=1)
    return tf.concat([x[:, :, :1]] * left + [x] + [x[:, :, -1:]] * right, axis=2)
`;

const CIRCULAR_DEF = `def circular_pad(x, top, bottom, left, right):
    """PyTorch 'circular' / numpy 'wrap' (c d | a b c d | a b): tf.pad has no such mode,
    so the rows above the top come from the bottom edge, and so on (NHWC)."""
    h, w = int(x.shape[1]), int(x.shape[2])
    x = tf.concat([x[:, h - top:], x, x[:, :bottom]], axis=1)
    return tf.concat([x[:, :, w - left:], x, x[:, :, :right]], axis=2)
`;

export interface PyPad {
  /** Helper function definitions the expression needs ('' when none). */
  readonly defs: string;
  /** The padding expression applied to a tensor named `v`. */
  readonly expr: (v: string) => string;
  /** One line saying how the border is built. */
  readonly how: string;
}

/** The padding of a non-zero mode (and constant c) as Python over NHWC tensors. */
export function pyBorderPad(f: Facts): PyPad {
  const pads = nhwcPads(f);
  const sides = `${f.T}, ${f.B}, ${f.L}, ${f.R}`;
  switch (f.mode) {
    case 'replicate':
      return { defs: REPLICATE_DEF, expr: (v) => `replicate_pad(${v}, ${sides})`, how: 'edge slices repeated with tf.concat' };
    case 'circular':
      return { defs: CIRCULAR_DEF, expr: (v) => `circular_pad(${v}, ${sides})`, how: 'wrapped slices joined with tf.concat' };
    case 'reflect':
    case 'symmetric': {
      const m = f.mode.toUpperCase();
      return { defs: '', expr: (v) => `tf.pad(${v}, ${pads}, mode='${m}')`, how: `tf.pad(mode='${m}')` };
    }
    case 'zeros':
    case 'constant': {
      const c = f.fill;
      return {
        defs: '',
        expr: (v) => `tf.pad(${v}, ${pads}, mode='CONSTANT', constant_values=${pyNum(c)})`,
        how: `tf.pad(mode='CONSTANT', constant_values=${pyNum(c)})`,
      };
    }
  }
}

/** Why replicate/circular need slices (for notes); undefined for modes tf.pad has. */
export function sliceModeNote(f: Facts): string | undefined {
  if (f.noPad || (f.mode !== 'replicate' && f.mode !== 'circular')) return undefined;
  return `tf.pad has no ${f.mode} mode (only CONSTANT, REFLECT, SYMMETRIC): the border is built from slices with tf.concat.`;
}

/**
 * The opening lines of every Keras 3 export: the summary comment, the
 * TensorFlow backend (with why, when the snippet calls TensorFlow ops),
 * numpy, `tf` when used, keras, and float64 to match Padlab's reference.
 */
export function keras3Header(summary: string, tfOps: string | null): string[] {
  return [
    `# Padlab export (Keras 3, TensorFlow backend): ${summary}`,
    'import os',
    '',
    tfOps ? `os.environ['KERAS_BACKEND'] = 'tensorflow'  # ${tfOps}` : "os.environ['KERAS_BACKEND'] = 'tensorflow'",
    'import numpy as np',
    ...(tfOps ? ['import tensorflow as tf'] : []),
    'import keras',
    '',
    "keras.config.set_floatx('float64')  # Padlab's reference is float64",
  ];
}
