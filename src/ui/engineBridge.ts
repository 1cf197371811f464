/**
 * The bridge from the UI to the engine: loads the engine (and tfjs) lazily so
 * the first render needs none of it, runs every new Plan through it, and
 * keeps the latest result in a small store. Only plain values cross over.
 */
import { createStore } from 'zustand/vanilla';
import type { Plan } from '../core';
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
let liveTensors: (() => number) | null = null;

/**
 * A read-only diagnostic for leak checks from outside (the benchmark,
 * scripts/bench): `<html data-live-tensors="N">`, tfjs's live tensor count
 * after the latest run. One attribute write per run; nothing reads it.
 */
function publishLiveTensors(): void {
  if (liveTensors) document.documentElement.dataset.liveTensors = String(liveTensors());
}

function engine(): Promise<Engine> {
  enginePromise ??= import('../engine').then(async (m) => {
    const params = new URLSearchParams(window.location.search);
    const e = m.createEngine(params.get('backend') === 'cpu' ? 'cpu' : 'webgl');
    liveTensors = m.liveTensors;
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

/** How long a hidden page (no animation frames) waits before running anyway, ms. */
const HIDDEN_PAGE_WAIT_MS = 100;

/**
 * Resolves after the browser has painted the frame in progress: the grid and
 * the reference values go on screen first, and tfjs's main-thread work
 * (uploads, kernel launches, a shader compile for a new shape) never delays
 * that paint. A task queued from an animation frame callback runs after that
 * frame's paint.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, HIDDEN_PAGE_WAIT_MS);
  });
}

/** Asks the engine for a plan's result; a newer request supersedes this one. */
export function requestRun(plan: Plan): void {
  if (engineStore.getState().plan === plan) return;
  engineStore.setState({ plan, state: 'pending', error: null });
  afterNextPaint()
    .then(engine)
    .then(async (e) => {
      const result = engineStore.getState().plan === plan ? await e.run(plan) : null;
      publishLiveTensors();
      if (result && engineStore.getState().plan === plan) {
        engineStore.setState({ result, state: 'ready' });
        // Compile the shaders of the next likely configurations while the user reads this one.
        e.warmUp(plan);
      }
    })
    .catch((err: unknown) => {
      if (engineStore.getState().plan !== plan) return;
      engineStore.setState({ state: 'error', error: err instanceof Error ? err.message : String(err) });
    });
}
