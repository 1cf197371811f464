/**
 * The pooling marks of the static layer (design.md, `maxpool`, `avgpool`):
 * cells that do not count get the second diagonal of the hatch (cross-hatched,
 * so "does not count" differs from "counts as 0" by pattern, not colour), the
 * ceil overhang a dotted border and the padding's edge before it, and max
 * pooling's winners a corner flag. drawGrid calls these only for a picture
 * marked `pool`.
 */
import { forCells, strokeCells } from './cellLoop';
import { CROSS_HATCH, HATCH_ON_DARK, OVERHANG_LINE, WINNER_MARK } from './colors';
import type { GridPicture } from './drawGrid';
import { boxRect, type GridLayout } from './layout';

/** Under the text: the cross-hatch of uncounted cells and the overhang's dotted border. */
export function drawPoolPatterns(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const { cell } = layout;
  // The 135° lines, at the same spacing as drawGrid's 45° hatch, so together they read as a cross.
  const step = Math.max(cell / Math.max(1, Math.round(cell / 7)), 1);
  ctx.lineWidth = cell >= 10 ? 1 : 0.8;
  for (const dark of [false, true]) {
    ctx.strokeStyle = dark ? HATCH_ON_DARK : CROSS_HATCH;
    ctx.beginPath();
    forCells(layout, picture, (p) => p.uncounted === true && (p.dark === true) === dark, (x, y) => {
      for (let t = step; t < 2 * cell; t += step) {
        ctx.moveTo(x + Math.max(0, t - cell), y + cell - Math.min(t, cell));
        ctx.lineTo(x + Math.min(t, cell), y + cell - Math.max(0, t - cell));
      }
    });
    ctx.stroke();
  }
  if (cell >= 14) strokeCells(ctx, layout, picture, (p) => p.overhang === true, OVERHANG_LINE, [1.5, 2], 2.5);
}

/** Over the text: the padding's edge where an overhang begins, and the winners' corner flags. */
export function drawPoolOutlines(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const { cell } = layout;
  if (picture.edge) {
    const b = boxRect(layout, picture.edge);
    ctx.strokeStyle = OVERHANG_LINE;
    ctx.lineWidth = cell >= 10 ? 2 : 1.5;
    ctx.setLineDash([5, 3]);
    ctx.strokeRect(b.x, b.y, b.width, b.height);
    ctx.setLineDash([]);
  }
  // A right triangle in the top-right corner: a shape, so it reads without colour.
  const flag = Math.max(4, Math.round(cell * 0.3));
  ctx.fillStyle = WINNER_MARK;
  ctx.beginPath();
  forCells(layout, picture, (p) => p.winner === true, (x, y) => {
    ctx.moveTo(x + cell - flag, y);
    ctx.lineTo(x + cell, y);
    ctx.lineTo(x + cell, y + flag);
    ctx.closePath();
  });
  ctx.fill();
}
