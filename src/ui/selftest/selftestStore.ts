/**
 * The self-test run as an external store for `useSyncExternalStore`: it
 * starts once per page load, outside React, so StrictMode's double effects
 * never start the backend or the cases twice.
 */
import type { SelfTestOptions } from './options';
import { INITIAL_STATE, type SelfTestState } from './selftestSummary';

export interface SelfTestStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => SelfTestState;
}

/** Starts the self-test now and returns its store. */
export function startSelfTest(options: SelfTestOptions): SelfTestStore {
  let state = INITIAL_STATE;
  const listeners = new Set<() => void>();
  const report = (patch: Partial<SelfTestState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  // The runner carries the golden vectors and tfjs: a separate chunk, so the page paints first.
  import('./runner')
    .then(({ runSelfTest }) => runSelfTest(options, report))
    .catch((e: unknown) => {
      report({ phase: 'error', current: null, error: e instanceof Error ? e.message : String(e) });
    });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
  };
}
