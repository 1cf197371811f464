/**
 * Image mode's engine: one request (every padding mode of one image) at a
 * time, newest wins, as the grid engine (engine.ts). A request made while
 * another runs replaces any waiting one; the running one stops after the
 * mode in progress and resolves to null, so no result arrives for an image
 * or kernel the user already left. A lost WebGL context or a WebGL failure
 * moves to the CPU backend with the reason, as the grid engine does.
 */
import type { ImagePlan } from '../../core/image/imagePlan';
import { fallBackToCpu, startBackend, watchContextLoss, type BackendInfo } from '../backend';
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

interface Waiting {
  request: ImageRequest;
  resolve: (r: ImageModeResult[] | null) => void;
  reject: (e: unknown) => void;
}

const LOST_REASON = 'the WebGL context was lost (GPU reset or driver problem); continuing on the CPU backend';

export function createImageEngine(prefer: 'webgl' | 'cpu' = 'webgl'): ImageEngine {
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

  /** One mode on the current backend; a WebGL failure moves to CPU and runs it once more there. */
  const runMode = async (job: ImageJob, plan: ImagePlan): Promise<ImageModeResult> => {
    const info = await backend;
    try {
      return await runImagePlan(job, plan);
    } catch (e) {
      if (info.name === 'cpu') throw e;
      await switchToCpu(`WebGL failed while running (${e instanceof Error ? e.message : String(e)}); continuing on the CPU backend`);
      return runImagePlan(job, plan);
    }
  };

  const runOne = async (job: Waiting): Promise<void> => {
    const { request } = job;
    const results: ImageModeResult[] = [];
    for (const plan of request.plans) {
      const result = await runMode(request.job, plan);
      // A newer request arrived: stop here, its modes matter now.
      if (waiting) return job.resolve(null);
      results.push(result);
      request.onResult?.(result, results.length, request.plans.length);
    }
    job.resolve(results);
  };

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (waiting) {
      const job: Waiting = waiting;
      waiting = null;
      try {
        await runOne(job);
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
  };

  return {
    ready,
    run(request) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { request, resolve, reject };
        void pump();
      });
    },
    onBackendChange(listener) {
      listeners.push(listener);
    },
  };
}
