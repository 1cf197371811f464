/**
 * A pool's output cell written out with its numbers, where a convolution
 * writes its dot product: `out[0, 1, 1] = max(−∞, 1, 2, 7, 8) = 8` with the
 * winner marked, or `out[0, 0, 0] = (0 + 1 + 2 + 6 + 7) / 4 = 16 / 4 = 4`
 * with the cells that do not count struck through (and named for screen
 * readers). Long windows collapse in the middle like the dot product.
 */
import { Fragment } from 'react';
import type { Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import type { PoolTap } from '../../render/poolWindows';
import type { PoolStep } from './poolStep';
import { StepValues, type EngineValue } from './StepValues';
import { collapses, collapseTerms, outName } from './terms';
import { divisorRule } from '../grids/describePool';

/** Why a tap does not count, for its title and for screen readers. */
function notCounted(t: PoolTap, max: boolean): string {
  if (t.overhang) return 'past the padding (ceil_mode overhang), not counted';
  return max ? 'padding, never wins' : 'padding, not counted';
}

function tapTitle(t: PoolTap, max: boolean, plan: Plan): string {
  const at = `padded (${t.cell.row}, ${t.cell.col})`;
  if (t.counted && !t.pad) return `${at} = input (${t.cell.row - plan.h.before}, ${t.cell.col - plan.w.before})`;
  return t.counted ? `${at}: padding, counted in the divisor` : `${at}: ${notCounted(t, max)}`;
}

function TapView({ tap, max, winner, plan }: { tap: PoolTap; max: boolean; winner: boolean; plan: Plan }) {
  const text = formatNumber(tap.value, 'hyphen');
  if (winner) {
    return (
      <mark className="term term-winner" title={`${tapTitle(tap, max, plan)}: the winner`} data-testid="pool-winner">
        {text}
        <span className="visually-hidden"> (the winner)</span>
      </mark>
    );
  }
  if (tap.counted) {
    return (
      <span className={tap.pad ? 'term term-pad' : 'term'} title={tapTitle(tap, max, plan)}>
        {tap.pad ? <em className="term-x">{text}</em> : text}
        {tap.pad ? <span className="visually-hidden"> (padding, counted)</span> : null}
      </span>
    );
  }
  return (
    <span className="term term-uncounted" title={tapTitle(tap, max, plan)}>
      <s>{text}</s>
      <span className="visually-hidden"> ({notCounted(tap, max)})</span>
    </span>
  );
}

interface Props {
  readonly plan: Plan;
  readonly step: PoolStep;
  readonly engine: EngineValue | null;
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
}

export function PoolStepView({ plan, step, engine, expanded, onToggleExpanded }: Props) {
  const max = step.reduce === 'max';
  const counted = step.taps.filter((t) => t.counted).length;
  const uncounted = step.taps.length - counted;
  const segments = collapseTerms(step.taps, expanded);
  const terms = segments.map((seg, si) => (
    <Fragment key={si}>
      {si > 0 ? (max ? ', ' : ' + ') : null}
      {seg.kind === 'gap' ? (
        <span className="dot-gap">… ({seg.hidden} more cells) …</span>
      ) : (
        seg.items.map((t, ti) => (
          <Fragment key={seg.start + ti}>
            {ti > 0 ? (max ? ', ' : ' + ') : null}
            <TapView tap={t} max={max} winner={seg.start + ti === step.winner} plan={plan} />
          </Fragment>
        ))
      )}
    </Fragment>
  ));
  const value = <strong className="dot-sum">{formatNumber(step.value, 'hyphen')}</strong>;
  return (
    <div className="dot pool-step">
      <p className="dot-expr" data-testid="pool-expression">
        <span className="dot-lhs">{outName(step)}</span> ={' '}
        {max ? (
          <>
            max({terms}) = {value}
          </>
        ) : (
          <>
            ({terms}) / <strong data-testid="pool-divisor">{step.divisor}</strong> = {formatNumber(step.sum, 'hyphen')} / {step.divisor} = {value}
          </>
        )}
      </p>
      <p className="dot-legend" data-testid="pool-legend">
        {max
          ? step.winner >= 0
            ? `The largest of the ${counted} cells that count wins (marked; on a tie the first, as PyTorch's indices).`
            : 'No cell of this window counts: every tap is padding, so the output is −∞.'
          : `Divided by ${step.divisor}: the ${counted === 1 ? 'one cell' : `${counted} cells`} of the window that count${counted === 1 ? 's' : ''} (${divisorRule(plan)}).`}
        {uncounted > 0 ? ` ${uncounted} of ${step.taps.length} ${max ? 'are padding (−∞), which never wins' : 'do not count'}: struck through.` : ''}
        {collapses(step.taps.length) ? (
          <>
            {' '}
            <button type="button" className="dot-expand" aria-expanded={expanded} onClick={onToggleExpanded}>
              {expanded ? 'Collapse the cells' : `Show all ${step.taps.length} cells`}
            </button>
          </>
        ) : null}
      </p>
      <StepValues reference={step.value} engine={engine} />
    </div>
  );
}
