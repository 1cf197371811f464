/**
 * The engine host's choices, with fake workers (a MessageChannel to a served
 * engine on the CPU backend): the worker when it starts, the main thread with
 * the reason when it fails to load or does not answer in time, a new worker
 * after one stops (what was owed answers with the reason, the listeners hear
 * of the new worker), and the main thread once the restarts are spent.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Plan } from '../../core';
import type { BackendInfo } from '../backend';
import { createEngine } from '../engine';
import { liveTensors } from '../runPlan';
import { createHost, type HostDeps, type WorkerLike } from './engineHost';
import type { FromWorker, Port, ToWorker } from './protocol';
import { serveEngine } from './serveEngine';

const plan = (): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, input: { h: 6, w: 6 } });
  if (!p.ok) throw new Error(p.message);
  return p;
};

let open: MessagePort[] = [];
afterEach(() => {
  open.forEach((p) => p.close());
  open = [];
});

interface FakeWorker extends WorkerLike {
  /** Fires the worker's error event, as an uncaught error inside it does. */
  crash(message: string): void;
  terminated: boolean;
}

/** A worker serving the real engine (CPU) through a MessageChannel; `silent`: one that never answers. */
function fakeWorker(silent = false): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  if (!silent) serveEngine(port2 as unknown as Port<ToWorker, FromWorker>, createEngine, liveTensors);
  const onError: ((e: Event) => void)[] = [];
  const page = port1 as unknown as Port<FromWorker, ToWorker>;
  const fake: FakeWorker = {
    postMessage: (m, t) => page.postMessage(m, t),
    get onmessage() {
      return page.onmessage;
    },
    set onmessage(f) {
      page.onmessage = f;
    },
    addEventListener: (_type, l) => void onError.push(l),
    terminate: () => {
      fake.terminated = true;
      port1.close();
    },
    crash: (message) => onError.forEach((l) => l(Object.assign(new Event('error'), { message }))),
    terminated: false,
  };
  return fake;
}

function deps(spawn: () => WorkerLike, over: Partial<HostDeps> = {}): HostDeps {
  return {
    spawn,
    mainThread: async (prefer) => ({ engine: createEngine(prefer), liveTensors }),
    refuse: () => null,
    pageHasWebgl: () => false,
    startTimeoutMs: 5000,
    maxRestarts: 1,
    ...over,
  };
}

describe('engine host', () => {
  it('runs in the worker when it starts', async () => {
    const host = createHost('cpu', deps(() => fakeWorker()));
    expect((await host.engine.ready).thread).toEqual({ where: 'worker' });
    const answer = await host.engine.run(plan());
    expect(answer?.ok && answer.value.shape).toEqual([1, 6, 6]);
  });

  it('moves to the main thread with the reason when the worker does not answer in time', async () => {
    const workers: FakeWorker[] = [];
    const host = createHost('cpu', deps(() => (workers.push(fakeWorker(true)), workers[0] as FakeWorker), { startTimeoutMs: 50 }));
    expect((await host.engine.ready).thread).toEqual({ where: 'main', why: 'the engine worker did not answer within 0.05 s' });
    expect(workers[0]?.terminated).toBe(true);
    expect((await host.engine.run(plan()))?.ok).toBe(true);
  });

  it('moves to the main thread with the reason when the worker fails to load', async () => {
    const host = createHost(
      'cpu',
      deps(() => {
        const w = fakeWorker(true);
        setTimeout(() => w.crash(''), 0);
        return w;
      }),
    );
    expect((await host.engine.ready).thread).toEqual({ where: 'main', why: 'the engine worker failed to load' });
  });

  it('starts a new worker after one stops, then the main thread once the restarts are spent', async () => {
    const workers: FakeWorker[] = [];
    const host = createHost('cpu', deps(() => (workers.push(fakeWorker()), workers.at(-1) as FakeWorker), { maxRestarts: 1 }));
    await host.engine.ready;
    const heard: BackendInfo[] = [];
    const news = () => new Promise<void>((r) => host.engine.onBackendChange((info) => (heard.push(info), r())));

    let next = news();
    workers[0]?.crash('boom');
    await next;
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(heard[0]?.thread).toEqual({ where: 'worker' });
    expect((await host.engine.run(plan()))?.ok).toBe(true);

    next = news();
    workers[1]?.crash('boom again');
    await next;
    expect(heard.at(-1)?.thread).toEqual({ where: 'main', why: 'the engine worker stopped 2 times (last: boom again)' });
    expect((await host.engine.run(plan()))?.ok).toBe(true);
  });

  it('answers what a stopped worker owed with the reason', async () => {
    const workers: FakeWorker[] = [];
    const host = createHost('cpu', deps(() => (workers.push(fakeWorker()), workers.at(-1) as FakeWorker)));
    await host.engine.ready;
    const owed = host.engine.run(plan(), new Promise((r) => setTimeout(r, 0)));
    await new Promise((r) => setTimeout(r, 0));
    workers[0]?.crash('boom');
    const answer = await owed;
    expect(answer).toEqual({ ok: false, error: 'the engine worker stopped (boom); starting it again' });
  });
});
