/**
 * The engine the app talks to: one request at a time, newest wins. A request
 * made while another runs replaces any waiting one, and the replaced request
 * resolves to null, so a result never arrives for a configuration the user
 * already left. If the WebGL context is lost, or WebGL throws mid-session, the
 * engine moves to the CPU backend, tells its listeners why, and retries.
 */
import type { Plan } from '../core/plan';
import { fallBackToCpu, startBackend, watchContextLoss, type BackendInfo } from './backend';
import { runPlan, warmPlan, type EngineResult } from './runPlan';
import { neighbours, shaderKey } from './warmup';

export interface Engine {
  /** The backend start (WebGL, else CPU with the reason). */
  readonly ready: Promise<BackendInfo>;
  /** Resolves with the result, or null when a newer request superseded this one. Rejects only on a CPU-side tfjs error. */
  run(plan: Plan): Promise<EngineResult | null>;
  /** Called when the backend changes after start (WebGL lost → CPU). */
  onBackendChange(listener: (info: BackendInfo) => void): void;
  /**
   * Compiles, while the page is idle, the WebGL shaders of the configurations
   * one step away from `plan` (warmup.ts), one per idle period, never while a
   * run is waiting. Nothing to do on the CPU backend.
   */
  warmUp(plan: Plan): void;
}

interface Waiting {
  plan: Plan;
  resolve: (r: EngineResult | null) => void;
  reject: (e: unknown) => void;
}

/** Runs `f` when the browser is idle (after paint, no input pending); a timer where there is no requestIdleCallback (Node, Safari). */
function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 50);
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
  /** Shader keys already compiled (or queued), and plans waiting to be warmed. */
  const warm = new Set<string>();
  const warmQueue: Plan[] = [];
  let warmScheduled = false;

  const scheduleWarmUp = (): void => {
    if (warmScheduled || warmQueue.length === 0) return;
    warmScheduled = true;
    whenIdle(() => {
      warmScheduled = false;
      // A real request goes first; pump() schedules the rest when it is done.
      if (running || waiting) return;
      const plan = warmQueue.shift();
      void backend.then((info) => {
        if (!plan || info.name !== 'webgl') return;
        try {
          warmPlan(plan);
        } catch {
          // A warm-up is an optimisation: a failure shows up (and is handled) on a real run.
        }
        scheduleWarmUp();
      });
    });
  };

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
      warm.add(shaderKey(job.plan));
      try {
        const result = await runOnce(job.plan);
        // A newer request arrived while this ran: its result is stale for the UI.
        job.resolve(waiting ? null : result);
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
    scheduleWarmUp();
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
    warmUp(plan) {
      for (const p of neighbours(plan)) {
        const key = shaderKey(p);
        if (warm.has(key)) continue;
        warm.add(key);
        warmQueue.push(p);
      }
      scheduleWarmUp();
    },
  };
}
