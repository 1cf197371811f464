/**
 * The quiz's grid pictures, from the explorer's own (render/paddedPicture,
 * matrixPicture): while a question is open the padded grid hides what it
 * asks — the padding cells' values and the source labels of padding rows —
 * and marks the cell asked about with `?`; once answered it shows everything.
 * The output grid of a `reads` question shows the cells picked, and after
 * the check which were right (✓), missed (○) or wrong (✗): shapes, not only colour.
 */
import { paddedOf, type Cell, type Plan } from '../../core';
import { INPUT_FILL } from '../../render/colors';
import type { AxisLabel, CellPaint, GridPicture } from '../../render/drawGrid';
import type { GridLayout } from '../../render/layout';
import { paddedPicture, type PaddedOverlay } from '../../render/paddedPicture';

const key = (c: Cell) => `${c.row},${c.col}`;

/**
 * Row/column labels: `input` indices on input rows only (they give no
 * source away), `padded` indices 0.. on every row (a reads question names
 * padded cells), or the explorer's own (`sources`: the index each copies).
 */
export type QuizLabels = 'input' | 'padded' | 'sources';

function axisLabels(a: Plan['h'], kind: Exclude<QuizLabels, 'sources'>): AxisLabel[] {
  return a.isPadding.map((pad, p) => ({ text: kind === 'padded' ? String(p) : pad ? '' : String(p - a.before), muted: pad }));
}

export interface PaddedQuizPicture {
  readonly plan: Plan;
  readonly layout: Pick<GridLayout, 'values'>;
  /** The cell asked about, drawn `?` while open. */
  readonly target: Cell | null;
  /** Hide the padding cells' values and sources (value and source questions, while open). */
  readonly hidePadding: boolean;
  readonly labels: QuizLabels;
  readonly overlay: PaddedOverlay;
}

/** The padded grid of channel 0 as the quiz draws it. */
export function paddedQuizPicture({ plan, layout, target, hidePadding, labels, overlay }: PaddedQuizPicture): GridPicture {
  const base = paddedPicture({ plan, padded: paddedOf(plan), channel: 0, overlay, layout });
  const WP = plan.w.padded;
  const cells = base.cells.map((p, i): CellPaint => {
    const row = Math.floor(i / WP);
    const col = i % WP;
    if (target && row === target.row && col === target.col) return { ...p, text: '?', sub: undefined };
    return hidePadding && p.pad ? { ...p, text: undefined, sub: undefined } : p;
  });
  if (labels === 'sources') return { ...base, cells };
  return { ...base, cells, rowLabels: axisLabels(plan.h, labels), colLabels: axisLabels(plan.w, labels) };
}

/** Output cells for a reads question: `●` picked while open; after the check ✓ right, ○ missed, ✗ wrong. */
export function outputQuizPicture(rows: number, cols: number, picked: readonly Cell[], expected: readonly Cell[] | null): GridPicture {
  const pick = new Set(picked.map(key));
  const want = new Set((expected ?? []).map(key));
  const cells: CellPaint[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const k = key({ row, col });
      let text: string | undefined = pick.has(k) ? '●' : undefined;
      if (expected) text = want.has(k) ? (pick.has(k) ? '✓' : '○') : pick.has(k) ? '✗' : undefined;
      cells.push({ fill: INPUT_FILL, text });
    }
  }
  const labels = (n: number) => Array.from({ length: n }, (_, i) => ({ text: String(i) }));
  return { cells, rowLabels: labels(rows), colLabels: labels(cols) };
}
