/**
 * Keras / TensorFlow and TensorFlow.js rows. Both know only 'valid' and
 * 'same' (TF SAME: odd cell bottom/right) in the conv itself; other pads take
 * a padding step — ZeroPadding2D(((T, B), (L, R))), tf.pad for
 * reflect/symmetric/constant, slices for replicate/circular (no tf.pad mode).
 * Groups are Conv2D(groups=) (TF ≥ 2.3) or DepthwiseConv2D; causal padding
 * is Conv1D's only. tfjs groups only as depthwiseConv2d.
 * Sources: Keras `Conv2D`, `DepthwiseConv2D`, `Conv1D`, `ZeroPadding2D`; `tf.pad`; tfjs `tf.conv2d`, `tf.mirrorPad`.
 */
import type { Plan } from '../../core';
import { planFacts, type Facts } from '../codegen/facts';
import { kerasStrideDilation, tfjsStrideDilation } from './errors';
import { exactOutcome, nhwcPads, padOutcome, pyPair, rulePads } from './geometry';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow } from './types';

/** Conv2D's own padding when it can express the Plan: 'valid', 'same', or null (a padding step is needed). */
function convPadding(f: Facts): 'valid' | 'same' | null {
  if (f.noPad) return 'valid';
  return f.zeroFill && f.tfSame ? 'same' : null;
}

/**
 * Keras 3 base_conv.py: `standardize_padding(padding, allow_causal=rank == 1)`
 * (keras/src/utils/argument_validation.py); the set of allowed values prints
 * in either order.
 */
const KERAS_CONV2D_CAUSAL = "ValueError: The `padding` argument must be a list/tuple or one of {'valid', 'same'}. Received: causal";

/**
 * Keras' own layers for two special cases: DepthwiseConv2D for one group per
 * channel (F = C·depth_multiplier), and Conv1D(padding='causal') for a causal
 * one-row layer with zeros (causal padding exists for Conv1D only).
 */
function kerasOwnSpellings(plan: Plan, f: Facts, own: 'valid' | 'same' | null): Attempt[] {
  const out: Attempt[] = [];
  const dilation = !f.strideAndDilation && (f.dh > 1 || f.dw > 1);
  if (f.depthwise) {
    const [kh, kw] = f.strideAndDilation ? [f.keh, f.kew] : [f.KH, f.KW];
    const layer =
      `DepthwiseConv2D(${pyPair(kh, kw)}, strides=${pyPair(f.sh, f.sw)}, padding='${own ?? 'valid'}'` +
      `${f.F > f.C ? `, depth_multiplier=${f.F / f.C}` : ''}${dilation ? `, dilation_rate=${pyPair(f.dh, f.dw)}` : ''})`;
    out.push({ role: 'exact', label: 'exact, depthwise', code: own ? layer : `${kerasPadLayer(plan, f)} → ${layer}`, outcome: exactOutcome(plan) });
  }
  if (f.causal && f.oneD && f.zeroFill) {
    out.push({
      role: 'exact',
      label: 'exact, 1-D',
      code: `Conv1D(${f.F}, ${f.strideAndDilation ? f.kew : f.KW}, strides=${f.sw}${dilation ? `, dilation_rate=${f.dw}` : ''}, padding='causal'${f.g > 1 ? `, groups=${f.g}` : ''})`,
      outcome: exactOutcome(plan),
      note: 'on the row as a sequence (batch, steps, channels): causal padding is a Conv1D padding',
    });
  }
  return out;
}

/** The Keras padding layer before Conv2D(padding='valid'). */
function kerasPadLayer(plan: Plan, f: Facts): string {
  const pads = `((${f.T}, ${f.B}), (${f.L}, ${f.R}))`;
  if (f.zeroFill) return `ZeroPadding2D(${pads})`;
  const mode = plan.config.mode;
  if (mode === 'replicate' || mode === 'circular') {
    return `a custom layer: tf.concat of ${mode === 'replicate' ? 'repeated edge' : 'opposite-edge'} slices (tf.pad has no ${mode} mode)`;
  }
  const value = mode === 'constant' ? `, constant_values=${plan.fill}` : '';
  return `Lambda(lambda x: tf.pad(x, ${nhwcPads(plan.pads)}, mode='${mode.toUpperCase()}'${value}))`;
}

const bakedNote = (f: Facts) =>
  `kernel dilated with zeros to ${f.keh}×${f.kew} and dilation 1: stride and dilation together are refused`;

