/**
 * A dilated causal stack (WaveNet, van den Oord et al. 2016: kernel 2,
 * dilations 1, 2, 4, 8, … with Keras Conv1D(padding='causal')): the preset's
 * first layer, whether a layer belongs to such a stack, and the stack's rows.
 * Each row is derived with derivePlan (its left padding and width from the
 * Plan); the receptive field follows design.md's recurrence `r += (ke−1)·j`
 * with jump `j = 1` at stride 1, so after layer i it is `1 + Σ(ke_i − 1)`.
 */
import { DEFAULT_CONFIG, derivePlan, effectiveKernel, type Config } from '../../core';

/** One WaveNet block's first dilations (the paper doubles them up to 512). */
export const STACK_DILATIONS = [1, 2, 4, 8] as const;

/** The WaveNet preset's first layer: a 1×16 signal, a kernel of 2 taps, causal padding, dilation 1. */
export const WAVENET_LAYER: Config = {
  ...DEFAULT_CONFIG,
  input: { h: 1, w: 16 },
  kernel: { h: 1, w: 2 },
  pad: { kind: 'causal' },
  dilation: { h: 1, w: 1 },
};

/** One layer of the stack. */
export interface StackRow {
  /** The layer's dilation along the time axis (width). */
  readonly d: number;
  /** Effective kernel `d·(k−1)+1`, core's effectiveKernel. */
  readonly ke: number;
  /** Left padding, from the layer's Plan (`ke − 1` for causal). */
  readonly left: number;
  /** Output width, from the Plan (causal keeps the length). */
  readonly out: number;
  /** Receptive field of the stack up to and including this layer, in input cells. */
  readonly rf: number;
  /** The layer on its own, for its single-layer view. */
  readonly config: Config;
}

/** Whether `c` is a layer of a dilated causal stack: a causal convolution on one row, stride 1, a dilation of the stack. */
export function inCausalStack(c: Config): boolean {
  return (
    c.op === 'conv' &&
    c.pad.kind === 'causal' &&
    c.input.h === 1 &&
    c.stride.w === 1 &&
    c.dilation.h === 1 &&
    (STACK_DILATIONS as readonly number[]).includes(c.dilation.w)
  );
}

/**
 * The stack's layers for the layer on screen: its settings with each of
 * STACK_DILATIONS in turn. A layer the Plan refuses is left out (none is at
 * the preset's sizes).
 */
export function causalStack(c: Config): StackRow[] {
  const rows: StackRow[] = [];
  let rf = 1;
  for (const d of STACK_DILATIONS) {
    const config: Config = { ...c, dilation: { h: c.dilation.h, w: d } };
    const plan = derivePlan(config);
    if (!plan.ok) continue;
    const ke = effectiveKernel(c.kernel.w, d);
    rf += ke - 1;
    rows.push({ d, ke, left: plan.w.before, out: plan.w.out, rf, config });
  }
  return rows;
}
