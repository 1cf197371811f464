import type { SelfTestState } from './selftestSummary';

/** What the run is doing now, in one sentence. */
function progressText(s: SelfTestState): string {
  switch (s.phase) {
    case 'loading':
      return 'Loading TensorFlow.js and the golden cases…';
    case 'starting':
      return 'Starting the TensorFlow.js backend…';
    case 'running':
      return s.current === null
        ? `Checked ${s.done} of ${s.total ?? 0} cases.`
        : `Checking case ${s.done + 1} of ${s.total ?? 0}: ${s.current}`;
    case 'done':
      return s.total === 0 ? 'Finished: no cases to check.' : `Finished: checked ${s.done} of ${s.total} cases.`;
    case 'error':
      return 'The self-test stopped.';
  }
}

/** The progress line (role="status") and a progress bar while the cases run. */
export function ProgressLine({ state }: { readonly state: SelfTestState }) {
  const total = state.total ?? 0;
  return (
    <div className="progress">
      <p role="status" data-testid="selftest-progress">
        {progressText(state)}
      </p>
      {total > 0 && state.phase !== 'error' && (
        <progress max={total} value={state.done} aria-label="Cases checked">
          {state.done} of {total}
        </progress>
      )}
    </div>
  );
}
