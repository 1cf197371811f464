import type { BackendView } from './selftestSummary';

/** Formats a duration in ms for people: `412 ms`, `3.4 ms`, `12.3 s`. */
export function formatMs(x: number): string {
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  return x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`;
}

/**
 * The backend actually used (`[data-testid="backend"]`, as in the app's DOM
 * contract): its name, the GPU renderer when WebGL runs, and why it fell back
 * when it did.
 */
export function BackendLine({ backend }: { readonly backend: BackendView | null }) {
  if (!backend) {
    return <p data-testid="backend">Starting TensorFlow.js…</p>;
  }
  return (
    <dl className="facts" data-testid="backend">
      <dt>Backend</dt>
      <dd>
        <strong>{backend.name}</strong> (started and self-checked in {formatMs(backend.startMs)})
      </dd>
      {backend.renderer !== null && (
        <>
          <dt>Renderer</dt>
          <dd>{backend.renderer}</dd>
        </>
      )}
      {backend.fallbackReason !== null && (
        <>
          <dt>Not WebGL because</dt>
          <dd>{backend.fallbackReason}</dd>
        </>
      )}
    </dl>
  );
}
