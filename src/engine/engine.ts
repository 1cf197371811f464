/**
 * The engine the app talks to: one request at a time, newest wins. A request
 * made while another runs replaces any waiting one, and the replaced request
 * resolves to null, so a result never arrives for a configuration the user
 * already left.
 */
import type { Plan } from '../core/plan';
import { startBackend, type BackendInfo } from './backend';
import { runPlan, type EngineResult } from './runPlan';

export interface Engine {
  /** The backend start (WebGL, else CPU with the reason). */
  readonly ready: Promise<BackendInfo>;
  /** Resolves with the result, or null when a newer request superseded this one. Rejects only on a tfjs error. */
  run(plan: Plan): Promise<EngineResult | null>;
}

interface Waiting {
  plan: Plan;
  resolve: (r: EngineResult | null) => void;
  reject: (e: unknown) => void;
}

export function createEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  const ready = startBackend(prefer);
  let running = false;
  let waiting: Waiting | null = null;

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    await ready;
    while (waiting) {
      const job: Waiting = waiting;
      waiting = null;
      try {
        const result = await runPlan(job.plan);
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
  };
}
