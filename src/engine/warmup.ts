/**
 * Warm-up of likely next shapes. tfjs WebGL takes sizes, strides, pads and
 * dilations as uniforms (runPlan.ts), but the matrix multiply inside its
 * convolution still bakes the shared dimension `KH·KW·C` into the shader, and
 * its output packing depends on F: a new kernel size, channel count or filter
 * count compiles a shader (30–170 ms on SwiftShader). Running the neighbours
 * of the current configuration once, while the page is idle, compiles those
 * shaders before the user asks for them.
 */
import type { Config } from '../core';
import { LIMITS } from '../core';
import { derivePlan, needsBakedDilation, type Plan } from '../core';
import type { BackendSession } from './backendSession';
import { warmPlan } from './runPlan';

/** What decides which shaders a plan compiles (sizes, strides, pads and dilations do not, see runPlan.ts). */
export function shaderKey(plan: Plan): string {
  const { h, w } = plan;
  const baked = needsBakedDilation(h, w);
  return `${baked ? h.ke : h.k}x${baked ? w.ke : w.k}c${plan.channels}f${plan.filters}`;
}

const ONES = { kind: 'preset', preset: 'ones' } as const;

/**
 * The configurations one step away that need other shaders: kernel sizes ±1
 * and ±2 (both axes), and one channel or filter more or less. Values become
 * presets (explicit values would not fit the new sizes); nothing else changes,
 * so texture sizes stay representative. Nearest first; invalid ones are left out.
 */
export function neighbours(plan: Plan): Plan[] {
  const c = plan.config;
  const k = LIMITS.kernel;
  const variants: Partial<Config>[] = [];
  for (const step of [1, -1, 2, -2]) {
    const kh = c.kernel.h + step;
    const kw = c.kernel.w + step;
    if (kh >= k.min && kh <= k.max && kw >= k.min && kw <= k.max) variants.push({ kernel: { h: kh, w: kw } });
  }
  for (const step of [1, -1]) {
    const channels = c.channels + step;
    const filters = c.filters + step;
    if (channels >= LIMITS.channels.min && channels <= LIMITS.channels.max) variants.push({ channels });
    if (filters >= LIMITS.filters.min && filters <= LIMITS.filters.max) variants.push({ filters });
  }
  const plans: Plan[] = [];
  for (const v of variants) {
    const p = derivePlan({ ...c, ...v, x: ONES, w: ONES });
    if (p.ok) plans.push(p);
  }
  return plans;
}

/** Runs `f` when the browser is idle (after paint, no input pending); a timer where there is no requestIdleCallback (Node, Safari). */
function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 50);
}

export interface WarmUp {
  /** Notes that `plan` runs for real: its shaders are compiled by that run. */
  ran(plan: Plan): void;
  /** Queues the neighbours of `plan` not compiled yet, and compiles them one per idle period. */
  around(plan: Plan): void;
  /** Goes on with the queue (call when real work is done). */
  resume(): void;
}

/**
 * Compiles, while the page is idle, the WebGL shaders of the configurations
 * one step away, one per idle period, never while `busy()` (a real request
 * runs or waits). Nothing to do on the CPU backend.
 */
export function createWarmUp(session: BackendSession, busy: () => boolean): WarmUp {
  /** Shader keys already compiled (or queued), and plans waiting to be warmed. */
  const warm = new Set<string>();
  const queue: Plan[] = [];
  let scheduled = false;

  const resume = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    whenIdle(() => {
      scheduled = false;
      // A real request goes first; its end calls resume() again.
      if (busy()) return;
      const plan = queue.shift();
      void session.current().then((info) => {
        if (!plan || info.name !== 'webgl') return;
        try {
          warmPlan(plan);
        } catch {
          // A warm-up is an optimisation: a failure shows up (and is handled) on a real run.
        }
        resume();
      });
    });
  };

  return {
    ran: (plan) => void warm.add(shaderKey(plan)),
    around(plan) {
      // The keys and neighbours describe a convolution's shaders; a pool's small shaders are left to its runs.
      if (plan.pool) return;
      for (const p of neighbours(plan)) {
        const key = shaderKey(p);
        if (warm.has(key)) continue;
        warm.add(key);
        queue.push(p);
      }
      resume();
    },
    resume,
  };
}
