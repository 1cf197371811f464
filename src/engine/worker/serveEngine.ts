/**
 * The worker's side of the channel (protocol.ts): starts the engine on the
 * first message, runs what the page asks through the engine's own lanes
 * (newest wins inside the worker too: a request replaced while it waited
 * answers null at once), pushes results as they come, and moves result arrays
 * back instead of copying them.
 */
import type { Engine } from '../engine';
import type { Settled } from '../newestWins';
import { gridPlans } from './gridPlans';
import { buffersOf, type Call, type FromWorker, type Lane, type Lanes, type Port, type ToWorker } from './protocol';

type Push = (item: Lanes[Lane]['partial'], done: number, total: number) => void;

/** Runs one call on the engine's lane; `push` sends a lane's results one by one. */
function runCall(e: Engine, call: Call, push: Push, planOf: ReturnType<typeof gridPlans>): Promise<Settled<Lanes[Lane]['answer']> | null> {
  /** A lane that pushed its results answers only its outcome: the results are on the page already. */
  const outcome = (a: Settled<unknown> | null): Settled<null> | null => a && (a.ok ? { ok: true, value: null } : a);
  switch (call.lane) {
    case 'grid': {
      const plan = planOf(call.request);
      if (!plan.ok) return Promise.resolve({ ok: false, error: plan.message });
      // The page has the reference already (core's per-plan cache, which its grids read): it is not sent back.
      return e.run(plan).then((a) => a && (a.ok ? { ok: true, value: { ...a.value, reference: [] } } : a));
    }
    case 'net':
      return e.runNet(call.request);
    case 'keras':
      return e.runKeras(call.request);
    case 'image':
      return e.runImage({ ...call.request, onResult: push }).then(outcome);
    case 'upsample':
      return e.runUpsample({ ...call.request, onResult: (r, i) => push(r, i + 1, call.request.plans.length) }).then(outcome);
  }
}

export function serveEngine(port: Port<ToWorker, FromWorker>, create: (prefer: 'webgl' | 'cpu') => Engine, liveTensors: () => number): void {
  let engine: Engine | null = null;
  const planOf = gridPlans();
  const post = (message: FromWorker, transfer: Transferable[] = []): void => port.postMessage(message, transfer);

  port.onmessage = ({ data }) => {
    if (data.type === 'start') {
      if (engine) return;
      const e = create(data.prefer);
      engine = e;
      void e.ready.then((info) => post({ type: 'ready', info }));
      e.onBackendChange((info) => post({ type: 'backend', info }));
      return;
    }
    const e = engine;
    if (!e) return;
    if (data.type === 'warmUp') {
      const plan = planOf(data.config);
      return plan.ok ? e.warmUp(plan) : undefined;
    }
    const { id } = data;
    const push: Push = (item, done, total) => post({ type: 'partial', id, item, done, total }, buffersOf(item));
    void runCall(e, data, push, planOf).then((answer) => {
      post({ type: 'answer', id, answer, liveTensors: liveTensors() }, answer?.ok ? buffersOf(answer.value) : []);
    });
  };
}
