/**
 * The DOM contract of design.md: the padded input and the tfjs output as JSON
 * text, in a collapsed "Data" panel. e2e tests and outside checkers read it.
 * For a pool, `values` holds null where a cell does not count (max pooling's
 * padding, an uncounted average's padding, the ceil overhang), and the
 * output's first axis is the channel. For a transposed convolution the padded
 * input is its direct picture (zeros inserted between input cells, the
 * border; `pads` negative where the border is a crop).
 */
import type { Plan } from '../core';
import { nest, paddedOf } from '../core';
import { isCounted } from '../render/poolWindows';
import { useEngineStatus } from './hooks/useApp';

/** The padded values `[C][HP][WP]` as the contract gives them: a pool's cells that do not count are null. */
export function paddedContractValues(plan: Plan): (number | null)[][][] {
  const values = nest(paddedOf(plan), plan.channels, plan.h.padded, plan.w.padded);
  if (!plan.pool) return values;
  return values.map((channel) => channel.map((row, r) => row.map((v, q) => (isCounted(plan, r, q) ? v : null))));
}

export function DataPanel({ plan }: { plan: Plan }) {
  const status = useEngineStatus((s) => s);
  const ready = status.state === 'ready' && status.plan === plan && status.result !== null;
  const shape = [plan.filters, plan.h.out, plan.w.out];
  const paddedJson = JSON.stringify({
    pads: plan.pads,
    shape: [plan.channels, plan.h.padded, plan.w.padded],
    values: paddedContractValues(plan),
  });
  // JSON.stringify writes −∞ (a max over padding only) as null, as the contract says.
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
  const first = plan.pool ? 'C' : 'F';
  return (
    <details className="panel data-panel">
      <summary>Data (JSON)</summary>
      <h3 id="padded-json-label">
        {plan.transposed ? 'Direct picture' : 'Padded input'} [C][HP][WP]
        {plan.pool ? ' (null: a cell that does not count)' : ''}
        {plan.transposed ? ' (0 in inserted and border cells; a negative pad is a crop)' : ''}
      </h3>
      <pre data-testid="padded-json" aria-labelledby="padded-json-label">
        {paddedJson}
      </pre>
      <h3 id="output-json-label">
        Output [{first}][OH][OW] from TensorFlow.js
      </h3>
      <pre data-testid="output-json" data-state={ready ? 'ready' : 'pending'} aria-labelledby="output-json-label">
        {outputJson}
      </pre>
    </details>
  );
}
