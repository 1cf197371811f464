/**
 * Keras / TensorFlow and TensorFlow.js rows of a transposed convolution.
 * Keras `Conv2DTranspose(padding='same'|'valid', output_padding=)` decides
 * its output size by its own rule (core's same/valid) and has no groups;
 * `tf.nn.conv2d_transpose` decides the crop from `output_shape` and refuses
 * an output_shape whose forward convolution does not give the input back;
 * tfjs `conv2dTranspose` is TF's op without dilation or groups, and does
 * not check outputShape. Sources: keras/src/layers/convolutional/
 * base_conv_transpose.py, tensorflow/python/ops/nn_ops.py
 * (conv2d_transpose_v2), conv_grad_shape_utils.cc, tfjs-core
 * conv2d_transpose.ts.
 */
import type { Plan } from '../../core';
import { convtDilated, tfCropFor, tfOutputShapeError, type ConvtCode } from '../codegen/convtFacts';
import { kerasConvt, kerasConvtLayer, kerasConvtLine, type KerasConvt } from '../codegen/kerasConvt';
import { tfAcceptedText, tfConvt, tfConvtCall, tfSlice, tfZeros } from '../codegen/tfConvt';
import { tfjsConvt, tfjsConvtCall, tfjsZeros } from '../codegen/tfjsConvt';
import { kerasConvtOutputPadding, kerasConvtStrideDilation } from './convtErrors';
import { convtOutcome, convtVariantOutcome, exactConvtOutcome } from './convtOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow, type Outcome } from './types';

const pair = (a: ConvtCode['h'], b: ConvtCode['w'], key: 'q' | 's' | 'd'): [number, number] => [a[key], b[key]];

/** The Keras lines that raise for this layer as configured. */
function kerasRefusals(k: KerasConvt): Attempt[] {
  const { c } = k;
  const out: Attempt[] = [];
  const plain = { ...k, bake: false };
  if (k.bake) {
    out.push({
      role: 'literal',
      code: kerasConvtLayer(plain, 'valid', null),
      outcome: { kind: 'error', error: kerasConvtStrideDilation(pair(c.h, c.w, 's'), pair(c.h, c.w, 'd')) },
    });
  }
  if (c.h.q >= c.h.s || c.w.q >= c.w.s) {
    // PyTorch allows output padding below the dilation; Keras only below the stride.
    out.push({
      role: 'literal',
      code: kerasConvtLayer(plain, 'valid', pair(c.h, c.w, 'q')),
      outcome: { kind: 'error', error: kerasConvtOutputPadding(pair(c.h, c.w, 'q'), pair(c.h, c.w, 's')) },
    });
  }
  return out;
}

/** What TF does with output_shape = the Plan's output and padding='SAME', as people write it for PyTorch's crops. */
function tfSameOutcome(plan: Plan, c: ConvtCode): Outcome {
  const h = tfCropFor(c.h, 'SAME', c.h.out);
  if (h === null) return { kind: 'error', error: tfOutputShapeError(c.h, 1, c.h.out, 'SAME') };
  const w = tfCropFor(c.w, 'SAME', c.w.out);
  if (w === null) return { kind: 'error', error: tfOutputShapeError(c.w, 2, c.w.out, 'SAME') };
  return convtOutcome(plan, { h: { before: h, out: c.h.out }, w: { before: w, out: c.w.out } });
}

/** The Keras / TensorFlow row: Keras' layer, then tf.nn.conv2d_transpose. */
export function kerasConvtRow(plan: Plan): FrameworkRow {
  const k = kerasConvt(plan);
  const { c } = k;
  const attempts: Attempt[] = [...kerasRefusals(k)];
  attempts.push({
    role: 'exact',
    code: kerasConvtLine(k),
    outcome: exactConvtOutcome(plan),
    note: [c.g > 1 ? 'kernel dense over groups (no groups argument)' : '', k.bake ? 'kernel dilated with zeros, dilation 1' : ''].filter(Boolean).join('; ') || undefined,
  });
  // A port from PyTorch usually reaches for padding='same'.
  if (plan.config.pad.kind === 'explicit' && k.word !== 'same') {
    attempts.push({ role: 'idiom', code: kerasConvtLayer(k, 'same', null), outcome: convtVariantOutcome(plan, { pad: { kind: 'same' }, opad: { h: 0, w: 0 } }) });
  }
  const t = tfConvt(plan);
  const slice = tfSlice(t);
  const zeros = tfZeros(t);
  attempts.push({
    role: 'exact',
    label: 'exact, tf.nn',
    code: `${tfConvtCall(t, 'x', 'w')}${slice ?? ''}${zeros ? ` → tf.pad(y, ${zeros})` : ''}`,
    outcome: exactConvtOutcome(plan),
    note: tfAcceptedText(c),
  });
  if (plan.config.pad.kind === 'explicit' && t.word !== 'SAME') {
    attempts.push({
      role: 'literal',
      code: tfConvtCall({ ...t, word: 'SAME', shape: [c.h.out, c.w.out] }, 'x', 'w'),
      outcome: tfSameOutcome(plan, c),
      note: 'output_shape = the wanted size with SAME: TF crops ⌊(full − output)/2⌋ at the top/left',
    });
  }
  const steps = [
    c.g > 1 ? "Conv2DTranspose has no groups: one layer per group and Concatenate, or a dense kernel with zeros across groups" : '',
    k.word ? '' : "Conv2DTranspose's padding='same'/'valid' cannot say these crops: add Cropping2D",
  ].filter(Boolean);
  return { id: 'keras', name: TABLE_FRAMEWORK_LABEL.keras, attempts, extraStep: steps.length > 0 ? steps.join('; ') : null };
}

/** The TensorFlow.js row. */
export function tfjsConvtRow(plan: Plan): FrameworkRow {
  const t = tfjsConvt(plan);
  const { c } = t;
  const zeros = tfjsZeros(t);
  const notes = [
    convtDilated(c) ? 'no dilation argument: the kernel is dilated with zeros' : '',
    c.g > 1 ? 'no groups: the kernel is dense with zeros across groups' : '',
    'tfjs does not check outputShape against the input: a wrong one gives other numbers, not an error',
  ].filter(Boolean);
  const attempts: Attempt[] = [
    { role: 'exact', code: `${tfjsConvtCall(t, 'x', 'w')}${zeros ? ` → tf.pad(y, ${zeros})` : ''}`, outcome: exactConvtOutcome(plan), note: notes.join('; ') },
  ];
  const steps = [
    convtDilated(c) ? 'conv2dTranspose has no dilation: dilate the kernel with zeros' : '',
    c.g > 1 ? 'no groups: a dense kernel with zeros across groups' : '',
  ].filter(Boolean);
  return { id: 'tfjs', name: TABLE_FRAMEWORK_LABEL.tfjs, attempts, extraStep: steps.length > 0 ? steps.join('; ') : null };
}
