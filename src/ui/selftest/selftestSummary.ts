/**
 * The self-test's state and its machine-readable summary (the JSON in
 * `[data-testid="selftest-json"]`). Plain data only, so the components can
 * use it without loading the engine or the golden vectors.
 */

/** A golden case that did not pass. */
export interface CaseFailure {
  readonly name: string;
  /** Largest |tfjs − PyTorch| over the output; null when there is no output to compare. */
  readonly maxAbsDiff: number | null;
  /** What went wrong, for the user. */
  readonly reason: string;
}

/** The backend the run uses, as the page shows it. */
export interface BackendView {
  /** `webgl` or `cpu`. */
  readonly name: string;
  /** The GPU renderer string when WebGL runs; null otherwise or when the browser hides it. */
  readonly renderer: string | null;
  /** Why WebGL is not used, when it is not. */
  readonly fallbackReason: string | null;
  /** Backend start including its own self-check, in ms. */
  readonly startMs: number;
}

export type SelfTestPhase = 'loading' | 'starting' | 'running' | 'done' | 'error';

/** Everything the page shows; replaced (never mutated) on each change. */
export interface SelfTestState {
  readonly phase: SelfTestPhase;
  readonly backend: BackendView | null;
  /** Where the golden outputs come from, e.g. `PyTorch 1.13.0`. */
  readonly source: string | null;
  /** Golden cases with an expected output (the ones that can run). */
  readonly available: number | null;
  /** Cases selected by the query string. */
  readonly total: number | null;
  readonly done: number;
  readonly passed: number;
  readonly failures: readonly CaseFailure[];
  /** The case running now. */
  readonly current: string | null;
  /** Live tfjs tensors after the backend start, before the first case. */
  readonly liveTensorsBefore: number | null;
  /** Live tfjs tensors after the last case: equal to the count before unless the engine leaks. */
  readonly liveTensorsAfter: number | null;
  /** Median tfjs time per case (upload, conv, read-back) over the last half of the cases, in ms. */
  readonly warmRunMs: number | null;
  /** Wall time of the whole case loop, in ms. */
  readonly totalMs: number | null;
  /** A failure of the self-test itself (not of a case). */
  readonly error: string | null;
}

export const INITIAL_STATE: SelfTestState = {
  phase: 'loading',
  backend: null,
  source: null,
  available: null,
  total: null,
  done: 0,
  passed: 0,
  failures: [],
  current: null,
  liveTensorsBefore: null,
  liveTensorsAfter: null,
  warmRunMs: null,
  totalMs: null,
  error: null,
};

/** Median of a list; null when it is empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Warm time per case: the median over the last half of the runs, where
 * WebGL has compiled its shader programs and the first uploads are done.
 */
export function warmRunMs(perCaseMs: readonly number[]): number | null {
  return median(perCaseMs.slice(Math.floor(perCaseMs.length / 2)));
}

/** Round to 0.01 ms: the JSON is read by people and tests, not for nanoseconds. */
const ms = (x: number): number => Math.round(x * 100) / 100;

/**
 * The machine-readable summary. While running it carries the counts so far
 * (null where not known yet); `error` appears only when the self-test itself failed.
 */
export function summaryJson(state: SelfTestState): string {
  const b = state.backend;
  return JSON.stringify({
    backend: b?.name ?? null,
    renderer: b?.renderer ?? null,
    fallbackReason: b?.fallbackReason ?? null,
    total: state.total,
    passed: state.passed,
    failed: state.failures.length,
    failures: state.failures,
    startMs: b ? ms(b.startMs) : null,
    warmRunMs: state.warmRunMs === null ? null : ms(state.warmRunMs),
    totalMs: state.totalMs === null ? null : ms(state.totalMs),
    liveTensorsBefore: state.liveTensorsBefore,
    liveTensorsAfter: state.liveTensorsAfter,
    ...(state.error === null ? {} : { error: state.error }),
  }, null, 2);
}
