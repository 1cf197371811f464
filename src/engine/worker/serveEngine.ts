/**
 * The worker's side of the channel (protocol.ts): starts the engine on the
 * first message, runs what the page asks through the engine's own lanes
 * (newest wins inside the worker too: a request replaced while it waited
 * answers null at once), and moves result arrays back instead of copying them.
 */
import type { Engine } from '../engine';
import { buffersOf, type FromWorker, type Port, type ToWorker } from './protocol';

export function serveEngine(port: Port<ToWorker, FromWorker>, create: (prefer: 'webgl' | 'cpu') => Engine, liveTensors: () => number): void {
  let engine: Engine | null = null;
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
    if (data.type === 'run') {
      void e.run(data.plan).then((answer) => {
        post({ type: 'run', id: data.id, answer, liveTensors: liveTensors() }, answer?.ok ? buffersOf(answer.value.values) : []);
      });
    } else if (data.type === 'image') {
      const { id, job, plans } = data;
      void e
        .runImage({
          job,
          plans,
          onResult: (result, done, total) => post({ type: 'imageResult', id, result, done, total }, buffersOf(result.values, result.rgba)),
        })
        .then((answer) => {
          // The results went one by one (their buffers moved): only the outcome is left to say.
          const outcome = answer && (answer.ok ? { ok: true as const, value: null } : answer);
          post({ type: 'image', id, answer: outcome, liveTensors: liveTensors() });
        });
    } else {
      e.warmUp(data.plan);
    }
  };
}
