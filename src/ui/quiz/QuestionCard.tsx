/**
 * One question: the layer in words, the prompt, its grids, the answer (typed
 * numbers, or cells picked on a grid then Check), and once checked the
 * feedback with the derivation. A link opens the layer in the explorer.
 */
import { useMemo, useState } from 'react';
import { derivePlan, QUESTION_KIND_LABEL, type Cell, type QuizAnswer, type QuizQuestion } from '../../core';
import { formatQuery } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/urlState';
import { NumberAnswer } from './NumberAnswer';
import { answerWords, QuizFeedback } from './QuizFeedback';
import { QuizGrids } from './QuizGrids';

interface Props {
  readonly question: QuizQuestion;
  readonly total: number;
  /** The answer given earlier (this visit or a stored one), or undefined while open. */
  readonly given: QuizAnswer | undefined;
  readonly onAnswer: (answer: QuizAnswer) => void;
}

/** The explorer's link for a question's layer (grid view, every other setting at its default). */
export function explorerHref(question: QuizQuestion): string {
  return `./?${formatQuery({ config: question.config, view: DEFAULT_VIEW })}`;
}

const same = (a: Cell, b: Cell) => a.row === b.row && a.col === b.col;

export function QuestionCard({ question, total, given, onAnswer }: Props) {
  const plan = useMemo(() => derivePlan(question.config), [question]);
  const [picked, setPicked] = useState<Cell[]>([]);
  const { form } = question;
  const pick = (c: Cell) => {
    // A source is one cell (a new click replaces it); readers are a set (a click toggles).
    if (form.kind === 'pick-padded') setPicked([c]);
    else setPicked((p) => (p.some((x) => same(x, c)) ? p.filter((x) => !same(x, c)) : [...p, c]));
  };
  const headingId = `quiz-q-${question.index}`;
  return (
    <article className="panel quiz-question" data-testid="quiz-question" data-kind={question.kind} aria-labelledby={headingId}>
      <h2 id={headingId}>
        Question {question.index + 1} of {total} <span className="quiz-kind">· {QUESTION_KIND_LABEL[question.kind]}</span>
      </h2>
      <p className="quiz-layer" data-testid="quiz-layer">
        {question.layer}
      </p>
      <p className="quiz-prompt" data-testid="quiz-prompt">
        {question.prompt}
      </p>
      {plan.ok ? <QuizGrids question={question} plan={plan} given={given ?? null} picked={picked} onPick={pick} /> : null}
      {given ? (
        <QuizFeedback question={question} given={given} />
      ) : form.kind === 'numbers' ? (
        <NumberAnswer labels={form.labels} onAnswer={onAnswer} />
      ) : (
        <div className="quiz-picks">
          <p data-testid="quiz-picked">
            {form.kind === 'pick-padded' ? 'Picked' : 'Output cells picked'}: {answerWords(question, { kind: 'cells', cells: picked })}
          </p>
          <button type="button" className="quiz-check" disabled={picked.length === 0} onClick={() => onAnswer({ kind: 'cells', cells: picked })}>
            Check
          </button>
          {picked.length > 0 ? (
            <button type="button" onClick={() => setPicked([])}>
              Clear
            </button>
          ) : null}
        </div>
      )}
      <p className="quiz-explorer">
        <a href={explorerHref(question)}>Open this layer in the explorer</a>
      </p>
    </article>
  );
}
