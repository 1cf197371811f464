import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, loadQuery, setUi } from '../../state/store';
import { planOf } from '../../state/planCache';
import { stepPosition } from '../hooks/useStep';
import { goToStep, runAction, setSpeed, togglePlay } from './actions';

function position() {
  const s = appStore.getState();
  const plan = planOf(s.config);
  if (!plan.ok) throw new Error('invalid');
  return stepPosition(plan, s.view.step);
}

describe('step actions (in=5x5 k=3 same: 25 cells)', () => {
  beforeEach(() => loadQuery('in=5x5&k=3&step=7'));

  it('forward and back move one cell and pause playback', () => {
    setUi({ playing: true });
    runAction('forward', position());
    expect([appStore.getState().view.step, appStore.getState().ui.playing]).toEqual([8, false]);
    runAction('back', position());
    runAction('back', position());
    expect(appStore.getState().view.step).toBe(6);
  });
  it('stops at both ends', () => {
    runAction('first', position());
    runAction('back', position());
    expect(appStore.getState().view.step).toBe(0);
    runAction('last', position());
    runAction('forward', position());
    expect(appStore.getState().view.step).toBe(24);
  });
  it('steps from the clamped position when the URL step is past the end', () => {
    loadQuery('in=5x5&k=3&step=900');
    runAction('back', position());
    expect(appStore.getState().view.step).toBe(23);
  });
  it('play at the last cell replays from the first; play again pauses', () => {
    goToStep(24, 25);
    togglePlay(position());
    expect([appStore.getState().view.step, appStore.getState().ui.playing]).toEqual([0, true]);
    togglePlay(position());
    expect(appStore.getState().ui.playing).toBe(false);
  });
  it('play mid-way keeps the cell', () => {
    togglePlay(position());
    expect([appStore.getState().view.step, appStore.getState().ui.playing]).toEqual([7, true]);
  });
  it('does not play a single cell', () => {
    loadQuery('in=1x1&k=1');
    togglePlay(position());
    expect(appStore.getState().ui.playing).toBe(false);
  });
  it('clamps the slider and the speed', () => {
    goToStep(99, 25);
    expect(appStore.getState().view.step).toBe(24);
    goToStep(-3, 25);
    expect(appStore.getState().view.step).toBe(0);
    setSpeed(99);
    expect(appStore.getState().ui.speed).toBe(30);
    setSpeed(0.2);
    expect(appStore.getState().ui.speed).toBe(1);
  });
});
