/**
 * The DOM contract of design.md: the padded input and the tfjs output as JSON
 * text, in a collapsed "Data" panel. e2e tests and outside checkers read it.
 */
import type { Plan } from '../core';
import { nest, paddedOf } from '../core';
import { useEngineStatus } from './hooks/useApp';

export function DataPanel({ plan }: { plan: Plan }) {
  const padded = paddedOf(plan);
  const status = useEngineStatus((s) => s);
  const ready = status.state === 'ready' && status.plan === plan && status.result !== null;
  const shape = [plan.filters, plan.h.out, plan.w.out];
  const paddedJson = JSON.stringify({
    pads: plan.pads,
    shape: [plan.channels, plan.h.padded, plan.w.padded],
    values: nest(padded, plan.channels, plan.h.padded, plan.w.padded),
  });
  const outputJson = JSON.stringify(
    ready && status.result
      ? {
          shape,
          values: nest(Array.from(status.result.values), plan.filters, plan.h.out, plan.w.out),
          backend: status.result.backend,
          maxAbsDiff: status.result.maxAbsDiff,
        }
      : { shape, values: null, backend: null, maxAbsDiff: null },
  );
  return (
    <details className="panel data-panel">
      <summary>Data (JSON)</summary>
      <h3 id="padded-json-label">Padded input [C][HP][WP]</h3>
      <pre data-testid="padded-json" aria-labelledby="padded-json-label">
        {paddedJson}
      </pre>
      <h3 id="output-json-label">Output [F][OH][OW] from TensorFlow.js</h3>
      <pre data-testid="output-json" data-state={ready ? 'ready' : 'pending'} aria-labelledby="output-json-label">
        {outputJson}
      </pre>
    </details>
  );
}
