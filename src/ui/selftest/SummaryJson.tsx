import { summaryJson, type SelfTestState } from './selftestSummary';

/** `data-state` of the JSON element: `running` until the run ends, then `done` (or `error`). */
const dataState = (s: SelfTestState): string => (s.phase === 'done' || s.phase === 'error' ? s.phase : 'running');

/** The machine-readable summary (`[data-testid="selftest-json"]`), for tests and bug reports. */
export function SummaryJson({ state }: { readonly state: SelfTestState }) {
  return (
    <details className="data">
      <summary>Machine-readable summary (JSON, for bug reports)</summary>
      <pre data-testid="selftest-json" data-state={dataState(state)}>
        {summaryJson(state)}
      </pre>
    </details>
  );
}
