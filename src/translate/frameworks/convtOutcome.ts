/**
 * Outcomes of the ways a transposed convolution can be written, compared
 * with the Plan. A transposed convolution's border is a crop of its
 * uncropped output `full`, so a row's "pads" are crops `[T, B, L, R]`, B and
 * R counted from `full + q` with the Plan's output padding `q` (what
 * `pad=T,B,L,R` with this `opad` would be): two ways give the same output
 * exactly when they crop the same before and output the same size. Another
 * way of writing the layer that Padlab can configure (a PyTorch `padding` /
 * `output_padding`, Keras' same) is derived by core (derivePlan), so no size
 * is computed here twice.
 */
import { derivePlan, type Config, type Pads, type Plan } from '../../core';
import { convtCode } from '../codegen/convtFacts';
import type { Outcome } from './types';

/** Per axis: cells cropped before `full` and the output size. */
export interface ConvtWindow {
  readonly h: { readonly before: number; readonly out: number };
  readonly w: { readonly before: number; readonly out: number };
}

/** The Plan's crops `[T, B, L, R]` (B, R from `full + q`). */
export function planCrops(plan: Plan): Pads {
  const c = convtCode(plan);
  return [c.h.T, c.h.B, c.w.T, c.w.B];
}

/** The outcome of a way that crops `win.before` and outputs `win.out` per axis. */
export function convtOutcome(plan: Plan, win: ConvtWindow): Outcome {
  const c = convtCode(plan);
  const pads: Pads = [win.h.before, c.h.full + c.h.q - win.h.before - win.h.out, win.w.before, c.w.full + c.w.q - win.w.before - win.w.out];
  const sameSize = win.h.out === c.h.out && win.w.out === c.w.out;
  const sameStart = win.h.before === c.h.T && win.w.before === c.w.T;
  return { kind: 'ok', pads, out: { h: win.h.out, w: win.w.out }, diff: sameSize ? (sameStart ? 'same' : 'shifted') : 'size' };
}

/** The Plan's own window: what an exact reproduction gives. */
export function exactConvtOutcome(plan: Plan): Outcome {
  const c = convtCode(plan);
  return convtOutcome(plan, { h: { before: c.h.T, out: c.h.out }, w: { before: c.w.T, out: c.w.out } });
}

/**
 * The outcome of writing the layer with another pad spec or output padding
 * that Padlab knows (core derives it); its error message when core refuses it.
 */
export function convtVariantOutcome(plan: Plan, v: Pick<Partial<Config>, 'pad' | 'opad'>): Outcome {
  const other = derivePlan({ ...plan.config, ...v });
  if (!other.ok) return { kind: 'error', error: other.message };
  const o = convtCode(other);
  return convtOutcome(plan, { h: { before: o.h.T, out: o.h.out }, w: { before: o.w.T, out: o.w.out } });
}
