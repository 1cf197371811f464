/**
 * What the step-through walks: output cells (every layer, and a transposed
 * convolution's direct picture: `view.step`, in the URL), or input cells
 * (a transposed convolution's scatter picture: each one's stamp; the UI's
 * own position, transposedPicture.ts). Buttons, keys, the slider and
 * playback all move whichever walk is shown, through these functions.
 */
import type { Plan } from '../../core';
import { planOf } from '../../state/planCache';
import { appStore } from '../../state/store';
import { stepPosition, type StepPosition } from '../hooks/useStep';
import { pictureOf, pictureStore, setStamp, type PictureState } from '../grids/transposedPicture';

export type WalkKind = 'output' | 'input';

export interface Walk {
  readonly kind: WalkKind;
  readonly pos: StepPosition;
}

/** The scatter's position: input cell `stamp` (row-major over H×W), clamped. */
export function stampPosition(plan: Plan, stamp: number): StepPosition {
  const count = plan.h.n * plan.w.n;
  const index = Math.min(Math.max(0, stamp), count - 1);
  return { index, row: Math.floor(index / plan.w.n), col: index % plan.w.n, count };
}

/** The walk a plan shows, from the URL's step and the picture state. */
export function walkOf(plan: Plan, step: number, picture: PictureState): Walk {
  return pictureOf(plan, picture) === 'scatter'
    ? { kind: 'input', pos: stampPosition(plan, picture.stamp) }
    : { kind: 'output', pos: stepPosition(plan, step) };
}

/** The walk shown now, read from the stores at the moment of the call (null when the configuration is invalid). */
export function currentWalk(): Walk | null {
  const s = appStore.getState();
  const plan = planOf(s.config);
  return plan.ok ? walkOf(plan, s.view.step, pictureStore.getState()) : null;
}

/** Moves the walk shown now to cell `index` (already clamped by the caller). */
export function moveWalk(index: number): void {
  if (currentWalk()?.kind === 'input') setStamp(index);
  else appStore.setState((s) => ({ view: { ...s.view, step: index } }));
}
