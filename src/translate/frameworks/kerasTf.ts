/**
 * Keras / TensorFlow and TensorFlow.js rows. Both know only 'valid' and
 * 'same' (TF SAME: odd cell bottom/right) in the conv itself; other pads take
 * a padding step — ZeroPadding2D(((T, B), (L, R))), tf.pad for
 * reflect/symmetric/constant, slices for replicate/circular (no tf.pad mode).
 * Sources: Keras `Conv2D`, `ZeroPadding2D`; `tf.pad`; tfjs `tf.conv2d`, `tf.mirrorPad`.
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
    `${dilation && (f.dh > 1 || f.dw > 1) ? `, dilation_rate=${pyPair(f.dh, f.dw)}` : ''}, padding='${padding}')`;
  const attempts: Attempt[] = [];
  if (bake) {
    attempts.push({ role: 'literal', code: conv(convPadding(f) ?? 'valid', f.KH, f.KW, true), outcome: { kind: 'error', error: kerasStrideDilation(plan) } });
  }
  const own = convPadding(f);
  const exactCode = own ? conv(own) : `${kerasPadLayer(plan, f)} → ${conv('valid')}`;
  attempts.push({ role: 'exact', code: exactCode, outcome: exactOutcome(plan), note: bake ? bakedNote(f) : undefined });
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
  const conv = (dilations: boolean) =>
    `tf.conv2d(x, w, [${f.sh}, ${f.sw}], ${pad}${dilations && (f.dh > 1 || f.dw > 1) ? `, 'NHWC', [${f.dh}, ${f.dw}]` : ''})`;
  const attempts: Attempt[] = [];
  if (bake) attempts.push({ role: 'literal', code: conv(true), outcome: { kind: 'error', error: tfjsStrideDilation(plan) } });
  attempts.push({
    role: 'exact',
    code: step ? `${step} → ${conv(!bake)}` : conv(!bake),
    outcome: exactOutcome(plan),
    note: bake ? bakedNote(f) : undefined,
  });
  return { id: 'tfjs', name: TABLE_FRAMEWORK_LABEL.tfjs, attempts, extraStep: step ? 'tf.conv2d pads with zeros only: pad first, then convolve with \'valid\'' : null };
}
