/**
 * The step-through as plain data, one frame per output cell: the padded
 * grid (a transposed convolution's direct picture) and the output grid as
 * the page draws them (directPicture, matrixPicture), and per frame the
 * moving layers the page shows at that step (paddedOverlay, outputOverlay),
 * with the cells still to come veiled on the output. Both the raster
 * encoders (drawFrame) and the SVG writer read this; nothing here draws.
 */
import { OPERATION_LABEL, paddedOf, referenceOf, type Plan } from '../../core';
import type { GridPicture } from '../gridPicture';
import { cropFrame, directPicture } from '../directPicture';
import type { OverlayPicture } from '../drawOverlay';
import { formatNumber } from '../formatNumber';
import { gridLayout, type Cell, type CellBox, type GridLayout } from '../layout';
import { matrixPicture } from '../matrixPicture';
import { outputOverlay, paddedOverlay, shiftOverlay } from '../overlays';
import { frameDelayMs, MAX_EXPORT_FRAMES, type ExportOptions } from './exportOptions';

/** Output cells not reached yet: veiled, so the animation fills the output as it goes (the classic figure). */
export const PENDING_FILL = 'rgba(255, 255, 255, 0.85)';
/** Outer margin, title line, a grid's caption, the gap between grids and the bottom caption, px. */
export const SCENE = { margin: 10, title: 22, gridTitle: 18, gap: 28, caption: 24, minWidth: 300 } as const;

/** One grid placed in the frame. */
export interface SceneGrid {
  /** Top-left of the grid's layout (its label strips included), px from the frame's top-left. */
  readonly x: number;
  readonly y: number;
  readonly layout: GridLayout;
  readonly picture: GridPicture;
  /** Caption drawn above the grid, e.g. "padded input 7×7". */
  readonly title: string;
}

export interface SceneFrame {
  /** Output cell, row-major index. */
  readonly index: number;
  readonly cell: Cell;
  readonly padded: OverlayPicture;
  readonly output: OverlayPicture;
  /** Output cells after this one, as at most two blocks (the rest of the row, the rows below): veiled with PENDING_FILL. */
  readonly pending: readonly CellBox[];
  /** The line under the grids, e.g. "out[0, 1] = 12". */
  readonly caption: string;
}

export interface ExportScene {
  /** Frame size, px. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly padded: SceneGrid;
  readonly output: SceneGrid;
  readonly frames: readonly SceneFrame[];
  /** Output cells in all (frames may stop at MAX_EXPORT_FRAMES). */
  readonly total: number;
  /** Time each frame shows, ms (whole centiseconds). */
  readonly delayMs: number;
}

/** The picture without its numbers and second lines (draw "just the window"). */
function withoutText(picture: GridPicture): GridPicture {
  return { ...picture, cells: picture.cells.map((p) => ({ ...p, text: undefined, sub: undefined })) };
}

function fixedLayout(rows: number, cols: number, cell: number): GridLayout {
  return gridLayout({ rows, cols, availableWidth: 0, minCell: cell, maxCell: cell, labels: true });
}

/** The output cells after `cell` in row-major order, as blocks: the rest of its row, then the rows below. */
export function pendingBoxes(cell: Cell, rows: number, cols: number): CellBox[] {
  const boxes: CellBox[] = [];
  if (cell.col + 1 < cols) boxes.push({ row0: cell.row, col0: cell.col + 1, row1: cell.row, col1: cols - 1 });
  if (cell.row + 1 < rows) boxes.push({ row0: cell.row + 1, col0: 0, row1: rows - 1, col1: cols - 1 });
  return boxes;
}

/** The frames .. first+count-1` (output cells, row-major), at most MAX_EXPORT_FRAMES. */
export function frameCount(plan: Plan): { total: number; frames: number } {
  const total = plan.h.out * plan.w.out;
  return { total, frames: Math.min(total, MAX_EXPORT_FRAMES) };
}

/** Builds the scene of `plan`'s step-through for `opts` (cell size, what is drawn, channel, filter). */
export function exportScene(plan: Plan, opts: Pick<ExportOptions, 'cell' | 'fps' | 'draw' | 'channel' | 'filter'>): ExportScene {
  const { h, w } = plan;
  const channel = Math.min(Math.max(0, opts.channel), plan.channels - 1);
  const filter = plan.pool ? channel : Math.min(Math.max(0, opts.filter), plan.filters - 1);
  const frame = cropFrame(plan);
  const paddedLayout = fixedLayout(h.padded + frame.top + frame.bottom, w.padded + frame.left + frame.right, opts.cell);
  // A pool's padding copies no cell: its grid has no sources overlay (as on the page).
  const overlay = opts.draw === 'sources' && !plan.pool ? 'sources' : 'values';
  const padded = paddedOf(plan);
  const direct = directPicture({ plan, padded, channel, overlay, layout: paddedLayout });

  const size = h.out * w.out;
  const values = referenceOf(plan).slice(filter * size, (filter + 1) * size);
  const outputLayout = fixedLayout(h.out, w.out, opts.cell);
  const matrix = matrixPicture({ values, rows: h.out, cols: w.out, layout: outputLayout });
  const bare = opts.draw === 'window';

  const top = SCENE.margin + SCENE.title + SCENE.gridTitle;
  const paddedGrid: SceneGrid = {
    x: SCENE.margin,
    y: top,
    layout: paddedLayout,
    picture: bare ? withoutText(direct) : direct,
    title: `${plan.transposed ? 'direct picture' : 'padded input'} ${h.padded}×${w.padded}${plan.channels > 1 ? `, channel ${channel}` : ''}`,
  };
  const outputGrid: SceneGrid = {
    x: SCENE.margin + paddedLayout.width + SCENE.gap,
    y: top,
    layout: outputLayout,
    picture: bare ? withoutText(matrix) : matrix,
    title: `output ${h.out}×${w.out}${plan.filters > 1 ? `, ${plan.pool ? 'channel' : 'filter'} ${filter}` : ''}`,
  };

  const { total, frames: n } = frameCount(plan);
  const poolChannel = { padded, channel };
  const frames: SceneFrame[] = [];
  for (let index = 0; index < n; index++) {
    const cell = { row: Math.floor(index / w.out), col: index % w.out };
    frames.push({
      index,
      cell,
      padded: shiftOverlay(paddedOverlay(plan, null, cell, poolChannel), frame.top, frame.left),
      output: outputOverlay(plan, null, cell),
      pending: pendingBoxes(cell, h.out, w.out),
      caption: `out[${cell.row}, ${cell.col}] = ${formatNumber(values[index] ?? NaN)}${total > n ? `   (cell ${index + 1} of the first ${n} of ${total})` : ''}`,
    });
  }

  const c = plan.config;
  const title = `${OPERATION_LABEL[plan.op]} · in ${c.input.h}×${c.input.w} · k ${c.kernel.h}×${c.kernel.w} · s ${c.stride.h}×${c.stride.w}`;
  const width = Math.max(SCENE.minWidth, outputGrid.x + outputLayout.width + SCENE.margin);
  const height = top + Math.max(paddedLayout.height, outputLayout.height) + SCENE.caption + SCENE.margin;
  return { width, height, title, padded: paddedGrid, output: outputGrid, frames, total, delayMs: frameDelayMs(opts.fps) };
}
