/**
 * The grids of one question. Size, split and output_padding questions show
 * the input (and, once answered, the padded grid that explains it); value
 * and source questions the padded grid with its padding hidden and the cell
 * asked about marked `?` (a source is answered by clicking an input cell
 * there); reads questions the padded grid and the output grid, whose cells
 * are clicked. Arrow keys move a cursor on every grid; Enter or Space picks.
 */
import { useId, useMemo, useState } from 'react';
import type { Cell, Plan, QuizAnswer, QuizQuestion } from '../../core';
import { READER_FILL } from '../../render/colors';
import { gridLayout } from '../../render/layout';
import { matrixPicture } from '../../render/matrixPicture';
import { useElementWidth } from '../grids/useElementWidth';
import { PickGrid } from './PickGrid';
import { outputQuizPicture, paddedQuizPicture } from './quizPictures';

interface Props {
  readonly question: QuizQuestion;
  readonly plan: Plan;
  /** The answer given, once checked; null while the question is open. */
  readonly given: QuizAnswer | null;
  /** Cells picked so far (open pick questions). */
  readonly picked: readonly Cell[];
  readonly onPick: (cell: Cell) => void;
}

const box = (c: Cell) => ({ row0: c.row, col0: c.col, row1: c.row, col1: c.col });

function cellsOf(a: QuizAnswer | null): readonly Cell[] {
  return a?.kind === 'cells' ? a.cells : [];
}

/** The line under the grids: where the cursor is, in words (the grids' aria-describedby). */
function paddedWords(plan: Plan, c: Cell): string {
  const pad = plan.h.isPadding[c.row] === true || plan.w.isPadding[c.col] === true;
  return `${pad ? 'Padding cell' : 'Input cell'} at input row ${c.row - plan.h.before}, col ${c.col - plan.w.before} (padded row ${c.row}, col ${c.col})`;
}

export function QuizGrids({ question, plan, given, picked, onPick }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const infoId = useId();
  const [line, setLine] = useState('');
  const { kind, target } = question;
  const open = given === null;
  const numbers = kind === 'size' || kind === 'split' || kind === 'opad';
  const showPadded = !numbers || (!open && plan.transposed === null);
  const reads = kind === 'reads';
  const side = (reads || (numbers && showPadded)) && width > 720 ? Math.floor((width - 24) / 2) : width;

  const inputLayout = useMemo(() => gridLayout({ rows: plan.h.n, cols: plan.w.n, availableWidth: side, labels: true }), [plan, side]);
  const inputPicture = useMemo(
    () => matrixPicture({ values: plan.input.slice(0, plan.h.n * plan.w.n), rows: plan.h.n, cols: plan.w.n, layout: inputLayout }),
    [plan, inputLayout],
  );
  const paddedLayout = useMemo(() => gridLayout({ rows: plan.h.padded, cols: plan.w.padded, availableWidth: side, labels: true }), [plan, side]);
  const hidePadding = open && (kind === 'value' || kind === 'source');
  const paddedPicture = useMemo(
    () =>
      paddedQuizPicture({
        plan,
        layout: paddedLayout,
        target: open ? target : null,
        hidePadding,
        labels: reads ? 'padded' : hidePadding ? 'input' : 'sources',
        overlay: !open && (kind === 'value' || kind === 'source') ? 'sources' : 'values',
      }),
    [plan, paddedLayout, target, open, hidePadding, kind, reads],
  );
  const outLayout = useMemo(() => gridLayout({ rows: plan.h.out, cols: plan.w.out, availableWidth: side, labels: true }), [plan, side]);
  const shownPicks = open ? picked : cellsOf(given);
  const outPicture = useMemo(
    () => outputQuizPicture(plan.h.out, plan.w.out, shownPicks, open ? null : cellsOf(question.expected)),
    [plan, shownPicks, open, question.expected],
  );

  const pickPadded = open && kind === 'source';
  const paddedOverlay = {
    box: target ? box(target) : null,
    fill: kind === 'source' ? shownPicks : [],
    outline: !open && kind === 'source' ? cellsOf(question.expected) : [],
  };
  const paddedLabel =
    `Padded input, ${plan.h.padded}×${plan.w.padded} cells${target ? `; the cell asked about is marked ? in a dashed box (padded row ${target.row}, col ${target.col})` : ''}. ` +
    (pickPadded ? 'Arrow keys move a cursor; Enter, Space or a click picks the input cell it copies.' : 'Arrow keys move a cursor.');

  return (
    <div className="quiz-grids" ref={ref}>
      <div className="quiz-grids-row">
        {numbers && width > 0 ? (
          <PickGrid
            title="Input"
            layout={inputLayout}
            picture={inputPicture}
            overlay={{}}
            label={`Input, ${plan.h.n}×${plan.w.n} values. Arrow keys move a cursor.`}
            describedBy={infoId}
            testId="quiz-input-grid"
            onCursor={(c) => setLine(c ? `Input row ${c.row}, col ${c.col}` : '')}
          />
        ) : null}
        {showPadded && width > 0 ? (
          <PickGrid
            title={plan.transposed ? 'Direct picture' : 'Padded input'}
            layout={paddedLayout}
            picture={paddedPicture}
            overlay={paddedOverlay}
            label={paddedLabel}
            describedBy={infoId}
            testId="quiz-padded-grid"
            onPick={pickPadded ? onPick : undefined}
            onCursor={(c) => setLine(c ? paddedWords(plan, c) : '')}
          />
        ) : null}
        {reads && width > 0 ? (
          <PickGrid
            title="Output"
            layout={outLayout}
            picture={outPicture}
            overlay={{ fill: open ? picked : [], fillColor: READER_FILL }}
            label={`Output, ${plan.h.out}×${plan.w.out} cells. ${open ? 'Arrow keys move a cursor; Enter, Space or a click picks or unpicks a cell (● picked).' : '✓ right, ○ missed, ✗ not a reader.'}`}
            describedBy={infoId}
            testId="quiz-output-grid"
            onPick={open ? onPick : undefined}
            onCursor={(c) => setLine(c ? `Output row ${c.row}, col ${c.col}${shownPicks.some((p) => p.row === c.row && p.col === c.col) ? ' (picked)' : ''}` : '')}
          />
        ) : null}
      </div>
      <p id={infoId} className="quiz-cursor-line" aria-live="polite">
        {line}
      </p>
    </div>
  );
}
