/**
 * What another way of writing a pooling layer gives — other pads, rounding
 * or divisor rule, or zero padding under a max — compared with the Plan:
 * pads, output size, and the output values on this input. Each way is a
 * variant of the configuration run through core's own derivation and
 * reference (derivePlan, referencePool), so no size or value is computed
 * here a second time.
 */
import { derivePlan, paddedInput, referenceOf, referencePool, type Pads, type PadSpec, type Plan } from '../../core';
import type { Outcome } from './types';

export interface PoolVariant {
  /** The pad spec the other way uses (default: the Plan's). */
  readonly pad?: PadSpec;
  /** Rounds up (`ceil_mode`, Caffe's default) or down (default: the Plan's). */
  readonly ceil?: boolean;
  /** An average counts its padding (PyTorch's `count_include_pad`; default: the Plan's). */
  readonly cip?: boolean;
  /** Max over zero padding (ZeroPadding2D then MaxPooling2D): the padding holds 0, which can win. */
  readonly zeroPaddedMax?: boolean;
  /**
   * Rounds up without PyTorch's last-window rule (tfjs `dimRoundingMode
   * 'ceil'`; Caffe when it has no padding): the window the rule removes is
   * kept, one more output cell on each axis where it was removed.
   */
  readonly keepsRemovedWindow?: boolean;
}

const EMPTY = 'The output would be empty: one window is larger than the padded input.';

/** Explicit pads `[T, B, L, R]` as a pad spec. */
export const explicitPad = (p: Pads): PadSpec => ({ kind: 'explicit', top: p[0], bottom: p[1], left: p[2], right: p[3] });

/** How many values differ (−∞ equals −∞). */
function countDiffering(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** The outcome of writing the Plan's pool another way. */
export function poolVariantOutcome(plan: Plan, v: PoolVariant): Outcome {
  const c = plan.config;
  // The row checks its own framework's limits; the variant only needs the arithmetic, so no PyTorch pad limit here.
  const other = derivePlan({ ...c, framework: 'keras', pad: v.pad ?? c.pad, ceil: v.ceil ?? c.ceil, cip: v.cip ?? c.cip });
  if (!other.ok) return { kind: 'error', error: other.code === 'empty-output' ? EMPTY : other.message };
  const kept = (a: Plan['h']) => (v.keepsRemovedWindow && a.removed ? 1 : 0);
  const out = { h: other.h.out + kept(other.h), w: other.w.out + kept(other.w) };
  const samePads = other.pads.every((p, i) => p === plan.pads[i]);
  if (!samePads) return { kind: 'ok', pads: other.pads, out, diff: out.h === plan.h.out && out.w === plan.w.out ? 'shifted' : 'size' };
  if (out.h !== plan.h.out || out.w !== plan.w.out) return { kind: 'ok', pads: other.pads, out, diff: 'size' };
  const zeroFilled = v.zeroPaddedMax ? { ...other, fill: 0 } : null;
  const values = zeroFilled ? referencePool(zeroFilled, paddedInput(zeroFilled)) : referenceOf(other);
  const mine = referenceOf(plan);
  const differ = countDiffering(values, mine);
  return differ > 0 ? { kind: 'ok', pads: other.pads, out, diff: 'values', cells: { differ, of: mine.length } } : { kind: 'ok', pads: other.pads, out, diff: 'same' };
}
