/**
 * TensorFlow (`tf.nn.conv2d_transpose`) export of a transposed convolution,
 * and the TF form it shares with Keras 1's Deconvolution2D and tfjs'
 * conv2dTranspose: TF decides the crop from `output_shape` (the forward
 * convolution of that shape must give the input back), so the op alone is
 * exact when `output_shape` = the Plan's output with 'SAME' or 'VALID'
 * crops the Plan's cells; otherwise 'VALID' with the uncropped
 * `output_shape`, then a slice, then zeros for rows past it. No groups (a
 * dense kernel) and, to run on every TF build, no dilations argument (the
 * dilation baked into the kernel).
 */
import type { Plan } from '../../core';
import { convtCode, convtDilated, convtSummary, tfAcceptedOutputs, tfAxisForm, tfPaddingWord, type ConvtCode, type TfAxisForm } from './convtFacts';
import { hwoiKernel } from './convtKernel';
import type { Snippet } from './facts';
import { pyList } from './sourceLiterals';
import { pyInputLines } from './tfCommon';

export interface TfConvt {
  readonly c: ConvtCode;
  /** TF's padding word when `output_shape` = the Plan's output is exact; null for the general form. */
  readonly word: 'SAME' | 'VALID' | null;
  readonly h: TfAxisForm;
  readonly w: TfAxisForm;
  /** The op's spatial output_shape: the Plan's output, or the uncropped `full + tail`. */
  readonly shape: readonly [number, number];
}

export function tfConvt(plan: Plan): TfConvt {
  const c = convtCode(plan);
  const word = tfPaddingWord(c, plan.config.pad.kind === 'valid' ? 'VALID' : 'SAME');
  const h = tfAxisForm(c.h);
  const w = tfAxisForm(c.w);
  return { c, word, h, w, shape: word ? [c.h.out, c.w.out] : [c.h.full + h.tail, c.w.full + w.tail] };
}

/** `[:, a:b, c:d]` (NHWC) cutting the general form's output to the Plan's window, or null when nothing is cut. */
export function tfSlice(t: TfConvt): string | null {
  if (t.word || t.h.cropStart + t.h.cropEnd + t.w.cropStart + t.w.cropEnd === 0) return null;
  const m = (f: TfAxisForm, size: number) => `${f.cropStart}:${size - f.cropEnd}`;
  return `[:, ${m(t.h, t.shape[0])}, ${m(t.w, t.shape[1])}]`;
}

/** NHWC paddings appending the rows/columns past the uncropped output, or null. */
export function tfZeros(t: TfConvt): string | null {
  return t.h.zeros + t.w.zeros > 0 ? `[[0, 0], [0, ${t.h.zeros}], [0, ${t.w.zeros}], [0, 0]]` : null;
}

/** "accepts output_shape H in [a, b] with 'SAME' …": which output sizes TF takes for this input. */
export function tfAcceptedText(c: ConvtCode): string {
  const h = tfAcceptedOutputs(c.h);
  const w = tfAcceptedOutputs(c.w);
  const range = (r: readonly [number, number]) => (r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`);
  return `for this input TF accepts output_shape height ${range(h.SAME)}, width ${range(w.SAME)} with 'SAME'; height ${range(h.VALID)}, width ${range(w.VALID)} with 'VALID' (others raise)`;
}

/** The tf.nn.conv2d_transpose call (dilation baked: no dilations argument). */
export function tfConvtCall(t: TfConvt, input = 'x', kernel = 'kernel'): string {
  const { c } = t;
  return (
    `tf.nn.conv2d_transpose(${input}, ${kernel}, output_shape=[1, ${t.shape[0]}, ${t.shape[1]}, ${c.F}], ` +
    `strides=[1, ${c.h.s}, ${c.w.s}, 1], padding='${t.word ?? 'VALID'}')`
  );
}

/**
 * Why a workaround is used, for the notes: `what` has no groups; its
 * dilation is baked in because `why` (it has none, or the export keeps to
 * what runs the same on every version).
 */
export function tfConvtNotes(c: ConvtCode, what: string, why: string): string[] {
  return [
    c.g > 1 ? `${what} has no groups: the kernel is dense, with zeros between a channel and the filters of other groups.` : '',
    convtDilated(c) ? `The dilation is baked into the kernel as zeros between the taps (${c.h.ke}×${c.w.ke}, the same numbers): ${why}.` : '',
  ].filter(Boolean);
}

/** The tf.nn snippet for a transposed-convolution Plan. */
export function tfConvtSnippet(plan: Plan): Snippet {
  const t = tfConvt(plan);
  const { c } = t;
  const kernel = hwoiKernel(plan, c, convtDilated(c));
  const [kh, kw, F, C] = kernel.shape;
  const lines = [
    `# Padlab export (TensorFlow, tf.nn.conv2d_transpose): ${convtSummary(c)}`,
    'import numpy as np',
    'import tensorflow as tf',
    '',
    ...pyInputLines(plan, { C: c.C, H: c.h.n, W: c.w.n }),
    'x = tf.constant(x)',
    '',
    `# conv2d_transpose's filter is (KH, KW, out_channels, in_channels) = (${kh}, ${kw}, ${F}, ${C}).`,
    `kernel = tf.constant(np.array(${pyList(kernel.values, kw * F * C)}, dtype=np.float64).reshape(${kh}, ${kw}, ${F}, ${C}))`,
    '',
    `# TF decides the crop from output_shape: ${tfAcceptedText(c)}.`,
  ];
  const slice = tfSlice(t);
  const zeros = tfZeros(t);
  if (t.word) {
    lines.push(`# output_shape ${c.h.out}×${c.w.out} with '${t.word}' crops exactly (top, bottom, left, right) = (${c.h.T}, ${c.h.B}, ${c.w.T}, ${c.w.B}).`);
  } else {
    lines.push(`# 'VALID' with output_shape ${t.shape[0]}×${t.shape[1]} is the uncropped output; the crops (${c.h.T}, ${c.h.B}, ${c.w.T}, ${c.w.B}) are a slice.`);
  }
  lines.push(`y = ${tfConvtCall(t)}`);
  if (slice) lines.push(`y = y${slice}`);
  if (zeros) lines.push(`y = tf.pad(y, ${zeros})  # rows/columns past the uncropped output hold zeros`);
  lines.push(`out = tf.transpose(y, [0, 3, 1, 2])  # NHWC -> NCHW: shape (1, ${c.F}, ${c.h.out}, ${c.w.out})`, 'print(out)', '');
  const notes = tfConvtNotes(c, 'tf.nn.conv2d_transpose', 'a dilation-1 kernel runs the same on every TF version and device, as the convolution export does');
  const code = lines.join('\n');
  return notes.length > 0 ? { code, note: notes.join(' ') } : { code };
}
