/**
 * A small output grid as an HTML table (row and column numbers as headers,
 * so a screen reader can say where a cell is). Cells outside the region both
 * outputs share are dimmed; the first differing cell is outlined. Large grids
 * show their top-left `MAX_SHOWN`×`MAX_SHOWN` and say so.
 */
import { formatNumber } from '../../render/formatNumber';
import { heatLevel, type Cell, type Grid } from './outputDiff';

export const MAX_SHOWN = 16;

interface Props {
  readonly caption: string;
  readonly grid: Grid;
  /** Cells inside this top-left region are compared; the others are dimmed. */
  readonly overlap: { readonly rows: number; readonly cols: number };
  readonly mark: Cell | null;
  /** For the Δ grid: the scale each cell's colour is |value| / scale of (outputDiff.heatLevel). */
  readonly heat?: number;
  readonly testId: string;
}

/** Diverging shades, so the sign reads at a glance: B larger is blue, B smaller is red. */
function heatColour(v: number, level: number): string {
  const alpha = (0.12 + 0.45 * level).toFixed(2);
  return v > 0 ? `rgba(36, 88, 214, ${alpha})` : `rgba(179, 38, 30, ${alpha})`;
}

const range = (n: number) => Array.from({ length: Math.min(n, MAX_SHOWN) }, (_, i) => i);

export function OutputTable({ caption, grid, overlap, mark, heat, testId }: Props) {
  const cut = grid.rows > MAX_SHOWN || grid.cols > MAX_SHOWN;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table" data-testid={testId}>
        <caption>
          {caption} <span className="grid-dims">{`${grid.rows}×${grid.cols}`}</span>
          {cut ? <span className="grid-note">{` (top-left ${Math.min(grid.rows, MAX_SHOWN)}×${Math.min(grid.cols, MAX_SHOWN)} shown)`}</span> : null}
        </caption>
        <thead>
          <tr>
            <td />
            {range(grid.cols).map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range(grid.rows).map((r) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              {range(grid.cols).map((c) => {
                const v = grid.values[r * grid.cols + c] ?? NaN;
                const outside = r >= overlap.rows || c >= overlap.cols;
                const marked = mark !== null && mark.row === r && mark.col === c;
                const level = heat === undefined ? 0 : heatLevel(v, heat);
                const cls = [outside ? 'outside' : '', marked ? 'first' : '', heat !== undefined && v !== 0 ? 'nonzero' : ''].filter(Boolean).join(' ');
                return (
                  <td
                    key={c}
                    className={cls || undefined}
                    style={level > 0 ? { backgroundColor: heatColour(v, level) } : undefined}
                    title={outside ? 'not in the other output' : undefined}
                  >
                    {formatNumber(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
