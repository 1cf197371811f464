/**
 * The step-through position: `view.step` (from the URL) clamped to the
 * output cells of the current plan, as (row, col) of the output grid.
 */
import type { Plan } from '../../core';
import { useApp } from './useApp';

export interface StepPosition {
  /** Row-major index over OH×OW. */
  readonly index: number;
  readonly row: number;
  readonly col: number;
  /** OH·OW. */
  readonly count: number;
}

export function stepPosition(plan: Plan, step: number): StepPosition {
  const count = plan.h.out * plan.w.out;
  const index = Math.min(Math.max(0, step), count - 1);
  return { index, row: Math.floor(index / plan.w.out), col: index % plan.w.out, count };
}

export function useStep(plan: Plan): StepPosition {
  return stepPosition(plan, useApp((s) => s.view.step));
}
