/**
 * The page's one engine (engineHost.ts with the browser's Worker), shared by
 * the engine client (ui/engineClient) and the checkerboard's lane
 * (image/upsampleLane.ts): one worker, one tfjs, one backend badge.
 * Same shape as the engine module for the engine client: `createEngine`, `liveTensors`.
 */
import type { Engine } from '../engine';
import { createHost, MAX_RESTARTS, START_TIMEOUT_MS, type Host, type WorkerLike } from './engineHost';

/** Set on the page before it loads (tests, benchmarks) to keep the engine on the main thread. */
interface HostFlags {
  padlabEngineOnMainThread?: boolean;
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

function refuse(): string | null {
  if ((globalThis as HostFlags).padlabEngineOnMainThread) return 'asked to run on the main thread';
  if (typeof Worker === 'undefined') return 'this browser has no Web Workers';
  return null;
}

let host: Host | null = null;

/** The page's engine, started on the first call; `prefer` counts on that call only (the start-up `backend=` switch). */
export function pageEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  host ??= createHost(prefer, {
    spawn: () => new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'padlab-engine' }) as unknown as WorkerLike,
    mainThread: async (p) => {
      const [m, { liveTensors }] = await Promise.all([import('../engine'), import('../runPlan')]);
      return { engine: m.createEngine(p), liveTensors };
    },
    refuse,
    pageHasWebgl,
    startTimeoutMs: START_TIMEOUT_MS,
    maxRestarts: MAX_RESTARTS,
  });
  return host.engine;
}

export const createEngine = pageEngine;

/** Live tfjs tensors where the page's engine runs (the worker's count, as it last reported it). */
export function liveTensors(): number {
  return host?.liveTensors() ?? 0;
}
