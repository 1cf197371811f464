/**
 * Where the page's engine runs: in a module Web Worker (engineWorker.ts) when
 * the browser can, else on the main thread as before (engine.ts), and the
 * backend's info says which (`thread`), so the badge can tell the user.
 * The main thread is used when there is no `Worker`, the worker fails to
 * start (a CSP, a failed load), WebGL is missing in the worker while the page
 * has it (the page's WebGL is faster than the worker's CPU backend), or a
 * test set `padlabEngineOnMainThread` before the page loaded.
 * Same shape as the engine module for the engine client: `createEngine`, `liveTensors`.
 */
import type { Engine } from '../engine';
import type { BackendInfo } from '../backend';
import type { FromWorker, Port, ToWorker } from './protocol';
import { workerEngine, type WorkerEngine } from './workerEngine';

/** Set on the page before it loads (tests, benchmarks) to keep the engine on the main thread. */
interface HostFlags {
  padlabEngineOnMainThread?: boolean;
}

let countLive: () => number = () => 0;

/** Live tfjs tensors where the engine runs (the worker's count, as it last reported it). */
export function liveTensors(): number {
  return countLive();
}

/** Whether the page's own tfjs would get WebGL (as tfjs asks: WebGL 2 on an OffscreenCanvas where there is one). */
function pageHasWebgl(): boolean {
  try {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    // Give the context back at once: browsers cap live contexts, and tfjs will want one.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** Starts the engine worker; resolves once its backend is up, rejects with the reason to stay on the main thread. */
function startWorker(prefer: 'webgl' | 'cpu'): Promise<{ engine: WorkerEngine; info: BackendInfo }> {
  if ((globalThis as HostFlags).padlabEngineOnMainThread) return Promise.reject(new Error('asked to run on the main thread'));
  if (typeof Worker === 'undefined') return Promise.reject(new Error('this browser has no Web Workers'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'padlab-engine' });
    const engine = workerEngine(worker as unknown as Port<FromWorker, ToWorker>, prefer);
    let started = false;
    worker.addEventListener('error', (event) => {
      const why = event instanceof ErrorEvent && event.message ? event.message : 'the engine worker failed to load';
      if (!started) {
        worker.terminate();
        reject(new Error(why));
      } else engine.fail(`the engine worker stopped: ${why}`);
    });
    void engine.ready.then((info) => {
      started = true;
      if (prefer === 'webgl' && info.name !== 'webgl' && pageHasWebgl()) {
        worker.terminate();
        return reject(new Error(`WebGL is not available in a worker here (${info.fallbackReason ?? info.name})`));
      }
      resolve({ engine, info });
    });
  });
}

/** The engine with `thread` added to every backend info it gives. */
function onThread(engine: Engine, thread: NonNullable<BackendInfo['thread']>): Engine {
  const tag = (info: BackendInfo): BackendInfo => ({ ...info, thread });
  return {
    ...engine,
    ready: engine.ready.then(tag),
    onBackendChange: (listener) => engine.onBackendChange((info) => listener(tag(info))),
  };
}

async function onMainThread(prefer: 'webgl' | 'cpu', why: string): Promise<Engine> {
  const m = await import('../engine');
  const { liveTensors: count } = await import('../runPlan');
  countLive = count;
  return onThread(m.createEngine(prefer), { where: 'main', why });
}

/**
 * The page's engine: requests made before it is up wait for it, in the order
 * made (so newest-wins sees them in that order).
 */
export function createEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  const engine: Promise<Engine> = startWorker(prefer).then(
    ({ engine: e }) => {
      countLive = () => e.liveTensors();
      return onThread(e, { where: 'worker' });
    },
    (e: unknown) => onMainThread(prefer, e instanceof Error ? e.message : String(e)),
  );
  return {
    ready: engine.then((e) => e.ready),
    run: (plan, startAfter) => engine.then((e) => e.run(plan, startAfter)),
    runImage: (request) => engine.then((e) => e.runImage(request)),
    onBackendChange: (listener) => void engine.then((e) => e.onBackendChange(listener)),
    warmUp: (plan) => void engine.then((e) => e.warmUp(plan)),
  };
}
