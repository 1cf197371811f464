/**
 * The checkerboard section's engine client, the way engineClient.ts serves
 * the rest of the page: it watches image mode's store and, while the section
 * is open, asks the engine's upsample lane (engine/image/upsampleLane.ts) for
 * the setup's two plans. Components only read the answers (upsampleRunStore).
 * Which request is the newest is the lane's call alone (newest wins): a
 * superseded request answers null and nothing is written for it.
 * - the lane's code (and tfjs) is imported lazily, on first use;
 * - a setup equal to the one asked for last is not asked again;
 * - after a WebGL loss the current setup runs again on the CPU backend.
 */
import { createStore } from 'zustand/vanilla';
import type { CheckerboardKind } from '../../core';
import type { PageUpsampleLane, UpsampleResult } from '../../engine/image/upsampleLane';
import { appStore } from '../../state/store';
import { checkerboardSetupOf, type CheckerboardSetup } from './checkerboardSetup';
import { imageStore } from './imageStore';

export interface TaggedUpsample {
  /** The request key this result belongs to; an older one is shown dimmed until replaced. */
  readonly key: string;
  readonly result: UpsampleResult;
}

export interface UpsampleRunStatus {
  /** The key of the request asked for last. */
  readonly key: string | null;
  readonly results: Partial<Record<CheckerboardKind, TaggedUpsample>>;
  readonly state: 'idle' | 'pending' | 'ready' | 'error';
  readonly error: string | null;
}

export const upsampleRunStore = createStore<UpsampleRunStatus>(() => ({ key: null, results: {}, state: 'idle', error: null }));

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The setup image mode's state asks for now. */
const currentSetup = (): CheckerboardSetup => {
  const { source, checkerboard } = imageStore.getState();
  return checkerboardSetupOf(source, checkerboard);
};

let lane: Promise<PageUpsampleLane> | null = null;

function laneOf(): Promise<PageUpsampleLane> {
  lane ??= import('../../engine/image/upsampleLane').then((m) => {
    // The page's backend session: `backend=` counts if this lane happens to start it.
    const l = m.pageUpsampleLane(appStore.getState().view.backend);
    l.onBackendChange(() => {
      // The results on screen came from the old backend: run them again now, or when the tab next opens.
      if (imageStore.getState().section === 'checkerboard') ask(currentSetup(), true);
      else upsampleRunStore.setState({ key: null });
    });
    return l;
  });
  return lane;
}

/** Asks for a setup's plans, unless its key is the one asked for last (`again`: even then). */
function ask(setup: CheckerboardSetup, again = false): void {
  const { key, items } = setup;
  if (key === null || !items) return;
  if (!again && upsampleRunStore.getState().key === key) return;
  const kinds = (['uneven', 'even'] as const).filter((kind) => items[kind].plan.ok);
  const plans = kinds.flatMap((kind) => {
    const plan = items[kind].plan;
    return plan.ok ? [plan] : [];
  });
  upsampleRunStore.setState({ key, state: 'pending', error: null });
  laneOf().then(
    (l) =>
      void l
        .run({
          plans,
          onResult: (result, i) => {
            const kind = kinds[i];
            if (kind) upsampleRunStore.setState((s) => ({ results: { ...s.results, [kind]: { key, result } } }));
          },
        })
        .then((answer) => {
          if (answer) upsampleRunStore.setState(answer.ok ? { state: 'ready' } : { state: 'error', error: answer.error });
        }),
    (e: unknown) => upsampleRunStore.setState({ state: 'error', error: message(e) }),
  );
}

/** Watches image mode's store while the view is open; returns the stop function. */
export function startUpsampleClient(): () => void {
  const sync = (): void => {
    if (imageStore.getState().section === 'checkerboard') ask(currentSetup());
  };
  sync();
  return imageStore.subscribe(sync);
}
