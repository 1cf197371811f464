/**
 * The dot product of the current output cell written out with its numbers:
 * `out[0, 1, 2] = 1·0 + 2·1 + … = 14`, grouped `c0: … + c1: …` when there
 * are several input channels, padding values in italics (and named for
 * screen readers), a transposed convolution's inserted zeros greyed, long
 * kernels collapsed in the middle. A grouped layer prints only the channels
 * its filter reads (the others' weights are 0) and says which it skipped.
 * Below it the reference value and what TensorFlow.js computed.
 */
import { Fragment } from 'react';
import type { PadMode } from '../../core';
import { formatFactor, formatNumber } from '../../render/formatNumber';
import { membersText } from '../grids/groups';
import { StepValues, type EngineValue } from './StepValues';
import { collapseTerms, isCollapsible, outName, printedChannels, type DotProduct, type Term } from './terms';

export type { EngineValue };

function cellTitle(t: Term, mode: PadMode, transposed: boolean): string {
  const at = `${transposed ? 'picture' : 'padded'} (${t.cell.row}, ${t.cell.col})`;
  if (t.inserted) return `${at}: a zero inserted between input cells`;
  if (!t.pad) return `${at} = input (${t.source?.row}, ${t.source?.col})`;
  if (transposed) return `${at}: the border (zeros)`;
  return t.source ? `${at}: padding, ${mode} copy of input (${t.source.row}, ${t.source.col})` : `${at}: padding, constant`;
}

function TermView({ term, mode, transposed }: { term: Term; mode: PadMode; transposed: boolean }) {
  const className = term.inserted ? 'term term-inserted' : term.pad ? 'term term-pad' : 'term';
  return (
    <span className={className} title={cellTitle(term, mode, transposed)}>
      {term.pad ? (
        <em className="term-x">
          {formatFactor(term.x)}
          <span className="visually-hidden">{transposed ? ' (border)' : ' (padding)'}</span>
        </em>
      ) : term.inserted ? (
        <span className="term-x">
          {formatFactor(term.x)}
          <span className="visually-hidden"> (inserted zero)</span>
        </span>
      ) : (
        <span className="term-x">{formatFactor(term.x)}</span>
      )}
      ·<span className="term-w">{formatFactor(term.w)}</span>
    </span>
  );
}

interface Props {
  readonly dot: DotProduct;
  readonly mode: PadMode;
  /** A transposed convolution's direct picture: its zeros are inserted or border, not padding of a mode. */
  readonly transposed?: boolean;
  readonly reference: number;
  /** The tfjs value of this cell, or null while it is being computed. */
  readonly engine: EngineValue | null;
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
}

/** The legend line's account of where the printed values come from. */
function sourcesText(all: readonly Term[], mode: PadMode, transposed: boolean) {
  const padCount = all.filter((t) => t.pad).length;
  const inserted = all.filter((t) => t.inserted).length;
  if (transposed) {
    return (
      <>
        {all.length - padCount - inserted} of {all.length} terms read input cells; <span className="term-inserted">grey</span> values are zeros
        inserted between input cells ({inserted}), <em className="term-x">italic</em> ones the border ({padCount}).
      </>
    );
  }
  if (padCount === 0) return `No term reads padding: all ${all.length} values come from the input.`;
  return (
    <>
      <em className="term-x">Italic</em> values come from padding: {padCount} of {all.length} terms read the border ({mode}).
    </>
  );
}

export function DotProductView({ dot, mode, transposed = false, reference, engine, expanded, onToggleExpanded }: Props) {
  const printed = printedChannels(dot);
  const skipped = dot.channels.filter((c) => !c.inGroup).map((c) => c.channel);
  const multi = printed.length > 1;
  const all = printed.flatMap((c) => c.terms);
  return (
    <div className="dot">
      {/* With several channels each channel gets its own line (CSS), so the per-channel sums read as rows. */}
      <p className={multi ? 'dot-expr dot-expr-multi' : 'dot-expr'} data-testid="dot-product">
        <span className="dot-lhs">{outName(dot)}</span> ={' '}
        {printed.map((ch, ci) => (
          <Fragment key={ch.channel}>
            <span className="dot-group">
              {ci > 0 ? ' + ' : null}
              {multi || skipped.length ? <span className="dot-ch">c{ch.channel}:</span> : null}
              {collapseTerms(ch.terms, expanded).map((seg, si) => (
                <Fragment key={si}>
                  {si > 0 ? ' + ' : null}
                  {seg.kind === 'gap' ? (
                    <span className="dot-gap">… ({seg.hidden} more terms) …</span>
                  ) : (
                    seg.items.map((t, ti) => (
                      <Fragment key={seg.start + ti}>
                        {ti > 0 ? ' + ' : null}
                        <TermView term={t} mode={mode} transposed={transposed} />
                      </Fragment>
                    ))
                  )}
                </Fragment>
              ))}
            </span>
          </Fragment>
        ))}{' '}
        <span className="dot-total">
          = <strong className="dot-sum">{formatNumber(dot.sum, 'hyphen')}</strong>
        </span>
      </p>
      <p className="dot-legend">
        {sourcesText(all, mode, transposed)}
        {skipped.length ? (
          <span data-testid="dot-skipped">
            {' '}
            Filter {dot.filter} does not read {membersText(skipped, 'channel', 'channels')} (another group): those weights are 0 and their terms are left out.
          </span>
        ) : null}
        {isCollapsible(dot) ? (
          <>
            {' '}
            <button type="button" className="dot-expand" aria-expanded={expanded} onClick={onToggleExpanded}>
              {expanded ? 'Collapse the terms' : `Show all ${all.length} terms`}
            </button>
          </>
        ) : null}
      </p>
      <StepValues reference={reference} engine={engine} />
    </div>
  );
}
