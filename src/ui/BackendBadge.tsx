/** Which tfjs backend computed the output, why it fell back, and whether it matches the reference. */
import type { Plan } from '../core';
import type { BackendInfo } from '../engine';
import { useEngineStatus } from './hooks/useApp';

function formatDiff(d: number): string {
  return d === 0 ? '0' : d.toExponential(1);
}

/** Where tfjs runs, and why not in the worker when it is not. */
function threadText({ where, why }: NonNullable<BackendInfo['thread']>): string {
  return where === 'worker' ? '(worker)' : `(main thread${why ? `: ${why}` : ''})`;
}

/** The backend in use, why it fell back and which thread runs it (`[data-testid="backend"]`): the single-layer badge's and the network view's. */
export function BackendLabel() {
  const backend = useEngineStatus((s) => s.backend);
  return (
    <span className={`badge backend-${backend?.name ?? 'loading'}`} data-testid="backend" title={backend?.renderer ?? ''}>
      {backend ? backend.name : 'starting TensorFlow.js…'}
      {backend?.fallbackReason ? ` (fell back: ${backend.fallbackReason})` : ''}
      {backend?.thread ? ` ${threadText(backend.thread)}` : ''}
    </span>
  );
}

export function BackendBadge({ plan }: { plan: Plan }) {
  const backend = useEngineStatus((s) => s.backend);
  const state = useEngineStatus((s) => s.state);
  const forPlan = useEngineStatus((s) => s.plan === plan);
  const result = useEngineStatus((s) => s.result);
  const error = useEngineStatus((s) => s.error);
  const current = forPlan && state === 'ready' && result;
  return (
    <div className="badges">
      <BackendLabel />
      {error && forPlan ? (
        <span className="badge badge-bad" role="alert">
          TensorFlow.js failed: {error}
        </span>
      ) : current ? (
        <span className={`badge ${result.matches ? 'badge-good' : 'badge-bad'}`} data-testid="match-badge">
          {result.matches ? '✓ matches the reference' : '✗ differs from the reference'} (max |Δ| = {formatDiff(result.maxAbsDiff)})
        </span>
      ) : (
        <span className="badge badge-pending" data-testid="match-badge">
          computing on {backend?.name ?? 'TensorFlow.js'}…
        </span>
      )}
    </div>
  );
}
