/**
 * The last layer's output as a grid to pick a cell on: click, arrow keys
 * (Home/End to the row's ends, PageUp/PageDown to the column's), or the row
 * and column fields, which big maps drawn at a pixel per cell need. The
 * selection is the URL's `step`, so a link reproduces it.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { FieldPicture } from '../../../render/netField';
import { setView } from '../../../state/store';
import { FieldCanvas } from './FieldCanvas';

interface Props {
  readonly rows: number;
  readonly cols: number;
  readonly row: number;
  readonly col: number;
  /** The live region's text for the current selection. */
  readonly announcement: string;
}

/** Moves of the selection per key: [rows, columns]; Infinity runs to the edge (clamped). */
const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Home: [0, -Infinity],
  End: [0, Infinity],
  PageUp: [-Infinity, 0],
  PageDown: [Infinity, 0],
};

const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);

export function OutputPicker({ rows, cols, row, col, announcement }: Props) {
  // Enter/Space say the selection again, for a reader that missed it while moving.
  const [said, setSaid] = useState(0);
  const select = (r: number, c: number) => setView({ step: clamp(r, rows - 1) * cols + clamp(c, cols - 1) });
  const picture = useMemo<FieldPicture>(
    () => ({ h: { n: rows, before: 0, after: 0, cells: [row] }, w: { n: cols, before: 0, after: 0, cells: [col] }, selected: true }),
    [rows, cols, row, col],
  );

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      select(row + move[0], col + move[1]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSaid((n) => n + 1);
    }
  };

  const number = (value: string, max: number): number | null => {
    const v = Number(value);
    return value.trim() !== '' && Number.isInteger(v) ? clamp(v, max) : null;
  };

  return (
    <div className="rf-picker">
      <div
        className="rf-output"
        data-testid="rf-output"
        tabIndex={0}
        role="group"
        aria-label={`Output cells, ${rows}×${cols}: arrow keys move the selected cell, Enter or Space reads it out`}
        aria-describedby="rf-announce"
        onKeyDown={onKey}
      >
        <FieldCanvas picture={picture} maxSide={280} maxCell={40} label={`Last layer's output, ${rows}×${cols}, cell row ${row}, column ${col} selected`} onPick={select} />
      </div>
      <div className="rf-cell-fields">
        <label>
          Row{' '}
          <input type="number" min={0} max={rows - 1} step={1} value={row} onChange={(e) => { const v = number(e.target.value, rows - 1); if (v !== null) select(v, col); }} />
        </label>
        <label>
          Column{' '}
          <input type="number" min={0} max={cols - 1} step={1} value={col} onChange={(e) => { const v = number(e.target.value, cols - 1); if (v !== null) select(row, v); }} />
        </label>
      </div>
      <p id="rf-announce" className="rf-announce" aria-live="polite" data-said={said}>
        {announcement}
        {said % 2 === 1 ? '\u00a0' : ''}
      </p>
    </div>
  );
}
