/**
 * The messages between the page and the engine's Web Worker (engineWorker.ts).
 * Hand-written rather than comlink: four requests and one pushed event, each
 * answer tagged with its request's id, and transfer lists chosen per message
 * (a result's Float32Array moves, it is not copied). comlink would need proxied
 * callbacks (image results as they come in, the backend change) with their own
 * lifetimes, and would still leave newest-wins to us.
 * Everything here is structured-cloneable: plans, jobs and results are plain
 * objects and typed arrays.
 */
import type { ImagePlan, Plan } from '../../core';
import type { BackendInfo } from '../backend';
import type { ImageJob, ImageModeResult } from '../image/runImage';
import type { Settled } from '../newestWins';
import type { EngineResult } from '../runPlan';

/** Page → worker. */
export type ToWorker =
  | { readonly type: 'start'; readonly prefer: 'webgl' | 'cpu' }
  | { readonly type: 'run'; readonly id: number; readonly plan: Plan }
  | { readonly type: 'image'; readonly id: number; readonly job: ImageJob; readonly plans: readonly ImagePlan[] }
  | { readonly type: 'warmUp'; readonly plan: Plan };

/** Worker → page. `liveTensors` is the worker's tfjs tensor count after the request (a leak check). */
export type FromWorker =
  | { readonly type: 'ready'; readonly info: BackendInfo }
  | { readonly type: 'backend'; readonly info: BackendInfo }
  | { readonly type: 'run'; readonly id: number; readonly answer: Settled<EngineResult> | null; readonly liveTensors: number }
  | { readonly type: 'imageResult'; readonly id: number; readonly result: ImageModeResult; readonly done: number; readonly total: number }
  /** The end of an image request; its results came one by one (imageResult), so only the outcome travels. */
  | { readonly type: 'image'; readonly id: number; readonly answer: Settled<null> | null; readonly liveTensors: number };

/** One end of the channel: a Worker, the worker's own global scope, or a MessagePort in tests. */
export interface Port<In, Out> {
  postMessage(message: Out, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

/** The buffers to move rather than copy, each once (a buffer listed twice is an error). */
export function buffersOf(...arrays: ArrayBufferView[]): Transferable[] {
  return [...new Set(arrays.map((a) => a.buffer))].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
