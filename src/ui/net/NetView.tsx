/**
 * The network view (`view=net`, design.md "Network view"): the network's
 * input, presets, the layer table with each layer's shapes, pads, rounding
 * and receptive field, skip pairs with their fixes, the receptive-field
 * picture, pasting a model, the PyTorch export, and the real run of the
 * whole stack on TensorFlow.js (net-json). No props: it reads the stores.
 */
import { lazy, Suspense, useState } from 'react';
import { useStore } from 'zustand';
import { netOf } from '../../state/netCache';
import { netRunStore } from '../engineClient/engineStatus';
import { ErrorBoundary } from '../ErrorBoundary';
import { useApp } from '../hooks/useApp';
import { LayerTable } from './LayerTable';
import { NetDataPanel } from './NetDataPanel';
import { NetInputs } from './NetInputs';
import { NetPresets } from './NetPresets';
import { NetRunSummary } from './NetRunSummary';
import { NetSummary } from './NetSummary';
import { PasteModel } from './PasteModel';
import { ReceptiveField } from './ReceptiveField';
import { SkipPanel } from './SkipPanel';

// The export's code (and highlight.js) loads only when the section is opened.
const NetTorchCode = lazy(() => import('./NetTorchCode').then((m) => ({ default: m.NetTorchCode })));

export function NetView() {
  const config = useApp((s) => s.config);
  const layers = useApp((s) => s.view.net);
  const skips = useApp((s) => s.view.skips);
  const run = useStore(netRunStore);
  const net = netOf(config, { net: layers, skips });
  const [codeOpen, setCodeOpen] = useState(false);
  return (
    <div className="net-view" data-testid="net-view">
      <div className="panel net-head">
        <h2>Network</h2>
        <p className="net-intro">A stack of layers as a model runs them: the shape after every layer, where floor drops rows and columns, skip connections and receptive fields. Open any layer in the single-layer view to see its border cell by cell.</p>
        <NetRunSummary net={net} run={run} />
      </div>
      <div className="net-top">
        <NetInputs />
        <NetPresets />
      </div>
      <ErrorBoundary panel="the layer table" resetKey={net}>
        <LayerTable net={net} />
        <NetSummary net={net} />
      </ErrorBoundary>
      <ErrorBoundary panel="the skip connections" resetKey={net}>
        <SkipPanel net={net} />
      </ErrorBoundary>
      <ErrorBoundary panel="the receptive field" resetKey={net}>
        <ReceptiveField />
      </ErrorBoundary>
      <PasteModel />
      <details className="panel net-torch" onToggle={(e) => setCodeOpen(e.currentTarget.open)}>
        <summary>PyTorch code</summary>
        {codeOpen ? (
          <ErrorBoundary panel="the PyTorch code" resetKey={net}>
            <Suspense fallback={<p role="status">Loading the PyTorch export…</p>}>
              <NetTorchCode net={net} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </details>
      <NetDataPanel net={net} run={run} />
    </div>
  );
}
