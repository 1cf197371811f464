/**
 * Where the page's engine runs: in a module Web Worker (engineWorker.ts) when
 * the browser can, else on the main thread as before (engine.ts), and the
 * backend's info says which (`thread`), so the badge can tell the user.
 * The main thread is used when there is no `Worker`, the worker fails to
 * start (a CSP, a failed load) or does not answer within START_TIMEOUT_MS,
 * WebGL is missing in the worker while the page has it (the page's WebGL is
 * faster than the worker's CPU backend), the worker stopped more than
 * MAX_RESTARTS times, or a test set `padlabEngineOnMainThread` before the page loaded.
 * A worker that stops after its start (an uncaught error) is replaced by a
 * new one; the requests it still owed answer with the reason, and the
 * backend-change listeners hear of the new worker, so what is on screen runs again.
 * One engine per page (`pageEngine`), shared by the engine client and the
 * checkerboard's lane. Same shape as the engine module for the engine client:
 * `createEngine`, `liveTensors`.
 */
import type { Engine } from '../engine';
import type { BackendInfo } from '../backend';
import type { FromWorker, Port, ToWorker } from './protocol';
import { workerEngine, type WorkerEngine } from './workerEngine';

/** How long the worker may take to start tfjs and pass its self-check before the page gives up on it, in ms. */
export const START_TIMEOUT_MS = 20_000;
/** Workers started again after one stopped, before the engine moves to the main thread for good. */
export const MAX_RESTARTS = 2;

/** A Worker as the host uses it (a fake in tests). */
export interface WorkerLike extends Port<FromWorker, ToWorker> {
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface HostDeps {
  readonly spawn: () => WorkerLike;
  /** The engine on the main thread, with its tensor count (imported lazily: it brings tfjs to the page). */
  readonly mainThread: (prefer: 'webgl' | 'cpu') => Promise<{ engine: Engine; liveTensors: () => number }>;
  /** Why the worker must not be used at all here, or null. */
  readonly refuse: () => string | null;
  readonly pageHasWebgl: () => boolean;
  readonly startTimeoutMs: number;
  readonly maxRestarts: number;
}

export interface Host {
  readonly engine: Engine;
  /** Live tfjs tensors where the engine runs (the worker's count, as it last reported it). */
  liveTensors(): number;
}

type Thread = NonNullable<BackendInfo['thread']>;
const tag = (info: BackendInfo, thread: Thread): BackendInfo => ({ ...info, thread });
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Starts one worker; resolves once its backend is up, rejects with the reason
 * to give up on it. `onStop` is called if it stops after its start.
 */
function startWorker(prefer: 'webgl' | 'cpu', deps: HostDeps, onStop: (why: string) => void): Promise<WorkerEngine> {
  return new Promise((resolve, reject) => {
    const worker = deps.spawn();
    const engine = workerEngine(worker, prefer);
    let started = false;
    const giveUp = (why: string): void => {
      worker.terminate();
      reject(new Error(why));
    };
    const timer = setTimeout(() => giveUp(`the engine worker did not answer within ${deps.startTimeoutMs / 1000} s`), deps.startTimeoutMs);
    worker.addEventListener('error', (event) => {
      // An ErrorEvent names the uncaught error; a failed load gives a bare Event.
      const message = (event as { message?: unknown }).message;
      const why = typeof message === 'string' && message ? message : 'the engine worker failed to load';
      if (!started) {
        clearTimeout(timer);
        return giveUp(why);
      }
      worker.terminate();
      engine.fail(`the engine worker stopped (${why}); starting it again`);
      onStop(why);
    });
    void engine.ready.then((info) => {
      clearTimeout(timer);
      started = true;
      if (prefer === 'webgl' && info.name !== 'webgl' && deps.pageHasWebgl()) {
        return giveUp(`WebGL is not available in a worker here (${info.fallbackReason ?? info.name})`);
      }
      resolve(engine);
    });
  });
}

/** The page's engine host: a worker when it can, the main thread when not (see the file's comment). */
export function createHost(prefer: 'webgl' | 'cpu', deps: HostDeps): Host {
  const listeners: ((info: BackendInfo) => void)[] = [];
  const tell = (info: BackendInfo): void => listeners.forEach((l) => l(info));
  let countLive: () => number = () => 0;
  let restarts = 0;

  const onMain = async (why: string): Promise<Engine> => {
    const { engine, liveTensors } = await deps.mainThread(prefer);
    countLive = liveTensors;
    engine.onBackendChange((info) => tell(tag(info, { where: 'main', why })));
    return { ...engine, ready: engine.ready.then((info) => tag(info, { where: 'main', why })) };
  };

  const onWorker = (): Promise<Engine> => {
    const refused = deps.refuse();
    if (refused) return onMain(refused);
    return startWorker(prefer, deps, (why) => {
      current = restarts++ < deps.maxRestarts ? onWorker() : onMain(`the engine worker stopped ${restarts} times (last: ${why})`);
      // Whatever now computes, what is on screen came from the stopped worker (or never came): run it again.
      void current.then((e) => e.ready).then(tell);
    }).then(
      (e) => {
        countLive = () => e.liveTensors();
        e.onBackendChange((info) => tell(tag(info, { where: 'worker' })));
        return { ...e, ready: e.ready.then((info) => tag(info, { where: 'worker' })) };
      },
      (e: unknown) => onMain(reason(e)),
    );
  };

  let current = onWorker();
  const ready = current.then((e) => e.ready);
  // Requests made before the engine is up wait for it, in the order made (so newest-wins sees them in that order).
  const engine: Engine = {
    ready,
    run: (plan, startAfter) => current.then((e) => e.run(plan, startAfter)),
    runNet: (net, startAfter) => current.then((e) => e.runNet(net, startAfter)),
    runImage: (request) => current.then((e) => e.runImage(request)),
    runUpsample: (request) => current.then((e) => e.runUpsample(request)),
    runKeras: (plan) => current.then((e) => e.runKeras(plan)),
    onBackendChange: (listener) => void listeners.push(listener),
    warmUp: (plan) => void current.then((e) => e.warmUp(plan)),
  };
  return { engine, liveTensors: () => countLive() };
}
