/**
 * Image mode's lane of the engine (engine.ts): one request (every padding
 * mode of one picture) at a time, newest wins. A request made while another
 * runs replaces any waiting one; the running one stops after the mode in
 * progress and resolves to null, so no result arrives for a picture or
 * kernel the user already left. Each mode runs on its own through the
 * backend session, so a WebGL failure moves to CPU and reruns that mode only.
 */
import type { ImagePlan } from '../../core';
import type { BackendSession } from '../backendSession';
import { newestWins, settling, type NewestWins, type Settled } from '../newestWins';
import { runImagePlan, type ImageJob, type ImageModeResult } from './runImage';

export interface ImageRequest {
  readonly job: ImageJob;
  /** One valid plan per padding mode to run, in display order. */
  readonly plans: readonly ImagePlan[];
  /** Called as each mode's result comes in (never after the request is superseded). */
  readonly onResult?: (result: ImageModeResult, done: number, total: number) => void;
}

/** The lane: resolves with every mode's result or the error's message, or null when superseded. */
export function imageLane(session: BackendSession): NewestWins<ImageRequest, Settled<ImageModeResult[]>> {
  return newestWins(
    settling(async (request, superseded) => {
      const results: ImageModeResult[] = [];
      for (const plan of request.plans) {
        const result = await session.run(() => runImagePlan(request.job, plan));
        // A newer request arrived: stop here (the scheduler drops this request), its modes matter now.
        if (superseded()) break;
        results.push(result);
        request.onResult?.(result, results.length, request.plans.length);
      }
      return results;
    }),
  );
}
