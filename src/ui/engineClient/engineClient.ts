/**
 * The one client of the engine: it watches the stores, the way urlSync.ts
 * writes the URL, and asks the engine for what the page shows — the grid
 * plan of the configuration (explorer and compare view, plan A) and, while
 * image mode is open, every padding mode of its picture. Components only
 * read the answers (engineStatus.ts); none of them asks for a run.
 *
 * Which request is the newest is decided by the engine's scheduler alone
 * (engine/newestWins.ts): requests reach it in the order they are made, a
 * superseded one answers null, and errors are answers, so the client writes
 * every answer it gets. It keeps the rest of the page fast and honest:
 * - tfjs is imported lazily, after a paint, so the first render needs none of it;
 * - paint first: a grid run starts after the frame with the new grids is painted;
 * - a plan equal to the one asked for last is not asked again;
 * - after a WebGL loss what the page shows (the grid plan, or image mode's run) runs again on the CPU backend;
 * - `<html data-live-tensors="N">` after each grid run (a leak check for the benchmark).
 */
import type { Config, ImagePlan, NetPlan, Plan } from '../../core';
import type { Engine, ImageJob, Settled } from '../../engine';
import type { KerasLayersResult } from '../../engine/kerasLayers';
import { appStore } from '../../state/store';
import { planOf } from '../../state/planCache';
import { afterNextPaint } from './afterNextPaint';
import { benchEngineOff } from './benchSwitch';
import { engineStore, imageRunStore, netRunStore } from './engineStatus';

/** What the client needs from the engine module (lazily imported in the browser; a fake in tests). */
export interface EngineModule {
  createEngine(prefer: 'webgl' | 'cpu'): Engine;
  liveTensors(): number;
}

/** One image run: the request key, the pixels and kernel, and the plans of the modes that can run (display order). */
export interface ImageRun {
  readonly key: string;
  readonly job: ImageJob;
  readonly plans: readonly ImagePlan[];
}

/** Image mode's side of the client (image/imageSetup.ts): loaded with image mode's own chunk, the first time the view opens. */
export interface ImageSide {
  /** The run image mode's state asks for under this configuration; null without a picture. */
  currentImageRun(config: Config): ImageRun | null;
  /** Calls `listener` on every change of image mode's own state (picture, kernel); returns the unsubscribe. */
  watchImageState(listener: () => void): () => void;
}

/** The network view's side of the client (netSide.ts): loaded with the first `view=net`. */
export type NetSide = typeof import('./netSide');

