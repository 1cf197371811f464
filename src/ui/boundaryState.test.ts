import { describe, expect, it } from 'vitest';
import { onResetKey, type BoundaryState } from './boundaryState';

/** Plays React's order for a boundary: props rule before each render, then an error from the children if they throw. */
function play(steps: readonly { key: unknown; throws?: boolean }[]): (Error | null)[] {
  let state: BoundaryState = { error: null, drawnKey: undefined };
  const shown: (Error | null)[] = [];
  for (const step of steps) {
    state = { ...state, ...onResetKey(step.key, state) };
    if (!state.error && step.throws) state = { ...state, error: new Error(`failed under ${String(step.key)}`) };
    shown.push(state.error);
  }
  return shown;
}

describe('error boundary reset rule', () => {
  it('keeps an error on screen while the key stays, however often it renders', () => {
    const shown = play([{ key: 'a' }, { key: 'b', throws: true }, { key: 'b' }, { key: 'b' }]);
    expect(shown.map((e) => e?.message ?? null)).toEqual([null, 'failed under b', 'failed under b', 'failed under b']);
  });

  it('draws the children again when the key changes, and shows a new error if they fail again', () => {
    const shown = play([{ key: 1, throws: true }, { key: 2 }, { key: 3, throws: true }, { key: 4 }]);
    expect(shown.map((e) => e?.message ?? null)).toEqual(['failed under 1', null, 'failed under 3', null]);
  });

  it('an error under a key that just changed belongs to the new key: the next render under it does not clear it', () => {
    const state: BoundaryState = { error: null, drawnKey: 'old' };
    const update = onResetKey('new', state);
    expect(update).toEqual({ drawnKey: 'new' });
    const failed: BoundaryState = { error: new Error('x'), drawnKey: 'new' };
    expect(onResetKey('new', failed)).toBeNull();
  });

  it('compares keys by identity: an equal-looking new plan object is a new configuration', () => {
    const plan = { out: 5 };
    expect(onResetKey(plan, { error: new Error('x'), drawnKey: plan })).toBeNull();
    expect(onResetKey({ out: 5 }, { error: new Error('x'), drawnKey: plan })).toEqual({ error: null, drawnKey: { out: 5 } });
  });
});
