/**
 * The messages between the page and the engine's Web Worker (engineWorker.ts).
 * Hand-written rather than comlink: one request shape for every lane of the
 * engine (a lane name, an id, plain data), results pushed as they come
 * (image mode's modes, the checkerboard's upsamplings), one pushed event (the
 * backend changed), and transfer lists chosen per message (a result's typed
 * arrays move, they are not copied). comlink would need proxied callbacks
 * with their own lifetimes for the pushed results and events, and would still
 * leave newest-wins to us.
 * Everything here is structured-cloneable: plans, jobs and results are plain
 * objects and typed arrays (workerEngine.test.ts clones every kind).
 */
import type { Config, NetPlan, Plan } from '../../core';
import type { BackendInfo } from '../backend';
import type { ImageRequest } from '../image/imageLane';
import type { ImageModeResult } from '../image/runImage';
import type { UpsampleResult } from '../image/runUpsample';
import type { KerasLayersResult } from '../kerasLayers';
import type { Settled } from '../newestWins';
import type { EngineResult } from '../runPlan';
import type { NetResult } from '../runNet';

/**
 * Each lane of the engine: what a request sends, what its answer carries, and
 * the results it pushes one by one (`never`: none). A lane that pushes its
 * results answers only its outcome (`null` when every result came).
 */
export interface Lanes {
  /**
   * A grid plan travels as its configuration and the worker derives it again
   * (gridPlans.ts): a 64×64 plan is ~25 KB of index maps and steps, and cloning
   * it cost the page ~1 ms per change (twice, with the warm-up) while a slider moves.
   */
  readonly grid: { readonly request: Config; readonly answer: EngineResult; readonly partial: never };
  readonly net: { readonly request: NetPlan; readonly answer: NetResult; readonly partial: never };
  readonly image: { readonly request: Omit<ImageRequest, 'onResult'>; readonly answer: null; readonly partial: ImageModeResult };
  readonly upsample: { readonly request: { readonly plans: readonly Plan[] }; readonly answer: null; readonly partial: UpsampleResult };
  readonly keras: { readonly request: Plan; readonly answer: KerasLayersResult; readonly partial: never };
}

export type Lane = keyof Lanes;

/** A lane's request message (a union over lanes, so `lane` narrows `request`). */
export type Call = { [L in Lane]: { readonly type: 'call'; readonly lane: L; readonly id: number; readonly request: Lanes[L]['request'] } }[Lane];

/** Page → worker. */
export type ToWorker = { readonly type: 'start'; readonly prefer: 'webgl' | 'cpu' } | Call | { readonly type: 'warmUp'; readonly config: Config };

/** Worker → page. `liveTensors` is the worker's tfjs tensor count after the request (a leak check). */
export type FromWorker =
  | { readonly type: 'ready'; readonly info: BackendInfo }
  | { readonly type: 'backend'; readonly info: BackendInfo }
  /** One of a request's results, `done` of `total` (1-based), as it comes. */
  | { readonly type: 'partial'; readonly id: number; readonly item: Lanes[Lane]['partial']; readonly done: number; readonly total: number }
  /** A request's answer; null when a newer request of its lane superseded it inside the worker. */
  | { readonly type: 'answer'; readonly id: number; readonly answer: Settled<Lanes[Lane]['answer']> | null; readonly liveTensors: number };

/** One end of the channel: a Worker, the worker's own global scope, or a MessagePort in tests. */
export interface Port<In, Out> {
  postMessage(message: Out, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

/**
 * The buffers to move rather than copy: those of a result's typed arrays
 * (its own fields), each once (a buffer listed twice is an error).
 */
export function buffersOf(result: unknown): Transferable[] {
  if (typeof result !== 'object' || result === null) return [];
  const buffers = Object.values(result)
    .filter((v): v is ArrayBufferView => ArrayBuffer.isView(v))
    .map((v) => v.buffer);
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