export interface ClientDeps {
  readonly loadEngine: () => Promise<EngineModule>;
  readonly loadImageSide: () => Promise<ImageSide>;
  readonly loadNetSide: () => Promise<NetSide>;
  /** Resolves after the frame in progress is painted. */
  readonly afterPaint: () => Promise<void>;
  /** The backend to start on (the `backend=` start-up switch). */
  readonly preferredBackend: () => 'webgl' | 'cpu';
  /** Where the live tensor count goes. */
  readonly publishLiveTensors: (n: number) => void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface EngineClient {
  /** Subscribes to the stores and asks for what the page shows now; returns the stop function. */
  start(): () => void;
  /** Runs a plan as Keras layers on the page's engine (a click asks, not the stores); null when a newer check superseded it. */
  runKeras(plan: Plan): Promise<Settled<KerasLayersResult> | null>;
}

export function createEngineClient(deps: ClientDeps): EngineClient {
  let engine: Engine | null = null;
  let loading: Promise<Engine> | null = null;
  let liveTensors: () => number = () => 0;
  let imageSide: ImageSide | null = null;
  let imageSideLoading: Promise<ImageSide> | null = null;
  let netSide: NetSide | null = null;
  let netSideLoading: Promise<NetSide> | null = null;

  /**
   * Hands the engine to `send`: at once when it is loaded, otherwise when it is,
   * in the order of the calls (so the scheduler sees requests in the order made).
   * The import starts after a paint: the first render never waits for tfjs.
   */
  const withEngine = (send: (e: Engine) => void, fail: (error: string) => void): void => {
    if (engine) return send(engine);
    loading ??= deps
      .afterPaint()
      .then(deps.loadEngine)
      .then((m) => {
        const e = m.createEngine(deps.preferredBackend());
        liveTensors = m.liveTensors;
        void e.ready.then((backend) => engineStore.setState({ backend }));
        e.onBackendChange((backend) => {
          engineStore.setState({ backend });
          // The results on screen came from the old backend: run again what the page shows.
          const { config, view } = appStore.getState();
          const run = view.view === 'image' ? imageSide?.currentImageRun(config) : null;
          if (run) return askImage(run, true);
          if (view.view === 'net' && netSide) return askNet(netSide.currentNet(config, view), true);
          const { plan } = engineStore.getState();
          if (plan) askGrid(plan, true);
        });
        engine = e;
        return e;
      });
    loading.then(send, (err: unknown) => fail(message(err)));
  };

  /** Asks for a grid plan's result (`again`: even if it is the plan asked for last). */
  const askGrid = (plan: Plan, again = false): void => {
    if (!again && engineStore.getState().plan === plan) return;
    engineStore.setState({ plan, state: 'pending', error: null });
    const painted = deps.afterPaint();
    withEngine(
      (e) =>
        void e.run(plan, painted).then((answer) => {
          deps.publishLiveTensors(liveTensors());
          if (!answer) return;
          if (!answer.ok) return engineStore.setState({ state: 'error', error: answer.error });
          engineStore.setState({ result: answer.value, state: 'ready' });
          // Compile the shaders of the next likely configurations while the user reads this one.
          e.warmUp(plan);
        }),
      (error) => engineStore.setState({ state: 'error', error }),
    );
  };

  /**
   * Asks for a network's run (`again`: even if it is the network asked for
   * last). A network that cannot run, or costs more than the budget, is told
   * as such at once and supersedes the run in flight.
   */
  const askNet = (net: NetPlan, again = false): void => {
    if (!again && netRunStore.getState().net === net) return;
    const refused = netSide?.netRefusal(net);
    if (refused) return netRunStore.setState({ net, result: null, ...refused });
    netRunStore.setState({ net, state: 'pending', error: null });
    withEngine(
      (e) =>
        void e.runNet(net, deps.afterPaint()).then((answer) => {
          deps.publishLiveTensors(liveTensors());
          // A network told as skipped or failing sends no request, so the scheduler cannot supersede
          // the run in flight: its answer belongs to a network no longer asked for.
          if (!answer || netRunStore.getState().net !== net) return;
          netRunStore.setState(answer.ok ? { result: answer.value, state: 'ready' } : { state: 'error', error: answer.error });
        }),
      (error) => netRunStore.setState({ state: 'error', error }),
    );
  };

  /** Asks for every mode of an image run, unless `key` is the run asked for last (`again`: even then). */
  const askImage = (run: ImageRun, again = false): void => {
    const { key, job, plans } = run;
    if (!again && imageRunStore.getState().key === key) return;
    imageRunStore.setState({ key, state: plans.length ? 'pending' : 'ready', done: 0, total: plans.length, error: null });
    // Even with no mode to run the request goes out: it supersedes the one running.
    withEngine(
      (e) =>
        void e
          .runImage({
            job,
            plans,
            onResult: (result, done) => imageRunStore.setState((s) => ({ done, results: { ...s.results, [result.mode]: { key, result } } })),
          })
          .then((answer) => {
            if (answer) imageRunStore.setState(answer.ok ? { state: 'ready' } : { state: 'error', error: answer.error });
          }),
      (error) => imageRunStore.setState({ state: 'error', error }),
    );
  };

  return {
    runKeras: (plan) =>
      new Promise((resolve) =>
        withEngine(
          (e) => void e.runKeras(plan).then(resolve),
          (error) => resolve({ ok: false, error }),
        ),
      ),
    start() {
      let stopImage: (() => void) | null = null;
      let stopped = false;
      const watchImage = (side: ImageSide): void => {
        if (stopped || stopImage) return;
        stopImage = side.watchImageState(sync);
        sync();
      };
      const sync = (): void => {
        const { config, view } = appStore.getState();
        if (view.view === 'net') {
          if (netSide) return askNet(netSide.currentNet(config, view));
          // The network's derivation loads with its view, as image mode's side does.
          netSideLoading ??= deps.loadNetSide().then((side) => (netSide = side));
          void netSideLoading.then(() => !stopped && sync());
        } else if (view.view !== 'image') {
          const plan = planOf(config);
          if (plan.ok) askGrid(plan);
        } else if (imageSide) {
          const run = imageSide.currentImageRun(config);
          if (run) askImage(run);
        } else {
          // Image mode's code (and its store) load only when the view opens, as the view itself does.
          imageSideLoading ??= deps.loadImageSide().then((side) => (imageSide = side));
          void imageSideLoading.then(watchImage);
        }
      };
      const stopApp = appStore.subscribe(sync);
      if (imageSide) watchImage(imageSide);
      else sync();
      return () => {
        stopped = true;
        stopApp();
        stopImage?.();
      };
    },
  };
}

/** The page's client: the engine and image mode's side as lazy chunks, the paint from the browser. */
const pageClient = createEngineClient({
  // In a Web Worker where the browser can, else on the main thread (engine/worker/pageEngine.ts).
  loadEngine: () => {
    const off = benchEngineOff();
    return off ? Promise.resolve(off) : import('../../engine/worker/pageEngine');
  },
  loadImageSide: () => import('../image/imageSetup'),
  loadNetSide: () => import('./netSide'),
  afterPaint: afterNextPaint,
  // A start-up switch: the session starts once, so a later change of the link's backend= is not followed.
  preferredBackend: () => appStore.getState().view.backend,
  // A read-only diagnostic for leak checks from outside (scripts/bench): one attribute write per run; nothing reads it.
  // Written only when it changes: an attribute write on <html> invalidates the whole document's style,
  // which the drag profile showed costing the page ~0.7 ms per run.
  publishLiveTensors: (n) => {
    const root = document.documentElement;
    if (root.dataset.liveTensors !== String(n)) root.dataset.liveTensors = String(n);
  },
});

/** Runs a plan as Keras layers on the page's engine (in its worker when it has one). */
export function runKerasCheck(plan: Plan): Promise<Settled<KerasLayersResult> | null> {
  return pageClient.runKeras(plan);
}

/** Starts the page's engine client (once, from App); returns the stop function. */
export function startEngineClient(): () => void {
  return pageClient.start();
}
