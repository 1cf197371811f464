/**
 * The engine the app talks to: one request at a time, newest wins. A request
 * made while another runs replaces any waiting one, and the replaced request
 * resolves to null, so a result never arrives for a configuration the user
 * already left. If the WebGL context is lost, or WebGL throws mid-session, the
 * engine moves to the CPU backend, tells its listeners why, and retries.
 */
import type { Plan } from '../core';
import type { BackendInfo } from './backend';
import { sharedBackendSession } from './backendSession';
import { newestWins } from './newestWins';
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

/** Runs `f` when the browser is idle (after paint, no input pending); a timer where there is no requestIdleCallback (Node, Safari). */
function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 50);
}

export function createEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  const session = sharedBackendSession(prefer);
  /** Shader keys already compiled (or queued), and plans waiting to be warmed. */
  const warm = new Set<string>();
  const warmQueue: Plan[] = [];
  let warmScheduled = false;

  const scheduleWarmUp = (): void => {
    if (warmScheduled || warmQueue.length === 0) return;
    warmScheduled = true;
    whenIdle(() => {
      warmScheduled = false;
      // A real request goes first; the queue's onIdle schedules the rest when it is done.
      if (requests.busy()) return;
      const plan = warmQueue.shift();
      void session.current().then((info) => {
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

  const requests = newestWins<Plan, EngineResult>((plan) => {
    warm.add(shaderKey(plan));
    return session.run(() => runPlan(plan));
  }, scheduleWarmUp);

  return {
    ready: session.ready,
    run: (plan) => requests.run(plan),
    onBackendChange: (listener) => session.onChange(listener),
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
