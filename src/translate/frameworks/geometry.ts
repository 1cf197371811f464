/**
 * Pads and output sizes for the other ways a framework can be asked to pad.
 * The Plan's own pads are read, never recomputed; a framework's rule (TF
 * SAME, Theano half, PyTorch's usual `k//2`) goes through the same core
 * functions the Plan uses (axisPadding), so the arithmetic lives in one place.
 */
import { axisPadding, HALF_KERNEL_FORM, halfKernelPad, outputLength, type HalfKernelPad } from '../../core';
import type { PadKind } from '../../core';
import type { AxisPlan, Plan } from '../../core';
import type { Diff, Outcome, Pads, Size } from './types';

const geometry = (a: AxisPlan) => ({ n: a.n, k: a.k, s: a.s, d: a.d });

/** Pads a named pad rule gives for the Plan's sizes (`same` = TF/ONNX SAME_UPPER, `half` = Theano). */
export function rulePads(plan: Plan, kind: Exclude<PadKind, 'explicit'>): Pads {
  const h = axisPadding(kind, geometry(plan.h));
  const w = axisPadding(kind, geometry(plan.w));
  return [h.before, h.after, w.before, w.after];
}

/**
 * PyTorch's (and Caffe's) usual "same", on both sides of each axis, in one of
 * core's two forms (`halfKernelPad`): `literal` = `k//2`, `dilated` =
 * `d*(k−1)//2`. Either equals TF SAME only when SAME's total padding is even
 * and split evenly (stride 1 and odd ke, or luck).
 */
function halfKernelPads(plan: Plan, form: keyof HalfKernelPad): Pads {
  const p = (a: AxisPlan) => halfKernelPad(a.k, a.d)[form];
  return [p(plan.h), p(plan.h), p(plan.w), p(plan.w)];
}

/** One form of the half-kernel idiom and the pads it gives. */
export interface HalfKernelForm {
  readonly form: keyof HalfKernelPad;
  readonly pads: Pads;
  /** What to watch, in the table's words. */
  readonly note?: string;
}

/**
 * The half-kernel forms worth a line in the table: `k//2` always, and
 * `d*(k−1)//2` too when a dilation makes it pad differently (the question
 * "what does dilation do to k//2").
 */
export function halfKernelForms(plan: Plan): HalfKernelForm[] {
  const literal = halfKernelPads(plan, 'literal');
  const dilated = halfKernelPads(plan, 'dilated');
  if ((plan.h.d === 1 && plan.w.d === 1) || samePads(literal, dilated)) return [{ form: 'literal', pads: literal }];
  return [
    { form: 'literal', pads: literal, note: `${HALF_KERNEL_FORM.literal} ignores the dilation: the dilated window spans d(k−1)+1 cells` },
    { form: 'dilated', pads: dilated, note: 'the dilation-aware form' },
  ];
}

/** Output size for other pads, by core's `outputLength` per axis; null when a window no longer fits. */
function outputSize(plan: Plan, pads: Pads): Size | null {
  const h = outputLength(plan.h.n + pads[0] + pads[1], plan.h.ke, plan.h.s);
  const w = outputLength(plan.w.n + pads[2] + pads[3], plan.w.ke, plan.w.s);
  return h === 0 || w === 0 ? null : { h, w };
}

export const samePads = (a: Pads, b: Pads): boolean => a.every((v, i) => v === b[i]);

/** How pads compare with the Plan's. */
function diffOf(plan: Plan, pads: Pads, out: Size): Diff {
  if (samePads(pads, plan.pads)) return 'same';
  return out.h === plan.h.out && out.w === plan.w.out ? 'shifted' : 'size';
}

/** The outcome of padding the Plan's input with `pads` (a window always fits for the rules used here). */
export function padOutcome(plan: Plan, pads: Pads): Outcome {
  const out = outputSize(plan, pads);
  if (!out) return { kind: 'error', error: 'The output would be empty: one window is larger than the padded input.' };
  return { kind: 'ok', pads, out, diff: diffOf(plan, pads, out) };
}

/** The Plan's own pads and output: what an exact reproduction gives. */
export function exactOutcome(plan: Plan): Outcome {
  return { kind: 'ok', pads: plan.pads, out: { h: plan.h.out, w: plan.w.out }, diff: 'same' };
}

/** `(a, b)` for Python; one number when both axes agree is valid too, but a pair is never ambiguous. */
export const pyPair = (a: number, b: number): string => `(${a}, ${b})`;

/** NHWC paddings `[[0, 0], [T, B], [L, R], [0, 0]]` for tf.pad / tf.mirrorPad / tfjs (one copy, in codegen). */
export { nhwcPadList as nhwcPads } from '../codegen/tfCommon';
