/**
 * Whether a layer would draw the same pixels as last time: a new Plan makes
 * new picture objects even when the kernel, the window or the padded cells
 * did not change (a mode change leaves the kernel grid and both moving layers
 * as they were). Skipping those redraws spares the canvas uploads of a frame.
 */
import type { CellPaint, CropSides, GridPicture } from './drawGrid';
import type { OverlayPicture } from './drawOverlay';
import type { Cell, CellBox, GridLayout } from './layout';

function sameCell(a: Cell, b: Cell): boolean {
  return a.row === b.row && a.col === b.col;
}

function sameBox(a: CellBox | null | undefined, b: CellBox | null | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.row0 === b.row0 && a.col0 === b.col0 && a.row1 === b.row1 && a.col1 === b.col1;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}

function samePaint(a: CellPaint, b: CellPaint): boolean {
  return (
    a.fill === b.fill &&
    a.text === b.text &&
    a.sub === b.sub &&
    a.ink === b.ink &&
    a.pad === b.pad &&
    a.unread === b.unread &&
    a.dark === b.dark &&
    a.uncounted === b.uncounted &&
    a.overhang === b.overhang &&
    a.winner === b.winner &&
    a.inserted === b.inserted &&
    a.cropped === b.cropped
  );
}

function sameSides(a: CropSides | undefined, b: CropSides | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

export function sameLayout(a: GridLayout, b: GridLayout): boolean {
  return (Object.keys(a) as (keyof GridLayout)[]).every((k) => a[k] === b[k]);
}

export function samePicture(a: GridPicture, b: GridPicture): boolean {
  return (
    a === b ||
    (sameBox(a.region, b.region) &&
      a.pool === b.pool &&
      sameBox(a.edge, b.edge) &&
      sameBox(a.transposed?.kept, b.transposed?.kept) &&
      sameSides(a.transposed?.cut, b.transposed?.cut) &&
      sameList(a.rowLabels, b.rowLabels, (x, y) => x.text === y.text && x.muted === y.muted) &&
      sameList(a.colLabels, b.colLabels, (x, y) => x.text === y.text && x.muted === y.muted) &&
      sameList(a.cells, b.cells, samePaint))
  );
}

export function sameOverlay(a: OverlayPicture, b: OverlayPicture): boolean {
  return (
    a === b ||
    (a.fillColor === b.fillColor &&
      sameBox(a.box, b.box) &&
      (a.focus && b.focus ? sameCell(a.focus, b.focus) : !a.focus === !b.focus) &&
      (a.winner && b.winner ? sameCell(a.winner, b.winner) : !a.winner === !b.winner) &&
      sameList(a.fill, b.fill, sameCell) &&
      sameList(a.outline, b.outline, sameCell))
  );
}
