/** The current cell's reference value and what TensorFlow.js computed, under the step-through's expression. */
import { formatNumber } from '../../render/formatNumber';

export interface EngineValue {
  readonly value: number;
  readonly backend: string;
}

export function StepValues({ reference, engine }: { reference: number; engine: EngineValue | null }) {
  // −∞ − (−∞) is NaN: equal infinities differ by nothing.
  const diff = engine && engine.value !== reference ? Math.abs(engine.value - reference) : 0;
  return (
    <dl className="dot-values">
      <div>
        <dt>Reference (float64)</dt>
        <dd data-testid="step-reference">{formatNumber(reference, 'hyphen')}</dd>
      </div>
      <div>
        <dt>TensorFlow.js{engine ? ` (${engine.backend})` : ''}</dt>
        <dd data-testid="step-tfjs" data-state={engine ? 'ready' : 'pending'}>
          {engine ? formatNumber(engine.value, 'hyphen') : 'computing…'}
          {engine && diff > 0 ? <span className="dot-diff"> (|Δ| = {diff.toExponential(1)})</span> : null}
        </dd>
      </div>
    </dl>
  );
}
