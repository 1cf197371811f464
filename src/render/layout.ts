/**
 * Grid layout: how big a cell is for the width available, where each cell
 * sits, and which pixel belongs to which cell. All lengths are CSS pixels
 * (the canvas backing store is scaled by devicePixelRatio in canvas.ts);
 * cells are addressed (row, col), 0-based from the top-left.
 */
import type { Cell } from '../core';

export type { Cell };

/** An inclusive block of cells, e.g. the input region or a window's extent. */
export interface CellBox {
  readonly row0: number;
  readonly col0: number;
  readonly row1: number;
  readonly col1: number;
}

/** A rectangle in CSS px, relative to the canvas' top-left corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Largest and smallest cell edge (CSS px): 44 px keeps a 5×5 grid readable, 6 px keeps a 288-wide grid visible. */
export const MAX_CELL = 44;
export const MIN_CELL = 6;
/** Room around the cells for the thick input outline and the focus ring (CSS px). */
export const MARGIN = 3;
/** Width of the row-label strip and height of the column-label strip (CSS px). */
export const LABEL_STRIP = 20;
/** Smallest cells that get index labels, printed values and small source text (CSS px). */
export const LABEL_MIN_CELL = 16;
export const VALUE_MIN_CELL = 20;
export const SUB_MIN_CELL = 32;

export interface LayoutRequest {
  readonly rows: number;
  readonly cols: number;
  /** Width the grid may take, CSS px; a grid at MIN_CELL may exceed it (the page scrolls). */
  readonly availableWidth: number;
  readonly maxCell?: number;
  readonly minCell?: number;
  /** Reserve strips for row/column labels when the cells are big enough for them. */
  readonly labels?: boolean;
}

export interface GridLayout {
  readonly rows: number;
  readonly cols: number;
  /** Cell edge, CSS px (square cells). */
  readonly cell: number;
  /** Top-left corner of cell (0, 0), CSS px. */
  readonly originX: number;
  readonly originY: number;
  /** Whole canvas, CSS px. */
  readonly width: number;
  readonly height: number;
  /** Whether the label strips exist, values are printed (else a colour scale) and small second lines fit. */
  readonly labels: boolean;
  readonly values: boolean;
  readonly subText: boolean;
  /** Font size of a cell's value, CSS px. */
  readonly fontPx: number;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/** Lays out a `rows × cols` grid in `availableWidth` CSS px: the largest cell in [minCell, maxCell] that fits. */
export function gridLayout(req: LayoutRequest): GridLayout {
  const rows = Math.max(1, Math.floor(req.rows));
  const cols = Math.max(1, Math.floor(req.cols));
  const maxCell = req.maxCell ?? MAX_CELL;
  const minCell = Math.min(req.minCell ?? MIN_CELL, maxCell);
  const avail = Number.isFinite(req.availableWidth) ? Math.max(0, req.availableWidth) : 0;
  const fit = (reserve: number) => clamp(Math.floor((avail - 2 * MARGIN - reserve) / cols), minCell, maxCell);
  const labels = req.labels === true && fit(LABEL_STRIP) >= LABEL_MIN_CELL;
  const strip = labels ? LABEL_STRIP : 0;
  const cell = fit(strip);
  return {
    rows,
    cols,
    cell,
    originX: MARGIN + strip,
    originY: MARGIN + strip,
    width: 2 * MARGIN + strip + cols * cell,
    height: 2 * MARGIN + strip + rows * cell,
    labels,
    values: cell >= VALUE_MIN_CELL,
    subText: cell >= SUB_MIN_CELL,
    fontPx: clamp(Math.round(cell * 0.32), 9, 14),
  };
}

/** The cell under point (x, y) (CSS px from the canvas' top-left), or null outside the cells. */
export function cellAt(layout: GridLayout, x: number, y: number): Cell | null {
  const col = Math.floor((x - layout.originX) / layout.cell);
  const row = Math.floor((y - layout.originY) / layout.cell);
  if (!Number.isFinite(row) || !Number.isFinite(col)) return null;
  if (row < 0 || col < 0 || row >= layout.rows || col >= layout.cols) return null;
  return { row, col };
}

/** Where cell (row, col) is drawn, CSS px. */
export function cellRect(layout: GridLayout, row: number, col: number): Rect {
  return { x: layout.originX + col * layout.cell, y: layout.originY + row * layout.cell, width: layout.cell, height: layout.cell };
}

/** Where an inclusive block of cells is drawn, CSS px. */
export function boxRect(layout: GridLayout, box: CellBox): Rect {
  const a = cellRect(layout, box.row0, box.col0);
  return { x: a.x, y: a.y, width: (box.col1 - box.col0 + 1) * layout.cell, height: (box.row1 - box.row0 + 1) * layout.cell };
}

/** Moves a cell by (dRow, dCol), staying inside the grid (keyboard cursor). */
export function moveCell(layout: Pick<GridLayout, 'rows' | 'cols'>, cell: Cell, dRow: number, dCol: number): Cell {
  return { row: clamp(cell.row + dRow, 0, layout.rows - 1), col: clamp(cell.col + dCol, 0, layout.cols - 1) };
}
