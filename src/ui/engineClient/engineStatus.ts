/**
 * What the engine client (engineClient.ts) tells the UI, as two small vanilla
 * stores: the grid lane (the backend, the plan asked for last and its
 * answer) and image mode's lane (each padding mode's latest result, tagged
 * with the request it belongs to). Only plain values: no tensor leaves the engine.
 */
import { createStore } from 'zustand/vanilla';
import type { NetPlan, PadMode, Plan } from '../../core';
import type { BackendInfo, EngineResult, ImageModeResult, NetResult } from '../../engine';

export interface EngineStatus {
  /** The backend in use (for both lanes: one session per page); null until tfjs has started. */
  readonly backend: BackendInfo | null;
  /** The plan asked for last; a result is this plan's only while `state` is `ready`. */
  readonly plan: Plan | null;
  readonly result: EngineResult | null;
  readonly state: 'idle' | 'pending' | 'ready' | 'error';
  readonly error: string | null;
}

export const engineStore = createStore<EngineStatus>(() => ({ backend: null, plan: null, result: null, state: 'idle', error: null }));

export interface TaggedResult {
  /** The request key this result belongs to; older ones are shown dimmed until replaced. */
  readonly key: string;
  readonly result: ImageModeResult;
}

export interface ImageRunStatus {
  /** The key of the request asked for last. */
  readonly key: string | null;
  readonly results: Partial<Record<PadMode, TaggedResult>>;
  readonly state: 'idle' | 'pending' | 'ready' | 'error';
  /** Modes finished and modes asked for, for the progress bar. */
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

export const imageRunStore = createStore<ImageRunStatus>(() => ({ key: null, results: {}, state: 'idle', done: 0, total: 0, error: null }));

export interface NetRunStatus {
  /** The network asked for last; a result is this network's only while `state` is `ready`. */
  readonly net: NetPlan | null;
  readonly result: NetResult | null;
  /** `skipped`: too big to run in the browser (`error` says why); the shapes still show. */
  readonly state: 'idle' | 'pending' | 'ready' | 'error' | 'skipped';
  readonly error: string | null;
}

export const netRunStore = createStore<NetRunStatus>(() => ({ net: null, result: null, state: 'idle', error: null }));
