/**
 * One grid on two stacked canvases (style.md §2): the static layer redraws
 * only when its picture or size changes; the overlay layer repaints only
 * the moving window. Pointer and arrow keys move a
 * cursor cell; Enter or a click on an editable cell opens a number input.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { prepareCanvas } from '../../render/canvas';
import { drawGrid, type GridPicture } from '../../render/drawGrid';
import { drawOverlay, type OverlayPicture } from '../../render/drawOverlay';
import { cellAt, cellRect, moveCell, type Cell, type GridLayout } from '../../render/layout';
import { sameLayout, sameOverlay, samePicture } from '../../render/unchangedPicture';
import { CellEditor } from './CellEditor';
import { useDevicePixelRatio } from './useDevicePixelRatio';

/** How cells of this grid are edited (absent: read-only). */
export interface EditSpec {
  readonly canEdit: (cell: Cell) => boolean;
  readonly valueOf: (cell: Cell) => number;
  readonly commit: (cell: Cell, value: number) => void;
  /** Accessible name of the editor, e.g. "Input value at row 1, col 2". */
  readonly nameOf: (cell: Cell) => string;
}

interface Props {
  readonly layout: GridLayout;
  readonly picture: GridPicture;
  readonly overlay: OverlayPicture;
  /** aria-label: a summary of what the grid shows and how to use it. */
  readonly label: string;
  /** Id of the aria-live line that describes the cursor cell. */
  readonly describedBy?: string;
  readonly testId?: string;
  readonly cursor: Cell | null;
  readonly onCursor: (cell: Cell | null) => void;
  readonly edit?: EditSpec;
}

const MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function same(a: Cell | null, b: Cell | null): boolean {
  return a === b || (a !== null && b !== null && a.row === b.row && a.col === b.col);
}

export function CanvasGrid({ layout, picture, overlay, label, describedBy, testId, cursor, onCursor, edit }: Props) {
  const staticRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const stackRef = useRef<HTMLDivElement>(null);
  const pointerCell = useRef<Cell | null>(null);
  const dpr = useDevicePixelRatio();
  const [editing, setEditing] = useState<Cell | null>(null);

  // What each layer shows now: a new configuration often leaves a layer's pixels as they were.
  const drawnStatic = useRef<{ layout: GridLayout; picture: GridPicture; dpr: number } | null>(null);
  const drawnOverlay = useRef<{ layout: GridLayout; overlay: OverlayPicture; dpr: number } | null>(null);

  useEffect(() => {
    const canvas = staticRef.current;
    const last = drawnStatic.current;
    if (last && last.dpr === dpr && sameLayout(last.layout, layout) && samePicture(last.picture, picture)) return;
    const ctx = canvas && prepareCanvas(canvas, layout, dpr);
    if (ctx) drawGrid(ctx, layout, picture);
    drawnStatic.current = ctx ? { layout, picture, dpr } : null;
  }, [layout, picture, dpr]);

  // Drawn in the same commit as the static layer, so a new configuration paints both in one frame.
  // Commits from hover and playback come at most once per frame already (Chromium aligns
  // pointermove to animation frames; playback steps from requestAnimationFrame).
  useEffect(() => {
    const canvas = overlayRef.current;
    const last = drawnOverlay.current;
    if (last && last.dpr === dpr && sameLayout(last.layout, layout) && sameOverlay(last.overlay, overlay)) return;
    const ctx = canvas && prepareCanvas(canvas, layout, dpr);
    if (ctx) drawOverlay(ctx, layout, overlay);
    drawnOverlay.current = ctx ? { layout, overlay, dpr } : null;
  }, [layout, overlay, dpr]);

  const at = (e: MouseEvent<HTMLDivElement>): Cell | null => {
    const box = e.currentTarget.getBoundingClientRect();
    return cellAt(layout, e.clientX - box.left, e.clientY - box.top);
  };

  const open = (cell: Cell) => {
    if (edit?.canEdit(cell)) setEditing(cell);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      onCursor(cursor ? moveCell(layout, cursor, move[0], move[1]) : { row: 0, col: 0 });
    } else if (e.key === 'Escape') {
      onCursor(null);
    } else if ((e.key === 'Enter' || e.key === 'F2') && cursor && edit?.canEdit(cursor)) {
      e.preventDefault();
      open(cursor);
    }
  };

  const editingCell = editing && editing.row < layout.rows && editing.col < layout.cols ? editing : null;
  const close = (refocus: boolean) => {
    setEditing(null);
    if (refocus) stackRef.current?.focus();
  };

  return (
    // data-own-keys: the step-through's document-wide keys leave this grid's arrows alone (step/keys.ts).
    <div className="canvas-grid" data-own-keys="" style={{ width: layout.width, height: layout.height }}>
      <div
        ref={stackRef}
        className="canvas-stack"
        role="img"
        tabIndex={0}
        aria-label={label}
        aria-describedby={describedBy}
        data-testid={testId}
        style={{ width: layout.width, height: layout.height, cursor: edit ? 'pointer' : 'crosshair' }}
        onPointerMove={(e) => {
          const cell = at(e);
          if (same(cell, pointerCell.current)) return;
          pointerCell.current = cell;
          onCursor(cell);
        }}
        onPointerLeave={() => {
          if (!pointerCell.current) return;
          pointerCell.current = null;
          if (!editingCell) onCursor(null);
        }}
        onClick={(e) => {
          const cell = at(e);
          if (!cell) return;
          onCursor(cell);
          open(cell);
        }}
        onKeyDown={onKeyDown}
      >
        <canvas ref={staticRef} aria-hidden="true" className="layer-static" />
        <canvas ref={overlayRef} aria-hidden="true" className="layer-overlay" />
      </div>
      {editingCell && edit ? (
        <CellEditor
          key={`${editingCell.row},${editingCell.col}`}
          rect={cellRect(layout, editingCell.row, editingCell.col)}
          initial={String(edit.valueOf(editingCell))}
          label={edit.nameOf(editingCell)}
          onCommit={(v) => {
            edit.commit(editingCell, v);
            close(true);
          }}
          onCancel={close}
        />
      ) : null}
    </div>
  );
}
