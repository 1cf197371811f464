/**
 * Where a kernel tap the grid shows lives in `plan.weights`, as the user
 * gave them: a convolution's OIHW `(F, C/g, KH, KW)`, a transposed
 * convolution's PyTorch ConvTranspose2d `(C, F/g, KH, KW)` (design.md,
 * URL `w`): the core's `givenWeightIndex` and `appliedTap`; null across
 * groups, where the layer applies a 0 no one gave.
 */
import { appliedTap, givenWeightIndex, oihwIndex, type Plan } from '../../core';
import { sameGroup } from './groups';

/** A filter's index within its group: PyTorch's ConvTranspose2d weight `(C, F/g, KH, KW)` names it so. */
export function filterInGroup(plan: Plan, f: number): number {
  return f % (plan.filters / plan.config.groups);
}

/** Index in `plan.weights` of the weight between filter `f` and channel `c` at tap (a, b) as given; null across groups. */
export function weightIndex(plan: Plan, f: number, c: number, a: number, b: number): number | null {
  if (!sameGroup(plan, f, c)) return null;
  return givenWeightIndex(plan.transposed ? 'convt' : 'conv', plan.channels, plan.filters, plan.config.groups, plan.h.k, plan.w.k, f, c, a, b);
}

/** What the kernel grid shows for (filter, channel): the taps as given, or as the layer slides them. */
export interface KernelView {
  /** `KH*KW` values, row-major. */
  readonly values: readonly number[];
  /** For the grid's tap (row, col): the index in `plan.weights` it edits, or null (a 0 across groups). */
  readonly indexAt: (row: number, col: number) => number | null;
  /** True when the grid shows the kernel rotated 180° (a transposed convolution's direct picture). */
  readonly rotated: boolean;
}

/**
 * The kernel of (filter `f`, channel `c`): as given (`rotated` false), or
 * as the direct picture applies it, read from `plan.appliedWeights` (the
 * weights rotated 180°) with each tap editing the weight it came from.
 */
export function kernelView(plan: Plan, f: number, c: number, rotated: boolean): KernelView {
  const KH = plan.h.k;
  const KW = plan.w.k;
  const taps = Array.from({ length: KH * KW }, (_, i) => ({ row: Math.floor(i / KW), col: i % KW }));
  if (rotated) {
    const indexAt = (row: number, col: number) => {
      const from = appliedTap(KH, KW, true, row, col);
      return weightIndex(plan, f, c, from.row, from.col);
    };
    const values = taps.map((t) => plan.appliedWeights[oihwIndex(plan.channels, KH, KW, f, c, t.row, t.col)] ?? NaN);
    return { values, indexAt, rotated };
  }
  const indexAt = (row: number, col: number) => weightIndex(plan, f, c, row, col);
  // Across groups nothing was given: show the 0 the layer applies (appliedWeights).
  const values = taps.map((t) => {
    const i = indexAt(t.row, t.col);
    return i === null ? (plan.appliedWeights[oihwIndex(plan.channels, KH, KW, f, c, t.row, t.col)] ?? NaN) : (plan.weights[i] ?? NaN);
  });
  return { values, indexAt, rotated };
}
