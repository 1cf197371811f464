import { formatMs } from './BackendLine';
import type { SelfTestOptions } from './options';
import type { SelfTestState } from './selftestSummary';

/** Why nothing runs: the filter matched no name (the `cases` limit never empties a selection). */
function noMatchText(s: SelfTestState, o: SelfTestOptions): string {
  if (o.filter === '') return 'No cases match: the golden set holds no runnable cases.';
  return `No cases match: no case name contains “${o.filter}” (${s.available ?? 0} golden cases searched). Try a fragment such as mode=reflect, s=2x2 or pad=same.`;
}

/** One sentence: did this browser agree with PyTorch? */
function verdictText(s: SelfTestState, o: SelfTestOptions): string {
  const backend = s.backend?.name ?? 'TensorFlow.js';
  const source = s.source ?? 'PyTorch';
  if (s.phase !== 'done') return `So far ${s.passed} passed, ${s.failures.length} failed.`;
  if (s.total === 0) return noMatchText(s, o);
  if (s.failures.length === 0) return `All ${s.total} cases agree with ${source} on ${backend}.`;
  return `${s.failures.length} of ${s.total} cases disagree with ${source} on ${backend}: this browser’s results are not trustworthy.`;
}

/** The outcome, the timings and the tensor count, once known. */
export function Verdict({ state, options }: { readonly state: SelfTestState; readonly options: SelfTestOptions }) {
  if (state.phase === 'error') {
    return (
      <p role="alert" className="verdict bad">
        The self-test could not run: {state.error}
      </p>
    );
  }
  const done = state.phase === 'done';
  const tone = !done ? '' : state.total === 0 ? 'warn' : state.failures.length === 0 ? 'good' : 'bad';
  return (
    <>
      <p className={`verdict ${tone}`} data-testid="selftest-summary">
        {verdictText(state, options)}
      </p>
      {done && state.total !== 0 && (
        <dl className="facts">
          <dt>Warm run</dt>
          <dd>{state.warmRunMs === null ? '—' : `${formatMs(state.warmRunMs)} per case (median of the last half)`}</dd>
          <dt>Whole run</dt>
          <dd>{state.totalMs === null ? '—' : formatMs(state.totalMs)}</dd>
          <dt>Live tensors</dt>
          <dd>
            {state.liveTensorsBefore} before, {state.liveTensorsAfter} after
            {state.liveTensorsBefore === state.liveTensorsAfter ? ' (no leak)' : ' (leak!)'}
          </dd>
        </dl>
      )}
    </>
  );
}
