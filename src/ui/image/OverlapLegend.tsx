/** The overlap map's legend: each count's colour and how many output pixels have it. */
import { useMemo } from 'react';

interface Props {
  /** Row-major taps per output pixel. */
  readonly counts: ArrayLike<number>;
  /** The distinct counts, ascending. */
  readonly distinct: readonly number[];
  readonly colour: (count: number) => readonly [number, number, number];
}

export function OverlapLegend({ counts, distinct, colour }: Props) {
  const tally = useMemo(() => {
    const t = new Map<number, number>();
    for (let i = 0; i < counts.length; i++) t.set(counts[i] ?? 0, (t.get(counts[i] ?? 0) ?? 0) + 1);
    return t;
  }, [counts]);
  return (
    <ul className="cb-legend" aria-label="Overlap counts">
      {distinct.map((c) => {
        const [r, g, b] = colour(c);
        const n = tally.get(c) ?? 0;
        const pct = (100 * n) / counts.length;
        return (
          <li key={c}>
            <span className="cb-swatch" aria-hidden="true" style={{ background: `rgb(${r} ${g} ${b})` }} />
            {`${c} tap${c === 1 ? '' : 's'}: ${n.toLocaleString('en')} px (${pct < 1 ? pct.toPrecision(2) : pct.toFixed(1)}%)`}
          </li>
        );
      })}
    </ul>
  );
}
