/**
 * Pads and output sizes for the other ways a framework can be asked to pad.
 * The Plan's own pads are read, never recomputed; a framework's rule (TF
 * SAME, Theano half, PyTorch's usual `k//2`) goes through the same core
 * functions the Plan uses (axisPadding), so the arithmetic lives in one place.
 */
import { axisPadding } from '../../core';
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
 * PyTorch's (and Caffe's) usual "same": `padding = d·(k//2)` on both sides
 * of each axis — `k//2` for an undilated kernel. It equals TF SAME only when
 * SAME's total padding is even and split evenly (stride 1 and odd k, or luck).
 */
export function halfKernelPads(plan: Plan): Pads {
  const p = (a: AxisPlan) => a.d * Math.floor(a.k / 2);
  return [p(plan.h), p(plan.h), p(plan.w), p(plan.w)];
}

/** Output size for other pads: `⌊(n + pb + pa − ke)/s⌋ + 1` per axis (design.md); null when a window no longer fits. */
export function outputSize(plan: Plan, pads: Pads): Size | null {
  const axis = (a: AxisPlan, before: number, after: number) => {
    const padded = a.n + before + after;
    return padded < a.ke ? null : Math.floor((padded - a.ke) / a.s) + 1;
  };
  const h = axis(plan.h, pads[0], pads[1]);
  const w = axis(plan.w, pads[2], pads[3]);
  return h === null || w === null ? null : { h, w };
}

export const samePads = (a: Pads, b: Pads): boolean => a.every((v, i) => v === b[i]);

/** How pads compare with the Plan's. */
export function diffOf(plan: Plan, pads: Pads, out: Size): Diff {
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

/** `[[0, 0], [T, B], [L, R], [0, 0]]`: NHWC paddings for tf.pad / tf.mirrorPad / tfjs conv2d. */
export const nhwcPads = (p: Pads): string => `[[0, 0], [${p[0]}, ${p[1]}], [${p[2]}, ${p[3]}], [0, 0]]`;
