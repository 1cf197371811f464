/**
 * Runs the golden cases on TensorFlow.js in this browser. Loaded lazily by
 * the self-test page only: it carries the golden vectors (~1.4 MB of JSON)
 * and the engine, which the main app's bundle must not.
 */
import { derivePlan } from '../../core';
import { liveTensors, runPlan, startBackend } from '../../engine';
import { checkCase } from './checkCase';
import { selectCases, type SelfTestOptions } from './options';
import { selfTestCases, selfTestSource, type SelfTestCase } from './selfTestCases';
import { warmRunMs, type CaseFailure, type SelfTestState } from './selftestSummary';

/** Receives each change of the state as a partial update. */
export type Report = (patch: Partial<SelfTestState>) => void;

/** Gives the browser a chance to paint about every frame; the CPU backend otherwise never yields. */
function yielder(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < 16) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  };
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Runs one case; the tfjs time in ms goes to `times` when tfjs produced an output. */
async function runCase(c: SelfTestCase, times: number[]): Promise<CaseFailure | null> {
  const plan = derivePlan(c.config);
  if (!plan.ok) return { name: c.name, maxAbsDiff: null, reason: `Padlab rejects this configuration: ${plan.message}` };
  try {
    const result = await runPlan(plan);
    times.push(result.ms);
    return checkCase(c, result);
  } catch (e) {
    return { name: c.name, maxAbsDiff: null, reason: `TensorFlow.js failed: ${errorText(e)}` };
  }
}

/**
 * Starts the backend (WebGL first unless `options.backend` is `cpu`), then
 * runs the selected golden cases one after another, reporting progress.
 */
export async function runSelfTest(options: SelfTestOptions, report: Report): Promise<void> {
  const runnable = selfTestCases();
  const cases = selectCases(runnable, options);
  report({ phase: 'starting', source: selfTestSource(), available: runnable.length, total: cases.length });

  const info = await startBackend(options.backend);
  const liveTensorsBefore = liveTensors();
  report({
    phase: 'running',
    backend: {
      name: info.name,
      renderer: info.renderer ?? null,
      fallbackReason: info.fallbackReason ?? null,
      startMs: info.startMs,
    },
    liveTensorsBefore,
  });

  const times: number[] = [];
  const failures: CaseFailure[] = [];
  const pause = yielder();
  const start = performance.now();
  for (const [i, c] of cases.entries()) {
    report({ current: c.name });
    const failure = await runCase(c, times);
    if (failure) failures.push(failure);
    report({ done: i + 1, passed: i + 1 - failures.length, ...(failure ? { failures: [...failures] } : {}) });
    await pause();
  }
  report({
    phase: 'done',
    current: null,
    totalMs: performance.now() - start,
    warmRunMs: warmRunMs(times),
    liveTensorsAfter: liveTensors(),
  });
}
