/**
 * Loops over the cells of a static picture that pass a test, shared by the
 * convolution marks (drawGrid) and the pooling marks (drawPoolMarks), so
 * each mark is one path and one stroke, not one per cell.
 */
import type { CellPaint, GridPicture } from './drawGrid';
import { cellRect, type GridLayout } from './layout';

/** Calls `f` with the top-left corner (CSS px) of every cell whose paint passes `test`, row-major. */
export function forCells(layout: GridLayout, picture: GridPicture, test: (p: CellPaint) => boolean, f: (x: number, y: number) => void): void {
  for (let r = 0; r < layout.rows; r++) {
    for (let c = 0; c < layout.cols; c++) {
      const p = picture.cells[r * layout.cols + c];
      if (!p || !test(p)) continue;
      const { x, y } = cellRect(layout, r, c);
      f(x, y);
    }
  }
}

/** Strokes an inset border (CSS px) around every cell that passes `test`, dashed as `dash`. */
export function strokeCells(
  ctx: CanvasRenderingContext2D,
  layout: GridLayout,
  picture: GridPicture,
  test: (p: CellPaint) => boolean,
  color: string,
  dash: number[],
  inset: number,
): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.setLineDash(dash);
  ctx.beginPath();
  forCells(layout, picture, test, (x, y) => ctx.rect(x + inset, y + inset, layout.cell - 2 * inset, layout.cell - 2 * inset));
  ctx.stroke();
  ctx.setLineDash([]);
}
