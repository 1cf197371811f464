/**
 * A grid the quiz is answered on, in its captioned figure: the explorer's CanvasGrid (two canvases,
 * arrow keys move a cursor), plus a pick — a click, or Enter/Space on the
 * cursor cell — reported to `onPick`. Read-only: CanvasGrid gets no editor.
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Cell } from '../../core';
import type { GridPicture } from '../../render/drawGrid';
import type { OverlayPicture } from '../../render/drawOverlay';
import { cellAt, type GridLayout } from '../../render/layout';
import { CanvasGrid } from '../grids/CanvasGrid';

interface Props {
  /** The figure's caption, before the grid's size (`Padded input 7×7`). */
  readonly title: string;
  readonly layout: GridLayout;
  readonly picture: GridPicture;
  /** Marks besides the cursor (picked cells, the window). */
  readonly overlay: OverlayPicture;
  readonly label: string;
  readonly describedBy: string;
  readonly testId: string;
  /** Absent: the grid is only looked at (arrows still move the cursor). */
  readonly onPick?: (cell: Cell) => void;
  /** Tells the page where the cursor is (the line under the grids). */
  readonly onCursor?: (cell: Cell | null) => void;
}

export function PickGrid({ title, layout, picture, overlay, label, describedBy, testId, onPick, onCursor }: Props) {
  const [cursor, setCursor] = useState<Cell | null>(null);
  const move = (c: Cell | null) => {
    setCursor(c);
    onCursor?.(c);
  };
  // CanvasGrid handles the arrows and reports hover; its clicks and keys bubble here.
  const click = (e: MouseEvent<HTMLDivElement>) => {
    const stack = (e.target as Element).closest('.canvas-stack');
    if (!stack || !onPick) return;
    const box = stack.getBoundingClientRect();
    const cell = cellAt(layout, e.clientX - box.left, e.clientY - box.top);
    if (cell) onPick(cell);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.key === 'Enter' || e.key === ' ') && cursor && onPick) {
      e.preventDefault();
      onPick(cursor);
    }
  };
  return (
    <figure className="grid-figure">
      <figcaption>
        {title} <span className="grid-dims">{`${layout.rows}×${layout.cols}`}</span>
      </figcaption>
      {/* The grid inside is the focusable, labelled element; this wrapper only hears its clicks and keys. */}
      <div className={onPick ? 'quiz-pick quiz-pick-active' : 'quiz-pick'} onClick={click} onKeyDown={key}>
        <CanvasGrid
          layout={layout}
          picture={picture}
          overlay={{ ...overlay, focus: cursor }}
          label={label}
          describedBy={describedBy}
          testId={testId}
          cursor={cursor}
          onCursor={move}
        />
      </div>
    </figure>
  );
}
