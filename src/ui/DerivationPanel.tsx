/**
 * The output-size derivation, per axis, step by step with the numbers
 * substituted, straight from the Plan's steps (nothing is recomputed here).
 * A step whose substitution is a test (pooling's last-window rule:
 * `(4−1)·2 = 6 < 6 + 1`) reads "…: test, so o = 4", not "= test = 4".
 * A transposed convolution's steps come in two parts, each under its own
 * heading: the output size (full size, crops, output padding) and the direct
 * picture the padded grid draws (inserted zeros, borders; a negative border
 * is a crop and says so). Each step's source (framework) is printed under it.
 */
import { AXES, type Axis } from '../core';
import type { DerivationStep } from '../core';
import { formatNumber } from '../render/formatNumber';

const AXIS_TITLE: Record<Axis, string> = { h: 'Height (rows)', w: 'Width (columns)' };

/** A substitution that compares instead of computing. */
const COMPARISON = /[<>≤≥]/;

/** The core labels a transposed convolution's picture steps `direct picture: …` (transposedAxis.ts). */
const PICTURE_PREFIX = 'direct picture: ';
/** …and says of a border that may be negative "(negative = cropped)". */
const MAY_CROP = '(negative = cropped)';

function ValueText({ step }: { step: DerivationStep }) {
  const value = <strong>{formatNumber(step.value)}</strong>;
  if (step.value < 0 && step.label.includes(MAY_CROP)) {
    return (
      <>
        {value}
        <span className="derivation-crop">
          {' '}
          → {-step.value} cell{step.value === -1 ? '' : 's'} cropped
        </span>
      </>
    );
  }
  return value;
}

function DerivationRow({ step, label }: { step: DerivationStep; label: string }) {
  const showSub = step.substituted !== '' && step.substituted !== step.formula;
  const source = step.source ? <span className="derivation-source">{step.source}</span> : null;
  if (showSub && COMPARISON.test(step.substituted)) {
    return (
      <li>
        <span className="step-label">{label}</span>
        <code>
          {step.symbol} = {step.formula}: {step.substituted}, so {step.symbol} = <ValueText step={step} />
        </code>
        {source}
      </li>
    );
  }
  const computed = String(step.value) !== step.formula;
  return (
    <li>
      <span className="step-label">{label}</span>
      <code>
        {step.symbol} = {step.formula}
        {showSub ? ` = ${step.substituted}` : ''}
        {computed ? ' = ' : ''}
        {computed ? <ValueText step={step} /> : null}
      </code>
      {source}
    </li>
  );
}

/** The steps split under headings: one untitled part, or a transposed convolution's output size and direct picture. */
export function stepParts(steps: readonly DerivationStep[]): { title: string | null; steps: { step: DerivationStep; label: string }[] }[] {
  const picture = steps.filter((s) => s.label.startsWith(PICTURE_PREFIX));
  if (picture.length === 0) return [{ title: null, steps: steps.map((step) => ({ step, label: step.label })) }];
  return [
    { title: 'Output size', steps: steps.filter((s) => !s.label.startsWith(PICTURE_PREFIX)).map((step) => ({ step, label: step.label })) },
    { title: 'Direct picture (what the padded grid draws)', steps: picture.map((step) => ({ step, label: step.label.slice(PICTURE_PREFIX.length) })) },
  ];
}

/** `steps` per axis; `failed` names the axis where an invalid configuration broke. */
export function DerivationPanel({ steps, failed }: { steps: Readonly<Record<Axis, readonly DerivationStep[]>>; failed?: Axis }) {
  return (
    <section className="panel derivation" data-testid="derivation" aria-labelledby="derivation-title">
      <h2 id="derivation-title">Output size, step by step</h2>
      <div className="axes">
        {AXES.map((axis) => {
          let start = 1;
          return (
            <div key={axis} className={failed === axis ? 'axis failed' : 'axis'}>
              <h3>{AXIS_TITLE[axis]}</h3>
              {stepParts(steps[axis]).map((part) => {
                const first = start;
                start += part.steps.length;
                return (
                  <div key={part.title ?? 'steps'} className="derivation-part">
                    {part.title ? <h4>{part.title}</h4> : null}
                    <ol start={first}>
                      {part.steps.map(({ step, label }, i) => (
                        <DerivationRow key={i} step={step} label={label} />
                      ))}
                    </ol>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </section>
  );
}
