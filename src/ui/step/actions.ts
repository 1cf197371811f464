/**
 * Step-through actions as plain functions over the store (style.md §3).
 * They move the walk shown (walk.ts): `view.step` (URL) for output cells, the
 * scatter's input cell otherwise; `ui.playing`/`ui.speed` never go to the URL.
 * A manual move (button, key, slider) pauses playback: the reader has taken over.
 */
import { appStore, setUi } from '../../state/store';
import { moveWalk } from './walk';
import type { StepPosition } from '../hooks/useStep';
import type { StepKeyAction } from './keys';
import { playStart, SPEED } from './playback';

/** Clamps an index to the cells `0..count-1`. */
export function clampStep(index: number, count: number): number {
  return Math.min(Math.max(0, Math.round(index)), Math.max(0, count - 1));
}

/** Shows cell `index` (row-major) of the walk shown and pauses. */
export function goToStep(index: number, count: number): void {
  moveWalk(clampStep(index, count));
  setUi({ playing: false });
}

/** Starts or pauses playback; starting at the last cell replays from the first. */
export function togglePlay(pos: StepPosition): void {
  if (appStore.getState().ui.playing) {
    setUi({ playing: false });
    return;
  }
  moveWalk(playStart(pos.index, pos.count));
  setUi({ playing: pos.count > 1 });
}

/** Applies a keyboard or button action to the current position. */
export function runAction(action: StepKeyAction, pos: StepPosition): void {
  switch (action) {
    case 'toggle':
      togglePlay(pos);
      return;
    case 'back':
      goToStep(pos.index - 1, pos.count);
      return;
    case 'forward':
      goToStep(pos.index + 1, pos.count);
      return;
    case 'first':
      goToStep(0, pos.count);
      return;
    case 'last':
      goToStep(pos.count - 1, pos.count);
      return;
  }
}

/** Sets the playback speed (cells per second), clamped to the slider range. */
export function setSpeed(speed: number): void {
  setUi({ speed: Math.min(Math.max(Math.round(speed), SPEED.min), SPEED.max) });
}
