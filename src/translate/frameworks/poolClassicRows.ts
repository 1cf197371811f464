/**
 * Caffe and Theano rows of a pooling layer; both pad both sides of an axis
 * equally, less than the kernel, and have no dilation.
 * Caffe `pooling_param` (pooling_layer.cpp): rounds up by default
 * (`round_mode: CEIL`; newer BVLC Caffe also has FLOOR) with the last-window
 * rule — applied only when there is padding —, and an AVE divisor that
 * always counts the padding. Theano `pool_2d(ws, ignore_border, stride, pad,
 * mode)` (theano/tensor/signal/pool.py, Theano 0.9+): `ignore_border=False`
 * rounds up and allows no padding; modes 'max', 'sum', 'average_inc_pad',
 * 'average_exc_pad'.
 */
import { AXES, type Plan } from '../../core';
import { countedNote, poolCode, type PoolCode } from '../codegen/poolFacts';
import { pyTuple } from '../codegen/sourceLiterals';
import { exactOutcome } from './geometry';
import { caffePoolPadLimit } from './poolErrors';
import { explicitPad, poolVariantOutcome } from './poolOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow, type Outcome } from './types';

/** Both sides equal and each below the kernel (Caffe's CHECK_LT, Theano's "pad < ws"). */
const padsBelowKernel = (pc: PoolCode) => pc.f.symmetric && pc.f.T < pc.f.KH && pc.f.L < pc.f.KW;

/** The padding step's sides, in words: the pads plus the ceil overhang after. */
const stepText = (pc: PoolCode) => `(top, bottom, left, right) = (${pc.stepPads.join(', ')})`;

/** The first axis whose (symmetric) pad is not below the kernel, as Caffe checks: height, then width. */
function caffeOverLimit(plan: Plan): string | null {
  for (const axis of AXES) {
    const a = plan[axis];
    if (a.before >= a.k) return caffePoolPadLimit(axis, a.before, a.k);
  }
  return null;
}

/** What keeps Caffe's pooling from this layer, in words (the rounding never does: CEIL or FLOOR). */
function caffeLimits(pc: PoolCode): string[] {
  const { f } = pc;
  const limits = [
    f.symmetric ? '' : 'pads both sides equally',
    f.T >= f.KH || f.L >= f.KW ? 'pads less than the kernel' : '',
    pc.reduce === 'avg' && !pc.countsPadding && !f.noPad ? 'always counts the padding in an average' : '',
    pc.dilated ? 'has no dilation' : '',
  ].filter(Boolean);
  return limits.length > 0 ? limits : ['cannot give these sizes'];
}

/** The Caffe row (prototxt). */
export function caffePoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const { f } = pc;
  const param = (floor: boolean, ph = f.T, pw = f.L) =>
    `pooling_param { pool: ${pc.reduce === 'max' ? 'MAX' : 'AVE'} kernel_h: ${f.KH} kernel_w: ${f.KW} stride_h: ${f.sh} stride_w: ${f.sw} ` +
    `pad_h: ${ph} pad_w: ${pw}${floor ? ' round_mode: FLOOR' : ''} }`;
  const attempts: Attempt[] = [];
  let fits = false;
  if (padsBelowKernel(pc) && !pc.dilated) {
    // What Caffe computes from these numbers: AVE counts the padding, rounding up; no padding, no last-window rule.
    const caffe = (ceil: boolean): Outcome =>
      poolVariantOutcome(plan, { pad: explicitPad(plan.pads), cip: true, ceil, keepsRemovedWindow: ceil && f.noPad });
    const byDefault = caffe(true);
    const floored = caffe(false);
    const sameAs = (o: Outcome) => o.kind === 'ok' && o.diff === 'same';
    if (sameAs(byDefault)) {
      fits = true;
      attempts.push({ role: 'exact', code: param(false), outcome: byDefault });
    } else {
      attempts.push({ role: 'literal', code: param(false), outcome: byDefault, note: 'Caffe rounds pooling up by default' });
      if (sameAs(floored)) {
        fits = true;
        attempts.push({ role: 'exact', code: param(true), outcome: floored, note: 'round_mode is in newer BVLC Caffe; older builds and forks always round up' });
      }
    }
  } else if (f.symmetric && !pc.dilated) {
    const error = caffeOverLimit(plan);
    if (error) attempts.push({ role: 'literal', code: param(false), outcome: { kind: 'error', error } });
  }
  if (!fits) {
    const how =
      pc.reduce === 'max'
        ? `pad the input with −∞ by ${stepText(pc)} first (Caffe has no padding layer: a custom layer) → ${param(true, 0, 0)}`
        : "a custom layer: Caffe's AVE pooling always divides by the window's cells inside the padding";
    attempts.push({ role: 'exact', code: pc.dilated ? `a custom layer: Caffe's pooling has no dilation` : how, outcome: exactOutcome(plan) });
  }
  return {
    id: 'caffe',
    name: TABLE_FRAMEWORK_LABEL.caffe,
    attempts,
    extraStep: fits ? null : `Caffe's pooling ${caffeLimits(pc).join(', ')}: needs a custom layer`,
  };
}

/** Theano's pool_2d mode for the Plan. */
const theanoMode = (pc: PoolCode) => (pc.reduce === 'max' ? 'max' : pc.countsPadding ? 'average_inc_pad' : 'average_exc_pad');

/** The Theano row. */
export function theanoPoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const { f } = pc;
  const call = (ignoreBorder: boolean, ph: number, pw: number, v = 'x', mode = theanoMode(pc)) =>
    `pool_2d(${v}, ws=${pyTuple(f.KH, f.KW)}, ignore_border=${ignoreBorder ? 'True' : 'False'}, stride=${pyTuple(f.sh, f.sw)}, pad=${pyTuple(ph, pw)}, mode='${mode}')`;
  // ignore_border=False rounds up (with the same windows as the last-window rule) but refuses padding.
  const fits = padsBelowKernel(pc) && !pc.dilated && (!pc.ceilMatters || f.noPad);
  let code = call(!pc.ceilMatters, f.T, f.L);
  let note: string | undefined;
  if (!fits && (pc.reduce === 'max' || pc.zeroPadAverage)) {
    code = `pad the input yourself with ${pc.reduce === 'max' ? '−∞' : 'zeros'} by ${stepText(pc)} → ${call(true, 0, 0)}`;
  } else if (!fits) {
    code = `${call(true, 0, 0, 'xp', 'sum')} / ${call(true, 0, 0, 'counted', 'sum')}`;
    note = `xp: the input padded with zeros by ${stepText(pc)}; ${countedNote(pc)}`;
  }
  if (pc.dilated) code = `the max over the ${f.KH}×${f.KW} dilated taps of the input padded with −∞ by ${stepText(pc)} (pool_2d has no dilation)`;
  const why = pc.dilated
    ? 'has no dilation'
    : !padsBelowKernel(pc)
      ? 'pads both sides equally, less than the window'
      : 'rounds up (ignore_border=False) only without padding';
  return {
    id: 'theano',
    name: TABLE_FRAMEWORK_LABEL.theano,
    attempts: [{ role: 'exact', code, outcome: exactOutcome(plan), note }],
    extraStep: fits ? null : `Theano's pool_2d ${why}: needs a separate padding step`,
  };
}
