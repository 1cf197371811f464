/**
 * The benchmark's "engine off" switch (scripts/bench, `interaction.drag_ratio_to_no_engine`):
 * only the benchmark's build defines `VITE_PADLAB_BENCH`, so in every other
 * build this whole branch folds away and the page cannot be told to skip tfjs.
 * With `window.padlabBenchNoEngine` set before the page loads, the engine
 * module is a stand-in that never loads tfjs and answers every request
 * with null (as if superseded): the page does all its own work and none of the engine's.
 */
import type { Engine } from '../../engine';
import type { EngineModule } from './engineClient';

interface BenchFlags {
  padlabBenchNoEngine?: boolean;
}

const off: Engine = {
  ready: new Promise(() => undefined),
  run: () => Promise.resolve(null),
  runNet: () => Promise.resolve(null),
  runImage: () => Promise.resolve(null),
  runUpsample: () => Promise.resolve(null),
  runKeras: () => Promise.resolve(null),
  onBackendChange: () => undefined,
  warmUp: () => undefined,
};

/** The stand-in module when the benchmark switched the engine off; null otherwise (always null outside the benchmark's build). */
export function benchEngineOff(): EngineModule | null {
  if (!import.meta.env.VITE_PADLAB_BENCH || !(globalThis as BenchFlags).padlabBenchNoEngine) return null;
  return { createEngine: () => off, liveTensors: () => 0 };
}
