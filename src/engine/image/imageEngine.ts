/**
 * Image mode's engine: one request (every padding mode of one image) at a
 * time, newest wins, as the grid engine (engine.ts). A request made while
 * another runs replaces any waiting one; the running one stops after the
 * mode in progress and resolves to null, so no result arrives for an image
 * or kernel the user already left. A lost WebGL context or a WebGL failure
 * moves to the CPU backend with the reason, as the grid engine does.
 */
import type { ImagePlan } from '../../core';
import type { BackendInfo } from '../backend';
import { sharedBackendSession } from '../backendSession';
import { newestWins } from '../newestWins';
import { runImagePlan, type ImageJob, type ImageModeResult } from './runImage';

export interface ImageRequest {
  readonly job: ImageJob;
  /** One valid plan per padding mode to run, in display order. */
  readonly plans: readonly ImagePlan[];
  /** Called as each mode's result comes in (not after the request is superseded). */
  readonly onResult?: (result: ImageModeResult, done: number, total: number) => void;
}

export interface ImageEngine {
  readonly ready: Promise<BackendInfo>;
  /** Resolves with every mode's result, or null when a newer request superseded this one. Rejects on a CPU-side tfjs error. */
  run(request: ImageRequest): Promise<ImageModeResult[] | null>;
  /** Called when the backend changes after start (WebGL lost or failed → CPU). */
  onBackendChange(listener: (info: BackendInfo) => void): void;
}

export function createImageEngine(prefer: 'webgl' | 'cpu' = 'webgl'): ImageEngine {
  const session = sharedBackendSession(prefer);
  const requests = newestWins<ImageRequest, ImageModeResult[]>(async (request, superseded) => {
    const results: ImageModeResult[] = [];
    for (const plan of request.plans) {
      // Each mode on its own: a WebGL failure moves to CPU and reruns that mode only.
      const result = await session.run(() => runImagePlan(request.job, plan));
      // A newer request arrived: stop here (the scheduler drops this request), its modes matter now.
      if (superseded()) break;
      results.push(result);
      request.onResult?.(result, results.length, request.plans.length);
    }
    return results;
  });

  return {
    ready: session.ready,
    run: (request) => requests.run(request),
    onBackendChange: (listener) => session.onChange(listener),
  };
}
