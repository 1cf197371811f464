/**
 * The engine the app talks to, with three lanes on one backend session: a grid
 * plan (runPlan.ts), image mode's padding modes of one picture
 * (image/imageLane.ts) and a whole network (runNet.ts). Each lane runs one request at a time and the newest
 * wins (newestWins.ts decides, nothing else): a superseded request resolves
 * to null, so no answer arrives for a configuration the user already left,
 * and errors are answers too (`Settled`). If the WebGL context is lost, or
 * WebGL throws mid-session, the session moves to the CPU backend, tells its
 * listeners why, and retries (backendSession.ts).
 */
import type { NetPlan, Plan } from '../core';
import type { BackendInfo } from './backend';
import { sharedBackendSession } from './backendSession';
import { imageLane, type ImageRequest } from './image/imageLane';
import type { ImageModeResult } from './image/runImage';
import { newestWins, settling, type Settled } from './newestWins';
import { runPlan, type EngineResult } from './runPlan';
import { runNet, type NetResult } from './runNet';
import { createWarmUp } from './warmup';

export interface Engine {
  /** The backend start (WebGL, else CPU with the reason). */
  readonly ready: Promise<BackendInfo>;
  /**
   * Runs a plan: resolves with its result or its error message (an error only
   * on the CPU backend: a WebGL failure moves to CPU and retries), or null
   * when a newer plan superseded it. The run starts no earlier than
   * `startAfter` (the UI's paint); a newer plan arriving meanwhile replaces it.
   */
  run(plan: Plan, startAfter?: Promise<unknown>): Promise<Settled<EngineResult> | null>;
  /** Runs a whole network (network view; its own lane, newest wins); null when a newer network superseded it. */
  runNet(net: NetPlan, startAfter?: Promise<unknown>): Promise<Settled<NetResult> | null>;
  /** Runs every padding mode of one picture (see ImageRequest); null when a newer request superseded it. */
  runImage(request: ImageRequest): Promise<Settled<ImageModeResult[]> | null>;
  /** Called when the backend changes after start (WebGL lost → CPU). */
  onBackendChange(listener: (info: BackendInfo) => void): void;
  /**
   * Compiles, while the page is idle, the WebGL shaders of the configurations
   * one step away from `plan` (warmup.ts), never while a grid run is waiting.
   */
  warmUp(plan: Plan): void;
}

export function createEngine(prefer: 'webgl' | 'cpu' = 'webgl'): Engine {
  const session = sharedBackendSession(prefer);
  const grid = newestWins<Plan, Settled<EngineResult>>(
    settling((plan) => {
      warmUp.ran(plan);
      return session.run(() => runPlan(plan));
    }),
    () => warmUp.resume(),
  );
  const warmUp = createWarmUp(session, () => grid.busy());
  const image = imageLane(session);
  const network = newestWins<NetPlan, Settled<NetResult>>(settling((net) => session.run(() => runNet(net))));

  return {
    ready: session.ready,
    run: (plan, startAfter) => grid.run(plan, startAfter),
    runImage: (request) => image.run(request),
    runNet: (net, startAfter) => network.run(net, startAfter),
    onBackendChange: (listener) => session.onChange(listener),
    warmUp: (plan) => warmUp.around(plan),
  };
}
