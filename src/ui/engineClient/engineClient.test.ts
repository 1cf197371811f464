/**
 * The engine client's subscription, with a fake engine behind the real
 * scheduler (engine/newestWins.ts) and paints the test makes by hand: which
 * store changes ask for a run, which plan runs, and which answers reach the
 * stores the UI reads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_LAYER, type Config, type NetPlan, type Plan } from '../../core';
import type { BackendInfo, Engine, EngineResult, ImageJob, ImageModeResult, ImageRequest, NetResult, Settled } from '../../engine';
import { newestWins } from '../../engine/newestWins';
import { appStore, setConfig, setUi, setView } from '../../state/store';
import { createEngineClient, type ImageRun, type ImageSide } from './engineClient';
import { engineStore, imageRunStore, netRunStore } from './engineStatus';

/** Lets promise chains run (a few microtask turns and a timer). */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function fakeEngine() {
  /** Plans whose run started, in order; finish(i) answers the i-th. */
  const started: Plan[] = [];
  const answers: ((a: Settled<EngineResult>) => void)[] = [];
  const images: ImageRequest[] = [];
  const listeners: ((info: BackendInfo) => void)[] = [];
  const grid = newestWins<Plan, Settled<EngineResult>>(
    (plan) =>
      new Promise((answer) => {
        started.push(plan);
        answers.push(answer);
      }),
  );
  const image = newestWins<ImageRequest, Settled<ImageModeResult[]>>(async (request) => {
    images.push(request);
    return { ok: true, value: [] };
  });
  const nets: NetPlan[] = [];
  const engine: Engine = {
    ready: Promise.resolve({ name: 'webgl', startMs: 0 }),
    run: (plan, startAfter) => grid.run(plan, startAfter),
    runImage: (request) => image.run(request),
    runNet: async (net) => {
      nets.push(net);
      return { ok: false, error: 'not in this test' };
    },
    runUpsample: async () => ({ ok: false, error: 'not in this test' }),
    runKeras: async () => ({ ok: false, error: 'not in this test' }),
    onBackendChange: (l) => void listeners.push(l),
    warmUp: () => undefined,
  };
  const result = (plan: Plan): EngineResult => ({
    shape: [plan.filters, plan.h.out, plan.w.out],
    values: new Float32Array(plan.filters * plan.h.out * plan.w.out),
    reference: [],
    backend: 'webgl',
    maxAbsDiff: 0,
    tolerance: 0,
    matches: true,
    ms: 0,
  });
  return {
    engine,
    started,
    images,
    nets,
    finish: (i: number) => answers[i]?.({ ok: true, value: result(started[i]!) }),
    fail: (i: number, error: string) => answers[i]?.({ ok: false, error }),
    loseWebgl: () => listeners.forEach((l) => l({ name: 'cpu', fallbackReason: 'lost', startMs: 0 })),
  };
}

/** Paints on demand: every afterPaint() made so far resolves at the next paint(). */
function paints() {
  let waiting: (() => void)[] = [];
  return {
    afterPaint: () => new Promise<void>((r) => waiting.push(r)),
    paint: async () => {
      const now = waiting;
      waiting = [];
      now.forEach((r) => r());
      await settle();
    },
  };
}

/** Image mode's side with a picture key the test sets. */
function fakeImageSide() {
  let listener: (() => void) | null = null;
  let key: string | null = null;
  const job = {} as ImageJob;
  const side: ImageSide = {
    currentImageRun: (): ImageRun | null => (key ? { key, job, plans: [] } : null),
    watchImageState: (l) => {
      listener = l;
      return () => (listener = null);
    },
  };
  return {
    side,
    show: (k: string) => {
      key = k;
      listener?.();
    },
  };
}

let fake: ReturnType<typeof fakeEngine>;
let screen: ReturnType<typeof paints>;
let image: ReturnType<typeof fakeImageSide>;
let stop: () => void;
const grid = (input: Config['input']): void => setConfig({ input });
const shown = () => engineStore.getState();

beforeEach(async () => {
  appStore.setState({ config: DEFAULT_CONFIG, view: { ...appStore.getState().view, view: 'grid' } });
  engineStore.setState({ backend: null, plan: null, result: null, state: 'idle', error: null });
  imageRunStore.setState({ key: null, results: {}, state: 'idle', done: 0, total: 0, error: null });
  fake = fakeEngine();
  screen = paints();
  image = fakeImageSide();
  const client = createEngineClient({
    loadEngine: async () => ({ createEngine: () => fake.engine, liveTensors: () => 0 }),
    loadImageSide: async () => image.side,
    loadNetSide: () => import('./netSide'),
    afterPaint: screen.afterPaint,
    preferredBackend: () => 'webgl',
    publishLiveTensors: () => undefined,
  });
  stop = client.start();
  // The first configuration runs once it is painted.
  await screen.paint();
  await screen.paint();
  fake.finish(0);
  await settle();
});

afterEach(() => stop());