/** The Keras / TensorFlow row. */
export function kerasRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const bake = f.strideAndDilation;
  const conv = (padding: string, kh = bake ? f.keh : f.KH, kw = bake ? f.kew : f.KW, dilation = !bake) =>
    `Conv2D(${f.F}, ${pyPair(kh, kw)}, strides=${pyPair(f.sh, f.sw)}` +
    `${dilation && (f.dh > 1 || f.dw > 1) ? `, dilation_rate=${pyPair(f.dh, f.dw)}` : ''}, padding='${padding}'${f.g > 1 ? `, groups=${f.g}` : ''})`;
  const attempts: Attempt[] = [];
  if (bake) {
    attempts.push({ role: 'literal', code: conv(convPadding(f) ?? 'valid', f.KH, f.KW, true), outcome: { kind: 'error', error: kerasStrideDilation(plan) } });
  }
  if (f.causal) attempts.push({ role: 'literal', code: conv('causal'), outcome: { kind: 'error', error: KERAS_CONV2D_CAUSAL } });
  const own = convPadding(f);
  const exactCode = own ? conv(own) : `${kerasPadLayer(plan, f)} → ${conv('valid')}`;
  const notes = [bake ? bakedNote(f) : '', f.g > 1 ? 'groups= needs TF ≥ 2.3 (Keras 3 has it)' : ''].filter(Boolean);
  attempts.push({ role: 'exact', code: exactCode, outcome: exactOutcome(plan), note: notes.length > 0 ? notes.join('; ') : undefined });
  attempts.push(...kerasOwnSpellings(plan, f, own));
  // Porting the other way: 'same' is what people reach for, and its pads need not be these.
  if (!own && !f.noPad && !f.tfSame) {
    const same = rulePads(plan, 'same');
    attempts.push({ role: 'idiom', code: conv('same'), outcome: padOutcome(plan, same), note: f.zeroFill ? undefined : "'same' pads zeros" });
  }
  return {
    id: 'keras',
    name: TABLE_FRAMEWORK_LABEL.keras,
    attempts,
    extraStep: own ? null : `Conv2D pads only 'valid' or 'same' with zeros: use ${f.zeroFill ? 'ZeroPadding2D' : 'a padding layer'} first`,
  };
}

/** The tfjs padding step before tf.conv2d(..., 'valid'), or null when conv2d pads by itself. */
function tfjsPadStep(plan: Plan, f: Facts): string | null {
  if (f.zeroFill || f.noPad) return null;
  const pads = nhwcPads(plan.pads);
  switch (plan.config.mode) {
    case 'reflect':
    case 'symmetric':
      return `tf.mirrorPad(x, ${pads}, '${plan.config.mode}')`;
    case 'constant':
      return `tf.pad(x, ${pads}, ${plan.fill})`;
    default:
      return `tf.gather of rows then columns through an index map (tfjs has no ${plan.config.mode} pad)`;
  }
}

/** The TensorFlow.js row (tf.conv2d, NHWC). */
export function tfjsRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const bake = f.strideAndDilation;
  const step = tfjsPadStep(plan, f);
  // Explicit pad tuples, never a single number: tfjs issue 649 derives the width pad from the height.
  const pad = step || f.noPad ? "'valid'" : f.tfSame ? "'same'" : nhwcPads(plan.pads);
  // tfjs has groups only as depthwiseConv2d (one group per channel); other groups need a dense kernel.
  const op = f.depthwise ? 'tf.depthwiseConv2d' : 'tf.conv2d';
  const conv = (dilations: boolean) =>
    `${op}(x, w, [${f.sh}, ${f.sw}], ${pad}${dilations && (f.dh > 1 || f.dw > 1) ? `, 'NHWC', [${f.dh}, ${f.dw}]` : ''})`;
  const attempts: Attempt[] = [];
  if (bake) attempts.push({ role: 'literal', code: conv(true), outcome: { kind: 'error', error: tfjsStrideDilation(plan) } });
  attempts.push({
    role: 'exact',
    code: step ? `${step} → ${conv(!bake)}` : conv(!bake),
    outcome: exactOutcome(plan),
    note: [bake ? bakedNote(f) : '', f.g > 1 && !f.depthwise ? `kernel dense over its ${f.g} groups (zeros where a filter does not read a channel)` : ''].filter(Boolean).join('; ') || undefined,
  });
  const steps = [
    step ? "tf.conv2d pads with zeros only: pad first, then convolve with 'valid'" : '',
    f.g > 1 && !f.depthwise ? 'tf.conv2d has no groups (only depthwiseConv2d, one group per channel): a dense kernel with zeros' : '',
  ].filter(Boolean);
  return { id: 'tfjs', name: TABLE_FRAMEWORK_LABEL.tfjs, attempts, extraStep: steps.length > 0 ? steps.join('; ') : null };
}
