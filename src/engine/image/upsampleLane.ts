/**
 * The checkerboard section's lane of the engine: one request (the two
 * upsamplings of one picture) at a time, newest wins (newestWins.ts), on the
 * page's one backend session (backendSession.ts), beside the grid and image
 * lanes of engine.ts. A request made while another runs replaces any waiting
 * one; the running one stops after the plan in progress and resolves to null.
 */
import type { Plan } from '../../core';
import type { BackendInfo } from '../backend';
import { sharedBackendSession, type BackendSession } from '../backendSession';
import { newestWins, settling, type NewestWins, type Settled } from '../newestWins';
import { runUpsample, type UpsampleResult } from './runUpsample';

export type { UpsampleResult } from './runUpsample';
export type { Settled } from '../newestWins';

export interface UpsampleRequest {
  /** Depthwise transposed-convolution plans, run in this order. */
  readonly plans: readonly Plan[];
  /** Called as each plan's result comes in (never after the request is superseded). */
  readonly onResult?: (result: UpsampleResult, index: number) => void;
}

/** The lane: resolves with every plan's result or the error's message, or null when superseded. */
export function upsampleLane(session: BackendSession): NewestWins<UpsampleRequest, Settled<UpsampleResult[]>> {
  return newestWins(
    settling(async (request, superseded) => {
      const results: UpsampleResult[] = [];
      for (const plan of request.plans) {
        const result = await session.run(() => runUpsample(plan));
        if (superseded()) break;
        request.onResult?.(result, results.length);
        results.push(result);
      }
      return results;
    }),
  );
}

/** What the page's UI uses: the lane on the shared session, and that session's backend news. */
export interface PageUpsampleLane {
  readonly ready: Promise<BackendInfo>;
  run(request: UpsampleRequest): Promise<Settled<UpsampleResult[]> | null>;
  /** Called when the session moves to the CPU backend (WebGL lost or failing). */
  onBackendChange(listener: (info: BackendInfo) => void): void;
}

let page: PageUpsampleLane | null = null;

/**
 * The page's lane, made on first use on the page's one backend session.
 * `prefer` counts only if the session does not exist yet (the start-up `backend=` switch).
 */
export function pageUpsampleLane(prefer: 'webgl' | 'cpu'): PageUpsampleLane {
  if (!page) {
    const session = sharedBackendSession(prefer);
    const lane = upsampleLane(session);
    page = { ready: session.ready, run: (r) => lane.run(r), onBackendChange: (l) => session.onChange(l) };
  }
  return page;
}
