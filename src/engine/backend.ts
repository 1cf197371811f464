/**
 * Backend start: WebGL first; if it is missing, fails to start, or fails a
 * tiny self-check against the exact reference, fall back to the CPU backend
 * and keep the reason for the user.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { DEFAULT_CONFIG } from '../core';
import { derivePlan } from '../core';
import { runPlan } from './runPlan';

export interface BackendInfo {
  /** The tfjs backend in use: `webgl` or `cpu`. */
  readonly name: string;
  /** The GPU renderer string when WebGL runs (e.g. SwiftShader in headless Chromium). */
  readonly renderer?: string;
  /** Why WebGL is not used, when it is not. */
  readonly fallbackReason?: string;
  /** Time to start the backend and pass the self-check, in ms. */
  readonly startMs: number;
  /** Where tfjs runs: in the engine's Web Worker, or on the page's main thread and why (worker/engineHost.ts). */
  readonly thread?: { readonly where: 'worker' | 'main'; readonly why?: string };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The canvas (OffscreenCanvas or <canvas>) behind the WebGL backend, if it is running. */
function webglCanvas(): EventTarget | undefined {
  try {
    const backend = tf.backend() as unknown as { gpgpu?: { gl?: { canvas?: EventTarget } } };
    return backend.gpgpu?.gl?.canvas;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onLost` once if the WebGL context is lost (a GPU reset, a driver
 * crash, too many contexts): tfjs cannot run on a lost context.
 */
export function watchContextLoss(onLost: () => void): void {
  const canvas = webglCanvas();
  if (!canvas || tf.getBackend() !== 'webgl') return;
  canvas.addEventListener('webglcontextlost', () => onLost(), { once: true });
}

/** Moves to the CPU backend after WebGL failed mid-session; keeps the reason. */
export async function fallBackToCpu(reason: string): Promise<BackendInfo> {
  const start = performance.now();
  await tf.setBackend('cpu');
  await tf.ready();
  return { name: tf.getBackend(), fallbackReason: reason, startMs: performance.now() - start };
}

/** Reads the unmasked renderer string from the WebGL backend's context, when the browser shares it. */
function webglRenderer(): string | undefined {
  try {
    const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } };
    const gl = backend.gpgpu?.gl;
    if (!gl) return undefined;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return undefined;
  }
}

/**
 * Runs a small known convolution (reflect padding, stride 2, 2 channels) and
 * throws when it disagrees with the reference: some drivers run WebGL
 * with half-float textures or broken shaders, and their numbers are wrong.
 */
async function selfCheck(): Promise<void> {
  const plan = derivePlan({
    ...DEFAULT_CONFIG,
    input: { h: 6, w: 7 },
    channels: 2,
    filters: 2,
    stride: { h: 2, w: 1 },
    mode: 'reflect',
    x: { kind: 'preset', preset: 'random' },
    w: { kind: 'preset', preset: 'random' },
  });
  if (!plan.ok) throw new Error(plan.message);
  const r = await runPlan(plan);
  if (!r.matches) throw new Error(`self-check disagrees with the reference (max |Δ| = ${r.maxAbsDiff})`);
}

async function tryWebgl(): Promise<string | undefined> {
  try {
    // The flag is registered by the webgl package, so import it first.
    await import('@tensorflow/tfjs-backend-webgl');
    // Recompiling a shader per shape stalls a slider; shapes as uniforms reuse programs.
    tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
    if (!(await tf.setBackend('webgl'))) return 'WebGL is not available in this browser';
    await tf.ready();
    await selfCheck();
    return undefined;
  } catch (e) {
    return `WebGL failed: ${errorText(e)}`;
  }
}

/**
 * Starts tfjs. `prefer: 'cpu'` skips WebGL (Node tests, or a user's choice).
 * Never rejects: the CPU backend is always there.
 */
export async function startBackend(prefer: 'webgl' | 'cpu' = 'webgl'): Promise<BackendInfo> {
  const start = performance.now();
  const reason = prefer === 'webgl' ? await tryWebgl() : 'CPU backend chosen';
  if (reason === undefined) {
    return { name: tf.getBackend(), renderer: webglRenderer(), startMs: performance.now() - start };
  }
  const info = await fallBackToCpu(reason);
  return { ...info, startMs: performance.now() - start };
}
