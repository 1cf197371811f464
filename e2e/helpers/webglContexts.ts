/**
 * Lets a spec lose the WebGL context tfjs uses, as a GPU reset would:
 * `keepWebglContexts` records every WebGL context the page creates (on
 * <canvas> and OffscreenCanvas), `loseWebglContexts` loses them all through
 * WEBGL_lose_context and returns how many it lost.
 */
import type { Page } from '@playwright/test';

type Recorder = { __glContexts: WebGLRenderingContext[] };

export async function keepWebglContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = [];
    (window as unknown as Recorder).__glContexts = contexts;
    for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as { getContext: (...a: unknown[]) => unknown }[]) {
      const original = proto.getContext;
      proto.getContext = function (this: unknown, ...args: unknown[]) {
        const ctx = original.apply(this, args);
        if (typeof args[0] === 'string' && args[0].startsWith('webgl') && ctx) contexts.push(ctx as WebGLRenderingContext);
        return ctx;
      };
    }
  });
}

export function loseWebglContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const gl of (window as unknown as Recorder).__glContexts) {
      const ext = gl.getExtension('WEBGL_lose_context');
      if (ext) {
        ext.loseContext();
        n++;
      }
    }
    return n;
  });
}

/**
 * Loses the WebGL context of the tfjs running in the page's engine worker
 * (tfjs keeps its engine on the global scope, `_tfengine`); returns whether
 * there was one to lose.
 */
export async function loseWorkerWebglContext(page: Page): Promise<boolean> {
  for (const worker of page.workers()) {
    const lost = await worker.evaluate(() => {
      type Gl = { getExtension(name: string): { loseContext(): void } | null };
      const engine = (globalThis as unknown as { _tfengine?: { backendName?: string; backend?: { gpgpu?: { gl?: Gl } } } })._tfengine;
      const gl = engine?.backendName === 'webgl' ? engine.backend?.gpgpu?.gl : undefined;
      const ext = gl?.getExtension('WEBGL_lose_context');
      ext?.loseContext();
      return !!ext;
    });
    if (lost) return true;
  }
  return false;
}

/** Keeps the page's engine on the main thread (engine/worker/pageEngine.ts reads this before it starts). */
export async function engineOnMainThread(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (globalThis as { padlabEngineOnMainThread?: boolean }).padlabEngineOnMainThread = true;
  });
}
