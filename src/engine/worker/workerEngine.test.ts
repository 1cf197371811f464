/**
 * The engine across a real structured-clone boundary (a MessageChannel in
 * Node, as between the page and its worker): plans go in cloned, results come
 * back with their arrays moved, newest wins across the boundary, and the
 * worker's tensor count comes back with each answer.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, SOBEL_X, checkerboardPlan, deriveImagePlan, deriveNet, derivePlan, type Config, type Plan } from '../../core';
import { netCaseNetwork, valuedNetCases } from '../../testing/netGolden';
import type { ImageJob } from '../image/runImage';
import { createEngine } from '../engine';
import { runNet } from '../runNet';
import { liveTensors, runPlan } from '../runPlan';
import type { FromWorker, Port, ToWorker } from './protocol';
import { serveEngine } from './serveEngine';
import { workerEngine } from './workerEngine';

const plan = (c: Partial<Config>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...c });
  if (!p.ok) throw new Error(p.message);
  return p;
};

const one = { h: 1, w: 1 };
let open: MessagePort[] = [];
afterEach(() => {
  open.forEach((p) => p.close());
  open = [];
});

/** The page's engine talking to a served engine on the CPU backend, through a MessageChannel. */
function connected() {
  const { port1, port2 } = new MessageChannel();
  open = [port1, port2];
  serveEngine(port2 as unknown as Port<ToWorker, FromWorker>, createEngine, liveTensors);
  return workerEngine(port1 as unknown as Port<FromWorker, ToWorker>, 'cpu');
}

describe('the engine through a message channel', () => {
  it('can clone every kind of plan (no functions, no classes)', () => {
    for (const op of ['conv', 'convt', 'maxpool', 'avgpool'] as const) {
      const p = plan({ op, input: { h: 6, w: 5 }, mode: op === 'convt' ? 'zeros' : 'reflect' });
      expect(structuredClone(p)).toEqual(p);
    }
  });

  it('can rebuild a grid plan from its configuration alone (what the grid lane sends)', () => {
    const configs: Partial<Config>[] = [
      { input: { h: 64, w: 63 } },
      { op: 'convt', stride: { h: 2, w: 3 }, pad: { kind: 'explicit', top: 1, bottom: 0, left: 2, right: 1 }, opad: { h: 1, w: 0 } },
      { op: 'maxpool', pad: { kind: 'same' }, stride: { h: 2, w: 2 } },
      { op: 'avgpool', ceil: true, cip: false, stride: { h: 2, w: 2 } },
      { channels: 2, filters: 4, groups: 2, dilation: { h: 2, w: 1 }, mode: 'circular', x: { kind: 'preset', preset: 'random' }, seed: 7 },
    ];
    for (const c of configs) {
      const p = plan(c);
      expect(structuredClone(derivePlan(structuredClone(p.config)))).toEqual(p);
    }
  });

  it('can clone a network plan (plans with their arrays, no functions)', () => {
    for (const c of valuedNetCases().slice(0, 10)) {
      const net = deriveNet(netCaseNetwork(c));
      expect(structuredClone(net)).toEqual(net);
    }
  });

  it('can run a network in the worker, as runNet does on the page', async () => {
    const engine = connected();
    await engine.ready;
    const c = valuedNetCases()[0];
    if (!c) throw new Error('no golden network');
    const net = deriveNet(netCaseNetwork(c));
    const answer = await engine.runNet(net);
    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(answer.value.values).toBeInstanceOf(Float32Array);
    expect([...answer.value.values]).toEqual([...(await runNet(net)).values]);
    expect(answer.value.matches).toBe(true);
  });

  it('can run the checkerboard upsamplings in the worker, one result per plan as it comes', async () => {
    const engine = connected();
    await engine.ready;
    const image = { height: 4, width: 5, rgb: Float32Array.from({ length: 60 }, (_, i) => i) };
    const plans = [[3, 2], [4, 2]].map(([k, s]) => {
      const p = checkerboardPlan(image, k ?? 3, s ?? 2);
      if (!p.ok) throw new Error(p.message);
      return p;
    });
    const seen: number[] = [];
    const answer = await engine.runUpsample({ plans, onResult: (_, i) => seen.push(i) });
    expect(seen).toEqual([0, 1]);
    expect(answer?.ok && answer.value.map((r) => [r.height, r.width])).toEqual([
      [8, 10],
      [8, 10],
    ]);
    expect(answer?.ok && answer.value.every((r) => r.maxAbsDiff <= r.tolerance)).toBe(true);
  });

  it('can run a plan as Keras layers in the worker', async () => {
    const engine = connected();
    await engine.ready;
    const answer = await engine.runKeras(plan({ input: { h: 5, w: 6 }, mode: 'reflect', x: { kind: 'preset', preset: 'random' } }));
    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(answer.value.matches).toBe(true);
    expect(answer.value.layers.at(-1)).toBe('Conv2D');
    expect(engine.liveTensors()).toBe(0);
  });

  it('in=6x5 mode=reflect s=2: gives what runPlan gives, with a float32 array moved back', async () => {
    const engine = connected();
    const info = await engine.ready;
    expect(info.name).toBe('cpu');
    const p = plan({ input: { h: 6, w: 5 }, mode: 'reflect', stride: { h: 2, w: 2 }, x: { kind: 'preset', preset: 'random' } });
    const answer = await engine.run(p);
    const local = await runPlan(p);
    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(answer.value.values).toBeInstanceOf(Float32Array);
    expect([...answer.value.values]).toEqual([...local.values]);
    expect(answer.value.matches).toBe(true);
    // Left out of the message, put back from the page's own cache.
    expect(answer.value.reference).toEqual(local.reference);
    expect(engine.liveTensors()).toBe(liveTensors());
  });

  it('can drop a request a newer one replaced, on either side of the boundary', async () => {
    const engine = connected();
    await engine.ready;
    let paint: () => void = () => undefined;
    const painted = new Promise<void>((r) => (paint = r));
    const first = engine.run(plan({ input: { h: 4, w: 4 } }), painted);
    const second = engine.run(plan({ input: { h: 5, w: 5 } }));
    const third = engine.run(plan({ input: { h: 7, w: 7 } }));
    paint();
    expect(await first).toBeNull();
    const answers = await Promise.all([second, third]);
    // The second was sent, but its answer came after the third was asked for: only the third is shown.
    expect(answers[0]).toBeNull();
    expect(answers[1]?.ok && answers[1].value.shape).toEqual([1, 7, 7]);
  });

  it('can run image mode, one result per mode as it comes', async () => {
    const engine = connected();
    await engine.ready;
    const job: ImageJob = { image: { height: 5, width: 4, rgb: Float32Array.from({ length: 60 }, (_, i) => i) }, kernel: SOBEL_X, flip: false, cval: 0 };
    const plans = (['zeros', 'reflect', 'circular'] as const).map((mode) => {
      const p = deriveImagePlan({ size: { h: 5, w: 4 }, kernel: { h: 3, w: 3 }, stride: one, dilation: one, pad: { kind: 'same' }, mode });
      if (!p.ok) throw new Error(p.message);
      return p;
    });
    const seen: string[] = [];
    const answer = await engine.runImage({ job, plans, onResult: (r) => seen.push(r.mode) });
    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(answer.value.map((r) => r.mode)).toEqual(plans.map((p) => p.mode));
    expect(seen).toEqual(plans.map((p) => p.mode));
    expect(answer.value[0]?.rgba).toBeInstanceOf(Uint8ClampedArray);
  });
});
