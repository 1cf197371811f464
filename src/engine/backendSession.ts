/**
 * The backend the engine runs on for the whole page session, shared by its
 * grid lane and image mode's lane (engine.ts, image/imageLane.ts): started once
 * (WebGL, else CPU with the reason, backend.ts), then moved to the CPU
 * backend if the WebGL context is lost or WebGL throws mid-run. tfjs cannot
 * recover a lost context, and a broken WebGL would fail every later run, so
 * the move is for good; listeners hear of it to redo what is on screen.
 */
import { fallBackToCpu, startBackend, watchContextLoss, type BackendInfo } from './backend';

export interface BackendSession {
  /** The backend start (WebGL, else CPU with the reason). */
  readonly ready: Promise<BackendInfo>;
  /** The backend in use now: `ready`, or the CPU backend after a fallback. */
  current(): Promise<BackendInfo>;
  /** Called once, when a WebGL loss or failure past start moves the session to CPU, with the CPU backend's info. */
  onChange(listener: (info: BackendInfo) => void): void;
  /**
   * Runs `f` on the current backend. If it throws on WebGL, moves to CPU and
   * runs `f` once more there; an error on the CPU backend propagates.
   */
  run<T>(f: () => Promise<T>): Promise<T>;
}

const LOST_REASON = 'the WebGL context was lost (GPU reset or driver problem); continuing on the CPU backend';

/**
 * A fresh session: starts tfjs (WebGL, else CPU) and watches for a lost context.
 * The app uses `sharedBackendSession`; a fresh one is for tests.
 */
export function startBackendSession(prefer: 'webgl' | 'cpu' = 'webgl'): BackendSession {
  const listeners: ((info: BackendInfo) => void)[] = [];
  let backend: Promise<BackendInfo>;
  const switchToCpu = (reason: string): Promise<BackendInfo> => {
    backend = backend.then(async (info) => {
      if (info.name === 'cpu') return info;
      const next = await fallBackToCpu(reason);
      // Only a real move is news: a second loss or failure on the CPU would make listeners redo their work twice.
      listeners.forEach((l) => l(next));
      return next;
    });
    return backend;
  };
  backend = startBackend(prefer).then((info) => {
    watchContextLoss(() => void switchToCpu(LOST_REASON));
    return info;
  });
  const ready = backend;

  return {
    ready,
    current: () => backend,
    onChange(listener) {
      listeners.push(listener);
    },
    async run(f) {
      const info = await backend;
      try {
        return await f();
      } catch (e) {
        if (info.name === 'cpu') throw e;
        await switchToCpu(`WebGL failed while running (${e instanceof Error ? e.message : String(e)}); continuing on the CPU backend`);
        return f();
      }
    },
  };
}

let shared: BackendSession | null = null;

/**
 * The page's one session, shared by every engine made on the page (the app
 * makes one; tests make several). tfjs has one global backend: two sessions
 * would both start it (two WebGL self-checks racing on `tf.setBackend`), and
 * after one fell back to CPU the other would still believe in WebGL (a wrong
 * badge; WebGL errors rethrown on the CPU). `prefer` counts on the first call
 * only: it comes from the start-up link (`backend=`).
 */
export function sharedBackendSession(prefer: 'webgl' | 'cpu' = 'webgl'): BackendSession {
  shared ??= startBackendSession(prefer);
  return shared;
}
