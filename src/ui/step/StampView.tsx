/**
 * One input cell of a transposed convolution's scatter, written out: where
 * each tap of its stamp lands, `x[c, i, j] · w[c, f, a, b] → out[f, i·s + a·d − T, j·s + b·d − L]`
 * with the numbers substituted (cropped targets struck through), and, for
 * one target, the sum of every stamp that lands there — the overlaps adding
 * up. Targets and values come from stamp.ts (the core's `stampAxis` and
 * `scatterTransposed`); products are the printed factors multiplied.
 */
import { Fragment, useState } from 'react';
import type { Plan } from '../../core';
import { formatFactor, formatNumber } from '../../render/formatNumber';
import { filtersOfChannel, membersText } from '../grids/groups';
import { cellSum, type Stamp, type StampTap } from './stamp';
import { StepValues, type EngineValue } from './StepValues';
import { collapses, collapseTerms } from './terms';

/** "1·2 + 0·1 − 1": the target index formula of one axis with its numbers. */
function indexFormula(i: number, s: number, a: number, d: number, crop: number): string {
  return `${i}·${s} + ${a}·${d}${crop ? ` − ${crop}` : ''}`;
}

function TargetCell({ plan, stamp, tap, selected, onSelect }: { plan: Plan; stamp: Stamp; tap: StampTap; selected: boolean; onSelect: () => void }) {
  const t = plan.transposed;
  const rows = t ? indexFormula(stamp.i, t.h.stride, tap.a, plan.h.d, t.h.cropBefore) : '';
  const cols = t ? indexFormula(stamp.j, t.w.stride, tap.b, plan.w.d, t.w.cropBefore) : '';
  const name = `out[${stamp.filter}, ${tap.row}, ${tap.col}]`;
  if (tap.cropped) {
    // No out[...] name: a negative index would read as Python's from-the-end indexing.
    return (
      <td className="stamp-cut">
        <span className="stamp-formula">
          ({rows}, {cols})
        </span>{' '}
        = ({formatNumber(tap.row)}, {formatNumber(tap.col)}): outside the kept output, cut by the crop
      </td>
    );
  }
  return (
    <td>
      <button type="button" className={selected ? 'stamp-target stamp-target-selected' : 'stamp-target'} aria-pressed={selected} onClick={onSelect}>
        {name}
      </button>{' '}
      <span className="stamp-formula">
        ({rows}, {cols})
      </span>
    </td>
  );
}

interface Props {
  readonly plan: Plan;
  readonly stamp: Stamp;
  readonly reference: readonly number[];
  /** The tfjs output `F*OH*OW` when it is in for this plan, else null. */
  readonly engine: { readonly values: ArrayLike<number>; readonly backend: string } | null;
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
}

export function StampView({ plan, stamp, reference, engine, expanded, onToggleExpanded }: Props) {
  const kept = stamp.taps.filter((t) => !t.cropped);
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  // The picked target, while it is one of this stamp's; else the stamp's first kept target.
  const target = kept.find((t) => picked && t.row === picked.row && t.col === picked.col) ?? kept[0] ?? null;
  const sum = target ? cellSum(plan, stamp.filter, target.row, target.col) : null;
  const flat = target ? (stamp.filter * plan.h.out + target.row) * plan.w.out + target.col : -1;
  const tf = engine && flat >= 0 ? engine.values[flat] : undefined;
  const engineValue: EngineValue | null = engine && tf !== undefined ? { value: tf, backend: engine.backend } : null;
  const x = formatFactor(stamp.x);
  const weightName = `w[${stamp.channel}, ${stamp.fl}]`;

  if (!stamp.feeds) {
    return (
      <p className="dot-legend" data-testid="stamp-other-group">
        Channel {stamp.channel} does not feed filter {stamp.filter}: its stamps land on{' '}
        {membersText(filtersOfChannel(plan, stamp.channel), 'filter', 'filters')} only (another group). Pick one of those filters above the grids.
      </p>
    );
  }
  return (
    <div className="dot stamp">
      <table className="stamp-table" data-testid="stamp-table">
        <caption>
          x[{stamp.channel}, {stamp.i}, {stamp.j}] = {x} stamps {weightName}, scaled by {x}: {kept.length} of {stamp.taps.length} taps land on the kept output
        </caption>
        <thead>
          <tr>
            <th scope="col">tap (a, b)</th>
            <th scope="col">
              x[{stamp.channel}, {stamp.i}, {stamp.j}] · w[{stamp.channel}, {stamp.fl}, a, b]
            </th>
            <th scope="col">→ lands on out[{stamp.filter}, i·s + a·d − T, j·s + b·d − L]</th>
          </tr>
        </thead>
        <tbody>
          {collapseTerms(stamp.taps, expanded).map((seg, si) =>
            seg.kind === 'gap' ? (
              <tr key={`gap${si}`}>
                <td colSpan={3} className="dot-gap">
                  … ({seg.hidden} more taps) …
                </td>
              </tr>
            ) : (
              <Fragment key={si}>
                {seg.items.map((tap) => (
                  <tr key={`${tap.a},${tap.b}`} className={tap.cropped ? 'stamp-row-cut' : undefined}>
                    <td>
                      ({tap.a}, {tap.b})
                    </td>
                    <td>
                      {x}·{formatFactor(tap.w)} = {formatNumber(stamp.x * tap.w, 'hyphen')}
                    </td>
                    <TargetCell plan={plan} stamp={stamp} tap={tap} selected={tap === target} onSelect={() => setPicked({ row: tap.row, col: tap.col })} />
                  </tr>
                ))}
              </Fragment>
            ),
          )}
        </tbody>
      </table>
      {collapses(stamp.taps.length) ? (
        <button type="button" className="dot-expand" aria-expanded={expanded} onClick={onToggleExpanded}>
          {expanded ? 'Collapse the taps' : `Show all ${stamp.taps.length} taps`}
        </button>
      ) : null}
      {sum && target ? (
        <>
          <p className="dot-expr" data-testid="stamp-sum">
            Overlaps add up: <span className="dot-lhs">out[{sum.filter}, {sum.row}, {sum.col}]</span> ={' '}
            {sum.terms.map((c, k) => (
              <Fragment key={k}>
                {k > 0 ? ' + ' : null}
                <span
                  className={c.channel === stamp.channel && c.i === stamp.i && c.j === stamp.j ? 'term term-current' : 'term'}
                  title={`x[${c.channel}, ${c.i}, ${c.j}] · w[${c.channel}, ${stamp.fl}, ${c.a}, ${c.b}]`}
                >
                  {formatFactor(c.x)}·{formatFactor(c.w)}
                </span>
              </Fragment>
            ))}{' '}
            = <strong className="dot-sum">{formatNumber(sum.value, 'hyphen')}</strong>
          </p>
          <p className="dot-legend">
            {sum.terms.length === 1 ? 'One stamp lands there' : `${sum.terms.length} stamps land there`} (this input cell's is highlighted).
            Pick another target in the table to see its sum.
          </p>
          <StepValues reference={reference[flat] ?? NaN} engine={engineValue} />
        </>
      ) : (
        <p className="dot-legend">Every tap of this stamp lands on cells the crop cuts away: it adds nothing to the output.</p>
      )}
    </div>
  );
}
