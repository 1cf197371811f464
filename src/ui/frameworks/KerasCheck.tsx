/**
 * "Run as Keras layers": builds the configuration as a tfjs-layers model
 * (ZeroPadding2D, or a gather padding layer for the other modes, then
 * Conv2D(padding='valid') or DepthwiseConv2D; pooling layers; a transposed
 * convolution's Conv2DTranspose then Cropping2D) and compares it with the
 * engine's result, or says why Keras has no such layer. The layers library
 * is loaded only on the first click, where the engine runs (engine/kerasLayers).
 */
import { useState } from 'react';
import type { Plan } from '../../core';
import type { KerasLayersResult } from '../../engine/kerasLayers';
import { runKerasCheck } from '../engineClient/engineClient';
import { useEngineStatus } from '../hooks/useApp';

type Run =
  | { readonly state: 'pending'; readonly plan: Plan }
  | { readonly state: 'ready'; readonly plan: Plan; readonly result: KerasLayersResult }
  | { readonly state: 'error'; readonly plan: Plan; readonly message: string };

const fmt = (x: number) => (x === 0 ? '0' : x.toExponential(2));

/** Largest |a − b|, Infinity when the lengths differ. */
function maxAbs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  return m;
}

function Verdict({ result, engine }: { result: KerasLayersResult; engine: Float32Array | null }) {
  const names = result.layers.join(' + ');
  // Against the engine when its result for this plan is in; the exact reference is always there.
  const vsEngine = engine ? maxAbs(result.values, engine) : null;
  const agree = result.matches && (vsEngine === null || vsEngine <= result.tolerance);
  const against = vsEngine === null ? 'the exact reference' : 'the engine';
  const delta = vsEngine ?? result.maxAbsDiff;
  return (
    <>
      <span aria-hidden="true">{agree ? '✓ ' : '✗ '}</span>
      Keras layers ({names}) {agree ? 'agree' : 'disagree'} with {against}: max |Δ| = {fmt(delta)}
      {vsEngine !== null ? ` (vs the exact reference: ${fmt(result.maxAbsDiff)})` : ''}, tolerance {fmt(result.tolerance)}, on{' '}
      {result.backend}.
    </>
  );
}

export function KerasCheck({ plan }: { plan: Plan }) {
  const [run, setRun] = useState<Run | null>(null);
  const backend = useEngineStatus((s) => s.backend);
  const engineValues = useEngineStatus((s) => (s.plan === plan && s.state === 'ready' ? (s.result?.values ?? null) : null));
  // A run for an earlier configuration says nothing about this one.
  const current = run?.plan === plan ? run : null;

  const start = () => {
    setRun({ state: 'pending', plan });
    // On the page's engine, in its worker when it has one: tfjs-layers loads there on the first check.
    void runKerasCheck(plan).then((answer) => {
      if (!answer) return; // a newer check replaced this one
      setRun((r) => (r?.plan !== plan ? r : answer.ok ? { state: 'ready', plan, result: answer.value } : { state: 'error', plan, message: answer.error }));
    });
  };

  const state = current?.state ?? 'idle';
  return (
    <div className="bridge-keras">
      <button type="button" onClick={start} disabled={!backend || state === 'pending'}>
        Run as Keras layers (tfjs-layers)
      </button>
      <p data-testid="keras-check" data-state={state} aria-live="polite" className={`bridge-keras-result bridge-keras-${state}`}>
        {!current ? (backend ? 'Builds this layer as a Keras model in tfjs-layers and compares it with the engine.' : 'Waiting for the engine to start…') : null}
        {current?.state === 'pending' ? 'Loading tfjs-layers and running the model…' : null}
        {current?.state === 'ready' ? <Verdict result={current.result} engine={engineValues} /> : null}
        {current?.state === 'error' ? `The Keras layers could not run: ${current.message}` : null}
      </p>
    </div>
  );
}
