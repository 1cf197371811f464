/**
 * The real run in one line: which backend ran the whole stack, the largest
 * difference from the exact (float64) reference and the tolerance it is
 * judged by; or why it did not run (too big, a layer that cannot run, a
 * TensorFlow.js failure).
 */
import type { ReactNode } from 'react';
import type { NetPlan } from '../../core';
import { BackendLabel } from '../BackendBadge';
import type { NetRunStatus } from '../engineClient/engineStatus';
import { runOf } from './netJson';

const BACKEND_NAME: Readonly<Record<string, string>> = { webgl: 'WebGL', cpu: 'the CPU' };
const num = (d: number) => (d === 0 ? '0' : d.toExponential(1));

export function NetRunSummary({ net, run }: { net: NetPlan; run: NetRunStatus }) {
  const now = runOf(net, run);
  let line: ReactNode;
  const idle = net.failure !== null || net.layers.length === 0 || now.kind === 'skipped';
  if (net.failure) line = `Not run: layer ${net.failure.layer} cannot run (see its row).`;
  else if (net.layers.length === 0) line = 'Add a layer or load a preset: TensorFlow.js then runs the whole stack and checks it against the exact reference.';
  else if (now.kind === 'skipped') line = now.reason;
  else if (now.kind === 'error') line = <span role="alert">{`TensorFlow.js failed: ${now.message}`}</span>;
  else if (now.kind === 'ready') {
    const r = now.result;
    line = (
      <span className={r.matches ? 'net-run-good' : 'net-run-bad'}>
        <span aria-hidden="true">{r.matches ? '✓ ' : '✗ '}</span>
        {`Ran on ${BACKEND_NAME[r.backend] ?? r.backend}: largest difference from the exact reference ${num(r.maxAbsDiff)} (tolerance ${num(r.tolerance)}, for values up to ${num(r.scale)}; ${r.matches ? 'within it' : 'over it'}), ${Math.round(r.ms)} ms.`}
      </span>
    );
  } else line = 'Running the whole stack on TensorFlow.js with seeded weights…';
  return (
    <div className="net-run" data-testid="net-run">
      {/* Nothing runs for a network that cannot (or is too big to): tfjs may never start, so no "starting…" badge. */}
      {idle ? null : <BackendLabel />}
      <p>{line}</p>
    </div>
  );
}
