/**
 * The engine the app talks to, with five lanes on one backend session: a grid
 * plan (runPlan.ts), image mode's padding modes of one picture
 * (image/imageLane.ts), its checkerboard upsamplings (image/upsampleRuns.ts),
 * a whole network (runNet.ts) and the Keras-layers check (kerasLayers.ts,
 * loaded on its first use). Each lane runs one request at a time and the newest
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
import type { UpsampleRequest } from './image/upsampleLane';
import type { UpsampleResult } from './image/runUpsample';
import { upsampleLane } from './image/upsampleRuns';
import type { KerasLayersResult } from './kerasLayers';
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
  /** Runs the checkerboard section's upsamplings (see UpsampleRequest); null when a newer request superseded it. */
  runUpsample(request: UpsampleRequest): Promise<Settled<UpsampleResult[]> | null>;
  /** Runs a plan as a tfjs-layers Keras model (kerasLayers.ts); null when a newer check superseded it. */
  runKeras(plan: Plan): Promise<Settled<KerasLayersResult> | null>;
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
  const upsample = upsampleLane(session);
  // tfjs-layers is large and most visits never ask for it: imported on the first check.
  const keras = newestWins<Plan, Settled<KerasLayersResult>>(settling((plan) => session.run(async () => (await import('./kerasLayers')).runAsKerasLayers(plan))));

  return {
    ready: session.ready,
    run: (plan, startAfter) => grid.run(plan, startAfter),
    runImage: (request) => image.run(request),
    runNet: (net, startAfter) => network.run(net, startAfter),
    runUpsample: (request) => upsample.run(request),
    runKeras: (plan) => keras.run(plan),
    onBackendChange: (listener) => session.onChange(listener),
    warmUp: (plan) => warmUp.around(plan),
  };
}
