/**
 * The cell-by-cell difference of A's and B's outputs for one filter, from the
 * exact float64 reference of each (core's referenceOf): shapes, the first differing
 * cell, max |Δ|, a detected shift, and the three grids.
 */
import { useMemo } from 'react';
import { referenceOf, type Plan } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import { diffGrids, filterGrid, type GridDiff } from './outputDiff';
import { OutputTable } from './OutputTable';

const shape = (p: Plan) => `${p.h.out}×${p.w.out}`;
const cells = (n: number, one: string, many: string) => `${Math.abs(n)} ${Math.abs(n) === 1 ? one : many}`;

/** "1 row down and 1 column right" for B[r+dy, c+dx] = A[r, c]. */
export function describeShift({ dy, dx }: { dy: number; dx: number }): string {
  const parts = [
    dy !== 0 ? `${cells(dy, 'row', 'rows')} ${dy > 0 ? 'down' : 'up'}` : '',
    dx !== 0 ? `${cells(dx, 'column', 'columns')} ${dx > 0 ? 'right' : 'left'}` : '',
  ];
  return parts.filter(Boolean).join(' and ');
}

function Summary({ a, b, d }: { a: Plan; b: Plan; d: GridDiff }) {
  const overlap = `${d.overlap.rows}×${d.overlap.cols}`;
  const sign = (n: number) => (n > 0 ? `+${n}` : `${n}`);
  return (
    <div className="compare-summary" data-testid="compare-summary">
      {d.sameShape ? (
        <p>
          Both outputs are <strong>{shape(a)}</strong>.
        </p>
      ) : (
        <p className="compare-shapes-differ" data-testid="compare-shapes-differ">
          <strong>{`Shapes differ: ${shape(a)} vs ${shape(b)}`}</strong>
          {` — compare the overlapping top-left ${overlap}.`}
        </p>
      )}
      {d.first ? (
        <p data-testid="compare-first-diff" data-row={d.first.row} data-col={d.first.col}>
          {`First difference (row-major) at row ${d.first.row}, column ${d.first.col}: `}
          <strong>{`A = ${formatNumber(d.first.a)}, B = ${formatNumber(d.first.b)}`}</strong>
          {` (Δ = B − A = ${formatNumber(d.first.b - d.first.a)}).`}
        </p>
      ) : (
        <p data-testid="compare-first-diff" className="compare-identical">
          <strong>{d.sameShape ? 'Identical' : `Identical on the overlapping ${overlap}`}</strong>
          {d.sameShape ? ': every output cell is equal.' : ': every shared cell is equal.'}
        </p>
      )}
      <p data-testid="compare-max-diff">{`max |Δ| = ${formatNumber(d.maxAbs)}`}</p>
      {d.shift ? (
        <p className="compare-shift" data-testid="compare-shift">
          {`B is A shifted ${describeShift(d.shift)}: B[r${sign(d.shift.dy)}, c${sign(d.shift.dx)}] = A[r, c] wherever both exist. `}
          {`The windows start at other cells — compare the pads: A ${a.pads.join(',')} vs B ${b.pads.join(',')} (T,B,L,R).`}
        </p>
      ) : null}
    </div>
  );
}

/** `noun`: what one output grid is ("filter", "channel"; compareWords.sharedGridNoun). */
export function CompareDiffPanel({ a, b, filter, noun }: { a: Plan; b: Plan; filter: number; noun: string }) {
  const ga = useMemo(() => filterGrid(referenceOf(a), a.h.out, a.w.out, Math.min(filter, a.filters - 1)), [a, filter]);
  const gb = useMemo(() => filterGrid(referenceOf(b), b.h.out, b.w.out, Math.min(filter, b.filters - 1)), [b, filter]);
  const d = useMemo(() => diffGrids(ga, gb), [ga, gb]);
  const json = {
    a: { shape: [a.h.out, a.w.out], pads: a.pads },
    b: { shape: [b.h.out, b.w.out], pads: b.pads },
    filter,
    first: d.first,
    maxAbsDiff: d.maxAbs,
    identical: d.first === null && d.sameShape,
    shift: d.shift,
  };
  return (
    <section className="panel compare-diff" aria-labelledby="compare-diff-title">
      <h2 id="compare-diff-title">{`Difference of the outputs (exact reference, ${noun} ${filter})`}</h2>
      <Summary a={a} b={b} d={d} />
      <div className="compare-tables">
        <OutputTable caption="A (reference)" grid={ga} overlap={d.overlap} mark={d.first} testId="compare-table-a" />
        <OutputTable caption="B (reference)" grid={gb} overlap={d.overlap} mark={d.first} testId="compare-table-b" />
        <OutputTable
          caption="Δ = B − A"
          grid={{ rows: d.overlap.rows, cols: d.overlap.cols, values: d.delta }}
          overlap={d.overlap}
          mark={d.first}
          heat={d.scale}
          testId="compare-table-delta"
        />
      </div>
      <p className="compare-legend">
        <span className="swatch compare-swatch-first" aria-hidden="true" /> first differing cell ·{' '}
        <span className="swatch compare-swatch-outside" aria-hidden="true" /> outside the shared region · Δ shaded by size: blue where B is larger, red where B is smaller.
        Values are the exact float64 reference; the explorer also runs A on TensorFlow.js.
      </p>
      <details className="data-panel">
        <summary>Data (JSON)</summary>
        <pre data-testid="compare-json">{JSON.stringify(json)}</pre>
      </details>
    </section>
  );
}
