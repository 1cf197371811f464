/**
 * The engine the app talks to: one request at a time, newest wins. A request
 * made while another runs replaces any waiting one, and the replaced request
 * resolves to null, so a result never arrives for a configuration the user
 * already left. If the WebGL context is lost, or WebGL throws mid-session, the
 * engine moves to the CPU backend, tells its listeners why, and retries.
 */
import type { Plan } from '../core/plan';
import { fallBackToCpu, startBackend, watchContextLoss, type BackendInfo } from './backend';
import { runPlan, type EngineResult } from './runPlan';

export interface Engine {
  /** The backend start (WebGL, else CPU with the reason). */
  readonly ready: Promise<BackendInfo>;
  /** Resolves with the result, or null when a newer request superseded this one. Rejects only on a CPU-side tfjs error. */
  run(plan: Plan): Promise<EngineResult | null>;
  /** Called when the backend changes after start (WebGL lost → CPU). */
  onBackendChange(listener: (info: BackendInfo) => void): void;
}

interface Waiting {
  plan: Plan;
  resolve: (r: EngineResult | null) => void;
  reject: (e: unknown) => void;
}

const LOST_REASON = 'the WebGL context was lost (GPU reset or driver problem); continuing on the CPU backend';

export function createEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  const listeners: ((info: BackendInfo) => void)[] = [];
  let backend: Promise<BackendInfo>;
  const switchToCpu = (reason: string) => {
    backend = backend.then((info) => (info.name === 'cpu' ? info : fallBackToCpu(reason)));
    void backend.then((info) => listeners.forEach((l) => l(info)));
    return backend;
  };
  backend = startBackend(prefer).then((info) => {
    watchContextLoss(() => void switchToCpu(LOST_REASON));
    return info;
  });
  const ready = backend;
  let running = false;
  let waiting: Waiting | null = null;

  /** Runs on the current backend; a WebGL failure moves to CPU and runs once more there. */
  const runOnce = async (plan: Plan): Promise<EngineResult> => {
    const info = await backend;
    try {
      return await runPlan(plan);
    } catch (e) {
      if (info.name === 'cpu') throw e;
      await switchToCpu(`WebGL failed while running (${e instanceof Error ? e.message : String(e)}); continuing on the CPU backend`);
      return runPlan(plan);
    }
  };

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (waiting) {
      const job: Waiting = waiting;
      waiting = null;
      try {
        const result = await runOnce(job.plan);
        // A newer request arrived while this ran: its result is stale for the UI.
        job.resolve(waiting ? null : result);
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
  };

  return {
    ready,
    run(plan) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { plan, resolve, reject };
        void pump();
      });
    },
    onBackendChange(listener) {
      listeners.push(listener);
    },
  };
}
