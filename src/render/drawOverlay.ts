/**
 * The moving layer, on its own canvas above the static one: the window of
 * one output cell (its taps and their extent), the cells a hovered cell
 * feeds, max pooling's winner of the window, and the cell in focus.
 * Playback repaints only this layer.
 */
import { FOCUS_LINE, WINDOW_FILL, WINDOW_LINE, WINNER_MARK } from './colors';
import { boxRect, cellRect, type Cell, type CellBox, type GridLayout } from './layout';

/** Plain data for one grid's moving layer. */
export interface OverlayPicture {
  /** Cells filled with a translucent colour (a window's taps, or the output cells a cell feeds). */
  readonly fill?: readonly Cell[];
  /** CSS colour of `fill`; WINDOW_FILL by default. */
  readonly fillColor?: string;
  /** Cells outlined one by one (a window's taps, which dilation spreads apart). */
  readonly outline?: readonly Cell[];
  /** A dashed rectangle around a block (the window's whole extent). */
  readonly box?: CellBox | null;
  /** The one emphasised cell: the hovered or current cell. */
  readonly focus?: Cell | null;
  /** Max pooling: the window's winning cell, ringed twice (a shape the focus ring does not have). */
  readonly winner?: Cell | null;
}

/** Clears the layer and draws `overlay`, on a context already scaled to CSS px (prepareCanvas). */
export function drawOverlay(ctx: CanvasRenderingContext2D, layout: GridLayout, overlay: OverlayPicture): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  const { cell } = layout;
  const thick = cell >= 14;

  if (overlay.fill?.length) {
    ctx.fillStyle = overlay.fillColor ?? WINDOW_FILL;
    for (const c of overlay.fill) {
      const r = cellRect(layout, c.row, c.col);
      ctx.fillRect(r.x, r.y, r.width, r.height);
    }
  }

  if (overlay.outline?.length) {
    ctx.strokeStyle = WINDOW_LINE;
    ctx.lineWidth = thick ? 1.5 : 1;
    ctx.beginPath();
    for (const c of overlay.outline) {
      const r = cellRect(layout, c.row, c.col);
      ctx.rect(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
    }
    ctx.stroke();
  }

  if (overlay.box) {
    const b = boxRect(layout, overlay.box);
    ctx.strokeStyle = WINDOW_LINE;
    ctx.lineWidth = thick ? 2.5 : 2;
    ctx.setLineDash(thick ? [6, 3] : [4, 2]);
    ctx.strokeRect(b.x - 1, b.y - 1, b.width + 2, b.height + 2);
    ctx.setLineDash([]);
  }

  if (overlay.winner) {
    const r = cellRect(layout, overlay.winner.row, overlay.winner.col);
    ctx.strokeStyle = WINNER_MARK;
    ctx.lineWidth = thick ? 2.5 : 1.5;
    const inset = thick ? 3 : 1.5;
    ctx.strokeRect(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset);
    if (thick) ctx.strokeRect(r.x + inset + 4, r.y + inset + 4, r.width - 2 * inset - 8, r.height - 2 * inset - 8);
  }

  if (overlay.focus) {
    const r = cellRect(layout, overlay.focus.row, overlay.focus.col);
    ctx.strokeStyle = FOCUS_LINE;
    ctx.lineWidth = thick ? 3 : 2;
    ctx.strokeRect(r.x - 0.5, r.y - 0.5, r.width + 1, r.height + 1);
  }
}