describe('engine client', () => {
  it('runs the configuration on screen when started, after a paint', () => {
    expect(fake.started.map((p) => p.config)).toEqual([DEFAULT_CONFIG]);
    expect(shown().state).toBe('ready');
    expect(shown().result?.shape).toEqual([1, 5, 5]);
    expect(shown().backend?.name).toBe('webgl');
  });

  it('a configuration change runs exactly one plan, the new one, only after the paint', async () => {
    grid({ h: 7, w: 7 });
    expect(shown().state).toBe('pending');
    expect(shown().plan?.h.n).toBe(7);
    await settle();
    expect(fake.started).toHaveLength(1);
    await screen.paint();
    expect(fake.started.map((p) => p.h.n)).toEqual([5, 7]);
    fake.finish(1);
    await settle();
    expect(shown().state).toBe('ready');
    expect(shown().result?.shape).toEqual([1, 7, 7]);
    await screen.paint();
    expect(fake.started).toHaveLength(2);
  });

  it('two changes before a paint run only the newer one', async () => {
    grid({ h: 7, w: 7 });
    grid({ h: 9, w: 9 });
    await screen.paint();
    expect(fake.started.map((p) => p.h.n)).toEqual([5, 9]);
    fake.finish(1);
    await settle();
    expect(shown().result?.shape).toEqual([1, 9, 9]);
  });

  it('the answer of a run that a newer change superseded never reaches the screen', async () => {
    grid({ h: 7, w: 7 });
    await screen.paint();
    grid({ h: 9, w: 9 });
    await screen.paint();
    fake.finish(1);
    await settle();
    expect(shown().state).toBe('pending');
    expect(shown().plan?.h.n).toBe(9);
    expect(fake.started.map((p) => p.h.n)).toEqual([5, 7, 9]);
    fake.fail(2, 'cpu kernel failed');
    await settle();
    expect(shown()).toMatchObject({ state: 'error', error: 'cpu kernel failed' });
  });

  it('a change that keeps the plan (hover, playback) asks for nothing', async () => {
    const before = shown();
    setUi({ playing: true, hover: { grid: 'output', row: 0, col: 3 } });
    await screen.paint();
    expect(fake.started).toHaveLength(1);
    expect(shown()).toBe(before);
  });

  it('runs the plan on screen again when WebGL is lost', async () => {
    fake.loseWebgl();
    expect(shown().backend?.name).toBe('cpu');
    expect(shown().state).toBe('pending');
    await screen.paint();
    expect(fake.started.map((p) => p.config)).toEqual([DEFAULT_CONFIG, DEFAULT_CONFIG]);
  });

  it('in the image view, a WebGL loss runs the picture again, not the hidden grid plan', async () => {
    image.show('picture-1');
    setView({ view: 'image' });
    await settle();
    expect(fake.images).toHaveLength(1);
    fake.loseWebgl();
    await screen.paint();
    expect(fake.images).toHaveLength(2);
    expect(imageRunStore.getState()).toMatchObject({ key: 'picture-1', state: 'ready' });
    expect(fake.started).toHaveLength(1);
  });

  it('runs image mode only while its view is shown, and the grid not then', async () => {
    image.show('picture-1');
    await settle();
    expect(fake.images).toHaveLength(0);
    setView({ view: 'image' });
    await settle();
    expect(fake.images).toHaveLength(1);
    expect(imageRunStore.getState()).toMatchObject({ key: 'picture-1', state: 'ready', total: 0 });
    grid({ h: 7, w: 7 });
    image.show('picture-2');
    await screen.paint();
    expect(fake.images).toHaveLength(2);
    expect(imageRunStore.getState().key).toBe('picture-2');
    expect(fake.started).toHaveLength(1);
    // Back in the grid view, the configuration changed there runs.
    setView({ view: 'grid' });
    await screen.paint();
    expect(fake.started.map((p) => p.h.n)).toEqual([5, 7]);
  });

  it('runs the network only in the network view; one too big to run is told, not sent', async () => {
    setView({ view: 'net', net: [DEFAULT_LAYER, DEFAULT_LAYER] });
    // The network's side of the client loads with the view (a dynamic import).
    await import('./netSide');
    await settle();
    await screen.paint();
    expect(fake.nets.map((n) => n.layers.length)).toEqual([2]);
    expect(fake.started).toHaveLength(1);
    // 512×512, 64 channels in, 256 filters: 512²·256·64·9 ≈ 39 G multiply-adds.
    appStore.setState((s) => ({ config: { ...s.config, input: { h: 512, w: 512 }, channels: 64 }, view: { ...s.view, net: [{ ...DEFAULT_LAYER, filters: 256 }] } }));
    await screen.paint();
    expect(fake.nets).toHaveLength(1);
    expect(netRunStore.getState().state).toBe('skipped');
    expect(netRunStore.getState().error).toMatch(/^Not run in the browser: \d+ M multiply-adds, over the 30 M limit/);
  });

  it('a run superseded by a network too big to run does not overwrite its message', async () => {
    let answer: ((a: Settled<NetResult>) => void) | null = null;
    fake.engine.runNet = () => new Promise((r) => (answer = r));
    setView({ view: 'net', net: [DEFAULT_LAYER] });
    await import('./netSide');
    await settle();
    await screen.paint();
    expect(netRunStore.getState().state).toBe('pending');
    appStore.setState((s) => ({ config: { ...s.config, input: { h: 512, w: 512 }, channels: 64 }, view: { ...s.view, net: [{ ...DEFAULT_LAYER, filters: 256 }] } }));
    await settle();
    expect(netRunStore.getState().state).toBe('skipped');
    answer!({ ok: true, value: {} as NetResult });
    await settle();
    expect(netRunStore.getState().state).toBe('skipped');
  });
});
