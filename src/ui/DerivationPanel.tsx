/**
 * The output-size derivation, per axis, step by step with the numbers
 * substituted, straight from the Plan's steps (nothing is recomputed here).
 * A step whose substitution is a test (pooling's last-window rule:
 * `(4−1)·2 = 6 < 6 + 1`) reads "…: test, so o = 4", not "= test = 4".
 */
import { AXES, type Axis } from '../core';
import type { DerivationStep } from '../core';

const AXIS_TITLE: Record<Axis, string> = { h: 'Height (rows)', w: 'Width (columns)' };

/** A substitution that compares instead of computing. */
const COMPARISON = /[<>≤≥]/;

function DerivationRow({ step }: { step: DerivationStep }) {
  const showSub = step.substituted !== '' && step.substituted !== step.formula;
  if (showSub && COMPARISON.test(step.substituted)) {
    return (
      <li title={step.source ?? ''}>
        <span className="step-label">{step.label}</span>
        <code>
          {step.symbol} = {step.formula}: {step.substituted}, so {step.symbol} = <strong>{step.value}</strong>
        </code>
      </li>
    );
  }
  return (
    <li title={step.source ?? ''}>
      <span className="step-label">{step.label}</span>
      <code>
        {step.symbol} = {step.formula}
        {showSub ? ` = ${step.substituted}` : ''}
        {String(step.value) !== step.formula ? ` = ` : ''}
        {String(step.value) !== step.formula ? <strong>{step.value}</strong> : null}
      </code>
    </li>
  );
}

/** `steps` per axis; `failed` names the axis where an invalid configuration broke. */
export function DerivationPanel({ steps, failed }: { steps: Readonly<Record<Axis, readonly DerivationStep[]>>; failed?: Axis }) {
  return (
    <section className="panel derivation" data-testid="derivation" aria-labelledby="derivation-title">
      <h2 id="derivation-title">Output size, step by step</h2>
      <div className="axes">
        {AXES.map((axis) => (
          <div key={axis} className={failed === axis ? 'axis failed' : 'axis'}>
            <h3>{AXIS_TITLE[axis]}</h3>
            <ol>
              {steps[axis].map((s, i) => (
                <DerivationRow key={i} step={s} />
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
