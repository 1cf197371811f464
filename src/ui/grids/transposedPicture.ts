/**
 * Which picture of a transposed convolution the grids and the step-through
 * show (issue 13, "two pictures, one toggle"): the direct convolution over
 * the zero-inserted input (conv_arithmetic's figures), or the scatter, where
 * each input cell stamps the kernel onto the output. A view choice, like the
 * overlay: kept in the UI, never in the URL. The scatter's step walks input
 * cells, so its position lives here beside the choice, not in `view.step`
 * (the URL's step is an output cell, design.md).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../../core';
import { setUi } from '../../state/store';

export const TRANSPOSED_PICTURES = ['direct', 'scatter'] as const;
export type TransposedPicture = (typeof TRANSPOSED_PICTURES)[number];

export interface PictureState {
  readonly picture: TransposedPicture;
  /** The scatter step's input cell, row-major over `H×W` of the channel shown. */
  readonly stamp: number;
}

export const pictureStore = createStore<PictureState>(() => ({ picture: 'direct', stamp: 0 }));

/** Shows `picture`; playback pauses, since the walk it was on (output or input cells) changes. */
export function setPicture(picture: TransposedPicture): void {
  if (pictureStore.getState().picture === picture) return;
  pictureStore.setState({ picture });
  setUi({ playing: false });
}

/** Moves the scatter step to input cell `index` (row-major). */
export function setStamp(index: number): void {
  pictureStore.setState({ stamp: index });
}

/** The picture a plan is shown as: a transposed convolution's choice; every other layer has only the direct one. */
export function pictureOf(plan: Plan, state: PictureState): TransposedPicture {
  return plan.transposed ? state.picture : 'direct';
}

export function usePictureState<T>(selector: (s: PictureState) => T): T {
  return useStore(pictureStore, selector);
}

/** The picture this plan is shown as, following the toggle. */
export function usePicture(plan: Plan): TransposedPicture {
  return pictureOf(plan, { picture: usePictureState((s) => s.picture), stamp: 0 });
}
