/**
 * From image mode's UI to its engine: loads tfjs lazily, sends every new
 * request (newest wins, see engine/image/imageEngine.ts) and keeps each
 * mode's latest result, tagged with the request it belongs to, in a small
 * store. Only plain values cross over; no tensor leaves the engine.
 */
import { createStore } from 'zustand/vanilla';
import type { PadMode } from '../../core';
import type { ImagePlan } from '../../core';
import type { BackendInfo, ImageEngine, ImageJob, ImageModeResult } from '../../engine/image';

export interface TaggedResult {
  /** The request key this result belongs to; older ones are shown dimmed until replaced. */
  readonly key: string;
  readonly result: ImageModeResult;
}

export interface ImageRunStatus {
  readonly backend: BackendInfo | null;
  /** The newest request's key. */
  readonly key: string | null;
  readonly results: Partial<Record<PadMode, TaggedResult>>;
  readonly state: 'idle' | 'pending' | 'ready' | 'error';
  /** Modes finished and modes asked for, for the progress bar. */
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

export const imageRunStore = createStore<ImageRunStatus>(() => ({
  backend: null,
  key: null,
  results: {},
  state: 'idle',
  done: 0,
  total: 0,
  error: null,
}));

let enginePromise: Promise<ImageEngine> | null = null;

function engine(): Promise<ImageEngine> {
  enginePromise ??= import('../../engine/image').then(async (m) => {
    const prefer = new URLSearchParams(window.location.search).get('backend') === 'cpu' ? 'cpu' : 'webgl';
    const e = m.createImageEngine(prefer);
    imageRunStore.setState({ backend: await e.ready });
    e.onBackendChange((backend) => imageRunStore.setState({ backend }));
    return e;
  });
  return enginePromise;
}

/** Runs `plans` (one per padding mode) on `job`, unless `key` is already the newest request. */
export function requestImageRun(key: string, job: ImageJob, plans: readonly ImagePlan[]): void {
  if (imageRunStore.getState().key === key) return;
  imageRunStore.setState({ key, state: plans.length ? 'pending' : 'ready', done: 0, total: plans.length, error: null });
  if (plans.length === 0) return;
  const current = () => imageRunStore.getState().key === key;
  engine()
    .then((e) =>
      e.run({
        job,
        plans,
        onResult: (result, done) => {
          if (!current()) return;
          imageRunStore.setState((s) => ({ done, results: { ...s.results, [result.mode]: { key, result } } }));
        },
      }),
    )
    .then((results) => {
      if (results && current()) imageRunStore.setState({ state: 'ready' });
    })
    .catch((err: unknown) => {
      if (!current()) return;
      imageRunStore.setState({ state: 'error', error: err instanceof Error ? err.message : String(err) });
    });
}
