/**
 * TensorFlow.js export of a transposed convolution: `tf.conv2dTranspose(x,
 * filter, outputShape, strides, pad)` — 'same'/'valid' when TF's rule for
 * that outputShape crops the Plan's cells, else the crop as explicit pads
 * `[[0, 0], [T, B], [L, R], [0, 0]]` of the forward convolution, then zeros
 * for rows past the uncropped output. tfjs has no dilation and no groups
 * for it (the kernel is dilated with zeros and dense over groups), and does
 * not check outputShape against the input, so the snippet passes one that
 * it derived. float32, as tfjs runs.
 */
import type { Plan } from '../../core';
import { convtCode, convtSummary, tfAxisForm, tfPaddingWord, type ConvtCode, type TfAxisForm } from './convtFacts';
import { hwoiKernel } from './convtKernel';
import type { Snippet } from './facts';
import { jsList } from './sourceLiterals';
import { tfConvtNotes } from './tfConvt';

export interface TfjsConvt {
  readonly c: ConvtCode;
  /** tfjs' pad argument: a word, or explicit NHWC pads. */
  readonly pad: string;
  /** The op's spatial outputShape. */
  readonly shape: readonly [number, number];
  readonly h: TfAxisForm;
  readonly w: TfAxisForm;
}

export function tfjsConvt(plan: Plan): TfjsConvt {
  const c = convtCode(plan);
  const word = tfPaddingWord(c, plan.config.pad.kind === 'valid' ? 'VALID' : 'SAME');
  const h = tfAxisForm(c.h);
  const w = tfAxisForm(c.w);
  if (word) return { c, pad: `'${word.toLowerCase()}'`, shape: [c.h.out, c.w.out], h, w };
  // The forward convolution of this shape with these pads gives the input back: (full + tail − ke)/s + 1 = n.
  const size = (a: ConvtCode['h'], f: TfAxisForm) => a.full + f.tail - f.cropStart - f.cropEnd;
  return { c, pad: `[[0, 0], [${h.cropStart}, ${h.cropEnd}], [${w.cropStart}, ${w.cropEnd}], [0, 0]]`, shape: [size(c.h, h), size(c.w, w)], h, w };
}

/** The conv2dTranspose call, for the snippet and the table. */
export function tfjsConvtCall(t: TfjsConvt, input = 'x', filter = 'filter'): string {
  return `tf.conv2dTranspose(${input}, ${filter}, [1, ${t.shape[0]}, ${t.shape[1]}, ${t.c.F}], [${t.c.h.s}, ${t.c.w.s}], ${t.pad})`;
}

/** tf.pad's paddings for the rows past the uncropped output, or null. */
export function tfjsZeros(t: TfjsConvt): string | null {
  return t.h.zeros + t.w.zeros > 0 ? `[[0, 0], [0, ${t.h.zeros}], [0, ${t.w.zeros}], [0, 0]]` : null;
}

/** The TensorFlow.js snippet for a transposed-convolution Plan. */
export function tfjsConvtSnippet(plan: Plan): Snippet {
  const t = tfjsConvt(plan);
  const { c } = t;
  // No dilation argument at all: always bake it.
  const kernel = hwoiKernel(plan, c, true);
  const [kh, kw, F, C] = kernel.shape;
  const zeros = tfjsZeros(t);
  const lines = [
    `// Padlab export (TensorFlow.js): ${convtSummary(c)}`,
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `// Input C×H×W = ${c.C}×${c.h.n}×${c.w.n} (channel-major, one row per line), as NHWC, batch 1.`,
    `const x = tf.transpose(tf.tensor4d(${jsList(plan.input, c.w.n)}, [1, ${c.C}, ${c.h.n}, ${c.w.n}]), [0, 2, 3, 1]);`,
    '',
    `// conv2dTranspose's filter is [KH, KW, outDepth, inDepth] = [${kh}, ${kw}, ${F}, ${C}].`,
    `const filter = tf.tensor4d(${jsList(kernel.values, kw * F * C)}, [${kh}, ${kw}, ${F}, ${C}]);`,
    '',
    t.pad.startsWith('[')
      ? `// The crops (top, bottom, left, right) = (${t.h.cropStart}, ${t.h.cropEnd}, ${t.w.cropStart}, ${t.w.cropEnd}) are the pads of the forward convolution.`
      : `// outputShape ${c.h.out}×${c.w.out} with ${t.pad} crops exactly (top, bottom, left, right) = (${c.h.T}, ${c.h.B}, ${c.w.T}, ${c.w.B}).`,
    `${zeros ? 'let' : 'const'} y = ${tfjsConvtCall(t)};`,
  ];
  if (zeros) lines.push(`y = tf.pad(y, ${zeros}); // rows/columns past the uncropped output hold zeros`);
  lines.push(`const out = tf.transpose(y, [0, 3, 1, 2]); // NHWC -> NCHW: shape [1, ${c.F}, ${c.h.out}, ${c.w.out}]`, 'out.print();', '');
  const notes = [
    ...tfConvtNotes(c, 'tf.conv2dTranspose', 'tf.conv2dTranspose has no dilation argument'),
    'tf.conv2dTranspose does not check outputShape against the input: the snippet passes the one whose forward convolution gives the input back.',
  ];
  return { code: lines.join('\n'), note: notes.join(' ') };
}
