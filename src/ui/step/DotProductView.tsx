/**
 * The dot product of the current output cell written out with its numbers:
 * `out[0, 1, 2] = 1·0 + 2·1 + … = 14`, grouped `c0: … + c1: …` when there
 * are several input channels, padding values in italics (and named for
 * screen readers), long kernels collapsed in the middle. Below it the
 * reference value and what TensorFlow.js computed.
 */
import { Fragment } from 'react';
import type { PadMode } from '../../core';
import { formatFactor, formatNumber } from '../../render/formatNumber';
import { StepValues, type EngineValue } from './StepValues';
import { collapseTerms, isCollapsible, outName, type DotProduct, type Term } from './terms';

export type { EngineValue };

function cellTitle(t: Term, mode: PadMode): string {
  const at = `padded (${t.cell.row}, ${t.cell.col})`;
  if (!t.pad) return `${at} = input (${t.source?.row}, ${t.source?.col})`;
  return t.source ? `${at}: padding, ${mode} copy of input (${t.source.row}, ${t.source.col})` : `${at}: padding, constant`;
}

function TermView({ term, mode }: { term: Term; mode: PadMode }) {
  return (
    <span className={term.pad ? 'term term-pad' : 'term'} title={cellTitle(term, mode)}>
      {term.pad ? (
        <em className="term-x">
          {formatFactor(term.x)}
          <span className="visually-hidden"> (padding)</span>
        </em>
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
  readonly reference: number;
  /** The tfjs value of this cell, or null while it is being computed. */
  readonly engine: EngineValue | null;
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
}

export function DotProductView({ dot, mode, reference, engine, expanded, onToggleExpanded }: Props) {
  const multi = dot.channels.length > 1;
  const all = dot.channels.flatMap((c) => c.terms);
  const padCount = all.filter((t) => t.pad).length;
  return (
    <div className="dot">
      {/* With several channels each channel gets its own line (CSS), so the per-channel sums read as rows. */}
      <p className={multi ? 'dot-expr dot-expr-multi' : 'dot-expr'} data-testid="dot-product">
        <span className="dot-lhs">{outName(dot)}</span> ={' '}
        {dot.channels.map((ch, ci) => (
          <Fragment key={ch.channel}>
            <span className="dot-group">
              {ci > 0 ? ' + ' : null}
              {multi ? <span className="dot-ch">c{ch.channel}:</span> : null}
              {collapseTerms(ch.terms, expanded).map((seg, si) => (
                <Fragment key={si}>
                  {si > 0 ? ' + ' : null}
                  {seg.kind === 'gap' ? (
                    <span className="dot-gap">… ({seg.hidden} more terms) …</span>
                  ) : (
                    seg.items.map((t, ti) => (
                      <Fragment key={seg.start + ti}>
                        {ti > 0 ? ' + ' : null}
                        <TermView term={t} mode={mode} />
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
        {padCount > 0 ? (
          <>
            <em className="term-x">Italic</em> values come from padding: {padCount} of {all.length} terms read the border ({mode}).
          </>
        ) : (
          `No term reads padding: all ${all.length} values come from the input.`
        )}
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
