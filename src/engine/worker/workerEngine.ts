/**
 * The page's side of the engine worker (protocol.ts): an `Engine` whose work
 * happens in the worker. Newest wins across the boundary, with the same rules
 * as newestWins.ts: a request replaced while it waits for the page's paint is
 * never sent; the worker's lanes drop a request replaced while it waits
 * there; and an answer that arrives after a newer request was made resolves
 * to null, so the page never shows a configuration the user already left.
 * No tfjs here: the page loads none while the worker works.
 */
import type { Engine } from '../engine';
import type { BackendInfo } from '../backend';
import type { Settled } from '../newestWins';
import type { EngineResult } from '../runPlan';
import type { ImageModeResult } from '../image/runImage';
import type { FromWorker, Port, ToWorker } from './protocol';

export interface WorkerEngine extends Engine {
  /** The worker's live tensor count, as reported with its last answer. */
  liveTensors(): number;
  /** Fails every request still waiting for an answer (the worker died). */
  fail(error: string): void;
}

type GridAnswer = Settled<EngineResult> | null;
type ImageAnswer = Settled<null> | null;

export function workerEngine(port: Port<FromWorker, ToWorker>, prefer: 'webgl' | 'cpu'): WorkerEngine {
  let live = 0;
  let resolveReady: (info: BackendInfo) => void = () => undefined;
  const ready = new Promise<BackendInfo>((r) => (resolveReady = r));
  const listeners: ((info: BackendInfo) => void)[] = [];
  const grids = new Map<number, (a: GridAnswer) => void>();
  const images = new Map<number, { resolve: (a: ImageAnswer) => void; results: ImageModeResult[]; onResult?: (r: ImageModeResult, done: number, total: number) => void }>();
  let nextId = 0;
  let newestGrid = 0;
  let newestImage = 0;
  const send = (message: ToWorker): void => port.postMessage(message, []);

  port.onmessage = ({ data }) => {
    switch (data.type) {
      case 'ready':
        return resolveReady(data.info);
      case 'backend':
        return listeners.forEach((l) => l(data.info));
      case 'run':
        live = data.liveTensors;
        grids.get(data.id)?.(data.answer);
        grids.delete(data.id);
        return;
      case 'imageResult': {
        const request = images.get(data.id);
        // Results of a request the page already replaced are not shown.
        if (!request || data.id !== newestImage) return;
        request.results.push(data.result);
        request.onResult?.(data.result, data.done, data.total);
        return;
      }
      case 'image':
        live = data.liveTensors;
        images.get(data.id)?.resolve(data.answer);
        images.delete(data.id);
    }
  };
  send({ type: 'start', prefer });

  return {
    ready,
    async run(plan, startAfter) {
      const id = ++nextId;
      newestGrid = id;
      if (startAfter) await startAfter;
      if (id !== newestGrid) return null;
      const answer = await new Promise<GridAnswer>((resolve) => {
        grids.set(id, resolve);
        send({ type: 'run', id, plan });
      });
      return id === newestGrid ? answer : null;
    },
    async runImage({ job, plans, onResult }) {
      const id = ++nextId;
      newestImage = id;
      const results: ImageModeResult[] = [];
      const answer = await new Promise<ImageAnswer>((resolve) => {
        images.set(id, { resolve, results, onResult });
        send({ type: 'image', id, job, plans });
      });
      if (!answer || id !== newestImage) return null;
      return answer.ok ? { ok: true, value: results } : answer;
    },
    onBackendChange: (listener) => void listeners.push(listener),
    warmUp: (plan) => send({ type: 'warmUp', plan }),
    liveTensors: () => live,
    fail(error) {
      for (const resolve of grids.values()) resolve({ ok: false, error });
      for (const { resolve } of images.values()) resolve({ ok: false, error });
      grids.clear();
      images.clear();
    },
  };
}
