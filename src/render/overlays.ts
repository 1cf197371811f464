/**
 * The moving layers of the padded and output grids, from the one window map
 * (style.md §5): hovering an output cell shows its window, hovering a padded
 * cell shows the output cells it feeds, and with no hover the step-through's
 * current window and output cell are shown. A pool's window fills only the
 * taps that count (the others stay outlined) and rings max pooling's winner.
 */
import type { Plan } from '../core';
import { axisWindowSpan, cellReaders, windowCells } from '../core';
import { READER_FILL } from './colors';
import type { OverlayPicture } from './drawOverlay';
import type { Cell, CellBox } from './layout';
import { isCounted, windowWinner } from './poolWindows';

/** The cell the pointer or keyboard is on (mirrors the store's `ui.hover`). */
export interface HoverCell {
  readonly grid: 'padded' | 'output';
  readonly row: number;
  readonly col: number;
}

/** The padded cells spanned by output cell (oy, ox)'s window, taps and gaps included. */
export function windowBox(plan: Plan, oy: number, ox: number): CellBox {
  const rows = axisWindowSpan(plan.h, oy);
  const cols = axisWindowSpan(plan.w, ox);
  return { row0: rows.first, col0: cols.first, row1: rows.last, col1: cols.last };
}

/** The output cell whose window is shown: the hovered one, or the step-through's when the padded grid is not hovered. */
function shownOutput(hover: HoverCell | null, step: Cell): Cell | null {
  if (!hover) return step;
  return hover.grid === 'output' ? { row: hover.row, col: hover.col } : null;
}

/** The channel a pool's padded grid shows, and its padded values (`paddedOf`): what the winner is read from. */
export interface PoolChannel {
  readonly padded: readonly number[];
  readonly channel: number;
}

export function paddedOverlay(plan: Plan, hover: HoverCell | null, step: Cell, pool?: PoolChannel): OverlayPicture {
  const out = shownOutput(hover, step);
  if (out) {
    const taps = windowCells(plan, out.row, out.col);
    const box = windowBox(plan, out.row, out.col);
    if (!plan.pool) return { fill: taps, outline: taps, box };
    const counted = taps.filter((c) => isCounted(plan, c.row, c.col));
    const winner = pool ? windowWinner(plan, pool.padded, pool.channel, out.row, out.col) : null;
    return { fill: counted, outline: taps, box, winner };
  }
  return { focus: hover ? { row: hover.row, col: hover.col } : null };
}

export function outputOverlay(plan: Plan, hover: HoverCell | null, step: Cell): OverlayPicture {
  const out = shownOutput(hover, step);
  if (out) return { focus: out };
  if (!hover) return {};
  return { fill: cellReaders(plan, hover.row, hover.col), fillColor: READER_FILL };
}

/** `overlay` moved down `dr` rows and right `dc` columns (the direct picture drawn inside its crop frame). */
export function shiftOverlay(overlay: OverlayPicture, dr: number, dc: number): OverlayPicture {
  if (dr === 0 && dc === 0) return overlay;
  const move = (c: Cell): Cell => ({ row: c.row + dr, col: c.col + dc });
  const box = overlay.box;
  return {
    ...overlay,
    fill: overlay.fill?.map(move),
    outline: overlay.outline?.map(move),
    box: box ? { row0: box.row0 + dr, col0: box.col0 + dc, row1: box.row1 + dr, col1: box.col1 + dc } : box,
    focus: overlay.focus ? move(overlay.focus) : overlay.focus,
    winner: overlay.winner ? move(overlay.winner) : overlay.winner,
  };
}
