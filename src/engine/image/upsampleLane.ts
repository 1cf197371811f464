/**
 * The checkerboard section's way into the page's engine (image mode's
 * upsampling, upsampleRuns.ts): the same engine, worker or main thread, as
 * the rest of the page (worker/engineHost.ts). No tfjs here: the page imports
 * this module, and tfjs loads where the engine runs.
 */
import type { Plan } from '../../core';
import type { BackendInfo } from '../backend';
import type { Settled } from '../newestWins';
import type { UpsampleResult } from './runUpsample';
import { pageEngine } from '../worker/pageEngine';

export type { UpsampleResult } from './runUpsample';
export type { Settled } from '../newestWins';

export interface UpsampleRequest {
  /** Depthwise transposed-convolution plans, run in this order. */
  readonly plans: readonly Plan[];
  /** Called as each plan's result comes in (never after the request is superseded). */
  readonly onResult?: (result: UpsampleResult, index: number) => void;
}

/** What the page's UI uses: the lane of the page's engine, and that engine's backend news. */
export interface PageUpsampleLane {
  readonly ready: Promise<BackendInfo>;
  run(request: UpsampleRequest): Promise<Settled<UpsampleResult[]> | null>;
  /** Called when the engine moves to the CPU backend (WebGL lost or failing) or to a new worker. */
  onBackendChange(listener: (info: BackendInfo) => void): void;
}

/**
 * The page's lane. `prefer` counts only if the page's engine does not exist
 * yet (the start-up `backend=` switch).
 */
export function pageUpsampleLane(prefer: 'webgl' | 'cpu'): PageUpsampleLane {
  const engine = pageEngine(prefer);
  return { ready: engine.ready, run: (r) => engine.runUpsample(r), onBackendChange: (l) => engine.onBackendChange(l) };
}
