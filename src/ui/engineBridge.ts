/**
 * The bridge from the UI to the engine: loads the engine (and tfjs) lazily so
 * the first render needs none of it, runs every new Plan through it, and
 * keeps the latest result in a small store. Only plain values cross over.
 */
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../core/plan';
import type { BackendInfo, Engine, EngineResult } from '../engine';

export interface EngineStatus {
  readonly backend: BackendInfo | null;
  /** The plan the result belongs to; a result for another plan is stale. */
  readonly plan: Plan | null;
  readonly result: EngineResult | null;
  readonly state: 'idle' | 'pending' | 'ready' | 'error';
  readonly error: string | null;
}

export const engineStore = createStore<EngineStatus>(() => ({ backend: null, plan: null, result: null, state: 'idle', error: null }));

let enginePromise: Promise<Engine> | null = null;

function engine(): Promise<Engine> {
  enginePromise ??= import('../engine').then(async (m) => {
    const params = new URLSearchParams(window.location.search);
    const e = m.createEngine(params.get('backend') === 'cpu' ? 'cpu' : 'webgl');
    const backend = await e.ready;
    engineStore.setState({ backend });
    e.onBackendChange((info) => {
      // The result on screen came from the old backend: run the current plan again.
      const { plan } = engineStore.getState();
      engineStore.setState({ backend: info, plan: null });
      if (plan) requestRun(plan);
    });
    return e;
  });
  return enginePromise;
}

/** Asks the engine for a plan's result; a newer request supersedes this one. */
export function requestRun(plan: Plan): void {
  if (engineStore.getState().plan === plan) return;
  engineStore.setState({ plan, state: 'pending', error: null });
  engine()
    .then((e) => e.run(plan))
    .then((result) => {
      if (result && engineStore.getState().plan === plan) engineStore.setState({ result, state: 'ready' });
    })
    .catch((err: unknown) => {
      if (engineStore.getState().plan !== plan) return;
      engineStore.setState({ state: 'error', error: err instanceof Error ? err.message : String(err) });
    });
}
