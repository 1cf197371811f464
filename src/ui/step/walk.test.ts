import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, loadQuery, setUi } from '../../state/store';
import { pictureStore, setPicture } from '../grids/transposedPicture';
import { goToStep, runAction, togglePlay } from './actions';
import { currentWalk } from './walk';

function walk() {
  const w = currentWalk();
  if (!w) throw new Error('invalid');
  return w;
}

describe('the step-through walks output cells, or a scatter\'s input cells', () => {
  beforeEach(() => {
    loadQuery('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1&step=7');
    pictureStore.setState({ picture: 'direct', stamp: 0 });
  });

  it('direct picture: the 6×6 output, step 7 from the URL', () => {
    expect(walk()).toEqual({ kind: 'output', pos: { index: 7, row: 1, col: 1, count: 36 } });
  });

  it('scatter: the 3×3 input; moves change the stamp, not the URL\'s step', () => {
    setPicture('scatter');
    expect(walk()).toEqual({ kind: 'input', pos: { index: 0, row: 0, col: 0, count: 9 } });
    runAction('forward', walk().pos);
    runAction('last', walk().pos);
    runAction('forward', walk().pos);
    expect([pictureStore.getState().stamp, appStore.getState().view.step]).toEqual([8, 7]);
    goToStep(4, 9);
    expect(walk().pos).toMatchObject({ index: 4, row: 1, col: 1 });
  });

  it('switching the picture pauses playback; play from the last input cell replays from the first', () => {
    setUi({ playing: true });
    setPicture('scatter');
    expect(appStore.getState().ui.playing).toBe(false);
    goToStep(8, 9);
    togglePlay(walk().pos);
    expect([pictureStore.getState().stamp, appStore.getState().ui.playing]).toEqual([0, true]);
  });

  it('any other layer walks output cells whatever the toggle says', () => {
    setPicture('scatter');
    loadQuery('in=5&k=3&step=3');
    expect(walk()).toEqual({ kind: 'output', pos: { index: 3, row: 0, col: 3, count: 25 } });
  });
});
