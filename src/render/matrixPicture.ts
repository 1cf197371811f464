/** A plain matrix (kernel taps or output cells) as a picture: numbers when they fit, else a colour scale. */
import { INPUT_FILL, MUTED_INK, extent, valueScale, type ColorScale } from './colors';
import type { AxisLabel, CellPaint, GridPicture } from './drawGrid';
import { formatNumber } from './formatNumber';
import type { GridLayout } from './layout';

export interface MatrixPictureInput {
  /** `rows × cols` values, row-major. */
  readonly values: ArrayLike<number>;
  readonly rows: number;
  readonly cols: number;
  readonly layout: Pick<GridLayout, 'values'>;
  /** Grey text: a value that is not final yet (the reference shown while tfjs computes). */
  readonly muted?: boolean;
  /** A small second line per cell, row-major (an average's divisor `÷6`), drawn when the cells have room. */
  readonly subs?: readonly string[];
}

export interface MatrixPicture extends GridPicture {
  readonly scale: ColorScale;
  readonly range: readonly [number, number];
}

function indexLabels(n: number): AxisLabel[] {
  return Array.from({ length: n }, (_, i) => ({ text: String(i) }));
}

export function matrixPicture({ values, rows, cols, layout, muted = false, subs }: MatrixPictureInput): MatrixPicture {
  const [min, max] = extent(values);
  const scale = valueScale(min, max);
  const cells: CellPaint[] = [];
  for (let i = 0; i < rows * cols; i++) {
    const v = values[i] ?? NaN;
    // Numbers are drawn only when the cells are big enough (layout.values); else the colour says it.
    const paint: CellPaint = { fill: layout.values ? INPUT_FILL : scale.color(v), text: layout.values ? formatNumber(v) : undefined, ink: muted ? MUTED_INK : undefined };
    cells.push(subs ? { ...paint, sub: subs[i] } : paint);
  }
  return { cells, rowLabels: indexLabels(rows), colLabels: indexLabels(cols), scale, range: [min, max] };
}
