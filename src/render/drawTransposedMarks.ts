/**
 * The transposed-convolution marks of the static layer (design.md, `convt`):
 * zeros inserted between input cells get a dotted border (their fill is
 * their own), cells a crop cuts away a red hatch, and the edge of what is
 * kept a thick red dashed cut line on each cropped side. drawGrid calls
 * these only for a picture that carries `transposed`.
 */
import { forCells, strokeCells } from './cellLoop';
import { CROP_LINE, CROPPED_HATCH, INSERTED_LINE } from './colors';
import type { CropSides, GridPicture } from './drawGrid';
import { boxRect, type CellBox, type GridLayout } from './layout';

/** Under the text: the inserted zeros' dotted border and the cropped cells' hatch. */
export function drawTransposedPatterns(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const { cell } = layout;
  if (cell >= 10) strokeCells(ctx, layout, picture, (p) => p.inserted === true, INSERTED_LINE, [1.5, 2], cell >= 20 ? 2.5 : 1.5);
  // 135° lines, denser than the border's hatch, so "cut away" reads apart from "border zero".
  const step = Math.max(cell / Math.max(1, Math.round(cell / 5)), 1);
  ctx.strokeStyle = CROPPED_HATCH;
  ctx.lineWidth = cell >= 10 ? 1 : 0.8;
  ctx.beginPath();
  forCells(layout, picture, (p) => p.cropped === true, (x, y) => {
    for (let t = step; t < 2 * cell; t += step) {
      ctx.moveTo(x + Math.max(0, t - cell), y + cell - Math.min(t, cell));
      ctx.lineTo(x + Math.min(t, cell), y + cell - Math.max(0, t - cell));
    }
  });
  ctx.stroke();
}

/**
 * Over the text: a thick red dashed line along each cut side of the kept
 * block, set a few px out into the cut cells so a window's dashed box on the
 * moving layer (drawn just outside its cells) does not hide it.
 */
export function drawCropLines(ctx: CanvasRenderingContext2D, layout: GridLayout, kept: CellBox, cut: CropSides): void {
  const r = boxRect(layout, kept);
  const out = layout.cell >= 14 ? 4 : 2;
  const b = {
    x: r.x - (cut.left ? out : 0),
    y: r.y - (cut.top ? out : 0),
    width: r.width + (cut.left ? out : 0) + (cut.right ? out : 0),
    height: r.height + (cut.top ? out : 0) + (cut.bottom ? out : 0),
  };
  ctx.strokeStyle = CROP_LINE;
  ctx.lineWidth = layout.cell >= 10 ? 3 : 2;
  ctx.setLineDash([6, 3]);
  ctx.beginPath();
  if (cut.top) {
    ctx.moveTo(b.x, b.y);
    ctx.lineTo(b.x + b.width, b.y);
  }
  if (cut.bottom) {
    ctx.moveTo(b.x, b.y + b.height);
    ctx.lineTo(b.x + b.width, b.y + b.height);
  }
  if (cut.left) {
    ctx.moveTo(b.x, b.y);
    ctx.lineTo(b.x, b.y + b.height);
  }
  if (cut.right) {
    ctx.moveTo(b.x + b.width, b.y);
    ctx.lineTo(b.x + b.width, b.y + b.height);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}
