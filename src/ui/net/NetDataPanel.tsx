/**
 * The network view's DOM contract (`[data-testid="net-json"]`, netJson.ts)
 * in a collapsed "Data" panel, as the single-layer DataPanel keeps its own.
 */
import type { NetPlan } from '../../core';
import type { NetRunStatus } from '../engineClient/engineStatus';
import { netJson } from './netJson';

export function NetDataPanel({ net, run }: { net: NetPlan; run: NetRunStatus }) {
  const json = netJson(net, run);
  return (
    <details className="panel data-panel net-data">
      <summary>Data (JSON)</summary>
      <h3 id="net-json-label">Every layer’s shapes, pads and receptive field; the whole stack’s output from TensorFlow.js</h3>
      <pre data-testid="net-json" data-state={json.state} aria-labelledby="net-json-label">
        {json.text}
      </pre>
    </details>
  );
}
