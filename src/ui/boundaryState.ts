/**
 * The error boundary's rule for a new render, as a pure function (React calls
 * it as getDerivedStateFromProps before every render of the boundary).
 */

export interface BoundaryState {
  readonly error: Error | null;
  /** The resetKey of the last render: an error belongs to that key. */
  readonly drawnKey: unknown;
}

/**
 * A failed panel is drawn again once its resetKey changes (a new configuration
 * may not hit the same bug); an error under the current key stays on screen,
 * so a panel that keeps failing shows its message instead of looping.
 * Returns the state update, or null for none.
 */
export function onResetKey(resetKey: unknown, state: BoundaryState): Partial<BoundaryState> | null {
  if (resetKey === state.drawnKey) return null;
  return state.error ? { error: null, drawnKey: resetKey } : { drawnKey: resetKey };
}
