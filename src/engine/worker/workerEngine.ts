/**
 * The page's side of the engine worker (protocol.ts): an `Engine` whose work
 * happens in the worker. Newest wins across the boundary, per lane, with the
 * same rules as newestWins.ts: a request replaced while it waits for the
 * page's paint is never sent; the worker's lanes drop a request replaced
 * while it waits there; and an answer (or a pushed result) that arrives after
 * a newer request of its lane was made resolves to null, so the page never
 * shows a configuration the user already left.
 * No tfjs here: the page loads none while the worker works.
 * A grid answer's reference (4,096 numbers at 64×64, cloned as a JS array) is
 * not sent back: the page's grids already computed it (core's `referenceOf` cache).
 */
import { referenceOf } from '../../core';
import type { Engine } from '../engine';
import type { BackendInfo } from '../backend';
import type { Settled } from '../newestWins';
import type { FromWorker, Lane, Lanes, Port, ToWorker } from './protocol';

export interface WorkerEngine extends Engine {
  /** The worker's live tensor count, as reported with its last answer. */
  liveTensors(): number;
  /** Answers every request still waiting with this error (the worker died or stopped answering). */
  fail(error: string): void;
}

type Answer = Settled<Lanes[Lane]['answer']> | null;

interface Pending {
  readonly lane: Lane;
  readonly resolve: (answer: Answer) => void;
  readonly onPartial?: (item: Lanes[Lane]['partial'], done: number, total: number) => void;
}

export function workerEngine(port: Port<FromWorker, ToWorker>, prefer: 'webgl' | 'cpu'): WorkerEngine {
  let live = 0;
  let resolveReady: (info: BackendInfo) => void = () => undefined;
  const ready = new Promise<BackendInfo>((r) => (resolveReady = r));
  const listeners: ((info: BackendInfo) => void)[] = [];
  const pending = new Map<number, Pending>();
  const newest: Partial<Record<Lane, number>> = {};
  let nextId = 0;
  const send = (message: ToWorker): void => port.postMessage(message, []);

  port.onmessage = ({ data }) => {
    if (data.type === 'ready') return resolveReady(data.info);
    if (data.type === 'backend') return listeners.forEach((l) => l(data.info));
    const request = pending.get(data.id);
    if (!request) return;
    if (data.type === 'partial') {
      // Results of a request the page already replaced are not shown.
      if (newest[request.lane] === data.id) request.onPartial?.(data.item, data.done, data.total);
      return;
    }
    live = data.liveTensors;
    pending.delete(data.id);
    request.resolve(data.answer);
  };
  send({ type: 'start', prefer });

  /**
   * Sends one request of `lane` (after `startAfter`, unless a newer one came
   * meanwhile); resolves with its answer, or null once a newer request of the lane was made.
   */
  async function call<L extends Lane>(
    lane: L,
    request: Lanes[L]['request'],
    startAfter?: Promise<unknown>,
    onPartial?: (item: Lanes[L]['partial'], done: number, total: number) => void,
  ): Promise<Settled<Lanes[L]['answer']> | null> {
    const id = ++nextId;
    newest[lane] = id;
    if (startAfter) await startAfter;
    if (newest[lane] !== id) return null;
    const answer = await new Promise<Answer>((resolve) => {
      pending.set(id, { lane, resolve, onPartial: onPartial as Pending['onPartial'] });
      send({ type: 'call', lane, id, request } as ToWorker);
    });
    return newest[lane] === id ? (answer as Settled<Lanes[L]['answer']> | null) : null;
  }

  /** A pushing lane's answer: the results it pushed, or its error. */
  async function collect<T>(outcome: Promise<Settled<null> | null>, results: T[]): Promise<Settled<T[]> | null> {
    const answer = await outcome;
    return answer && (answer.ok ? { ok: true, value: results } : answer);
  }

  return {
    ready,
    // The worker leaves the reference out of a grid answer (serveEngine.ts): the page's own copy goes back in.
    run: (plan, startAfter) =>
      call('grid', plan.config, startAfter).then((a) => a && (a.ok ? { ok: true, value: { ...a.value, reference: referenceOf(plan) } } : a)),
    runNet: (net, startAfter) => call('net', net, startAfter),
    runKeras: (plan) => call('keras', plan),
    runImage({ job, plans, onResult }) {
      const results: Lanes['image']['partial'][] = [];
      const push = (r: Lanes['image']['partial'], done: number, total: number) => {
        results.push(r);
        onResult?.(r, done, total);
      };
      return collect(call('image', { job, plans }, undefined, push), results);
    },
    runUpsample({ plans, onResult }) {
      const results: Lanes['upsample']['partial'][] = [];
      const push = (r: Lanes['upsample']['partial'], done: number) => {
        results.push(r);
        onResult?.(r, done - 1);
      };
      return collect(call('upsample', { plans }, undefined, push), results);
    },
    onBackendChange: (listener) => void listeners.push(listener),
    warmUp: (plan) => send({ type: 'warmUp', config: plan.config }),
    liveTensors: () => live,
    fail(error) {
      for (const { resolve } of pending.values()) resolve({ ok: false, error });
      pending.clear();
    },
  };
}
