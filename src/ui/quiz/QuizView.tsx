/**
 * The exercises (`view=quiz`, issue 17): questions generated from the link's
 * seed, operations and kinds (core quizQuestions), one at a time, answered on
 * the grids or in labelled fields, graded at once with the derivation. The
 * score stays in the browser (quizScore.ts). `quiz-json` lists the questions
 * for tests and outside checkers.
 */
import { useMemo, useState } from 'react';
import { OPERATIONS, QUESTION_KINDS, gradeAnswer, quizQuestions, type Operation, type QuestionKind, type QuizQuestion } from '../../core';
import { setView } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { QuestionCard } from './QuestionCard';
import { scoreKey, useQuizScore } from './quizScore';
import { TeacherPanel } from './TeacherPanel';
import './quiz.css';

const isOp = (s: string): s is Operation => (OPERATIONS as readonly string[]).includes(s);
const isKind = (s: string): s is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(s);

/** The questions as data: kind, operation, configuration and the cell asked about (the DOM contract's quiz-json). */
function quizJson(seed: number, ops: readonly string[], kinds: readonly string[], questions: readonly QuizQuestion[]): string {
  return JSON.stringify({ seed, ops, kinds, questions: questions.map(({ kind, op, config, target, prompt }) => ({ kind, op, config, target, prompt })) });
}

function Quiz({ seed, ops, kinds }: { seed: number; ops: readonly Operation[]; kinds: readonly QuestionKind[] }) {
  const questions = useMemo(() => quizQuestions(seed, ops, kinds), [seed, ops, kinds]);
  const score = useQuizScore(scoreKey(seed, ops, kinds));
  const [current, setCurrent] = useState(0);
  const results = questions.map((q) => {
    const given = score.answers[q.index];
    return given ? gradeAnswer(q, given).correct : null;
  });
  const answered = results.filter((r) => r !== null).length;
  const right = results.filter((r) => r === true).length;
  const question = questions[current];

  return (
    <>
      <div className="quiz-head">
        <p className="quiz-score" data-testid="quiz-score" aria-live="polite">
          Score: {right} right of {answered} answered · {questions.length} questions
        </p>
        <button type="button" onClick={() => setView({ qseed: seed + 1 })}>
          New questions
        </button>
        {answered > 0 ? (
          <button type="button" onClick={score.reset}>
            Start again
          </button>
        ) : null}
      </div>
      {score.stored ? null : (
        <p className="quiz-note" data-testid="quiz-storage-note">
          This browser does not let the page store anything here, so the score lasts only until you leave the page.
        </p>
      )}
      {questions.length === 0 ? (
        <p role="alert" className="invalid">
          No question fits these choices: a padding value or source needs a convolution, output_padding a transposed convolution. Choose more operations or kinds below.
        </p>
      ) : (
        <nav className="quiz-list" aria-label="Questions">
          {questions.map((q, i) => {
            const r = results[i];
            const mark = r === true ? '✓' : r === false ? '✗' : '';
            return (
              <button
                key={q.index}
                type="button"
                aria-current={i === current ? 'step' : undefined}
                aria-label={`Question ${i + 1}${r === true ? ', right' : r === false ? ', wrong' : ''}`}
                onClick={() => setCurrent(i)}
              >
                {i + 1}
                {mark ? <span aria-hidden="true"> {mark}</span> : null}
              </button>
            );
          })}
        </nav>
      )}
      {question ? (
        <QuestionCard key={question.index} question={question} total={questions.length} given={score.answers[question.index]} onAnswer={(a) => score.give(question.index, a)} />
      ) : null}
      {question ? (
        <div className="quiz-nav">
          <button type="button" disabled={current === 0} onClick={() => setCurrent(current - 1)}>
            Previous question
          </button>
          <button type="button" disabled={current >= questions.length - 1} onClick={() => setCurrent(current + 1)}>
            Next question
          </button>
        </div>
      ) : null}
      <details className="quiz-data">
        <summary>Data</summary>
        <pre data-testid="quiz-json">{quizJson(seed, ops, kinds, questions)}</pre>
      </details>
    </>
  );
}

export function QuizView() {
  const seed = useApp((s) => s.view.qseed);
  const qops = useApp((s) => s.view.qops);
  const qkinds = useApp((s) => s.view.qkinds);
  const ops = useMemo(() => qops.filter(isOp), [qops]);
  const kinds = useMemo(() => qkinds.filter(isKind), [qkinds]);
  return (
    <section className="quiz-view" data-testid="quiz-view" aria-labelledby="quiz-title">
      <h2 id="quiz-title">Exercises</h2>
      <p className="quiz-intro">Predict, then check: each answer is graded at once and worked out step by step.</p>
      <Quiz key={scoreKey(seed, ops, kinds)} seed={seed} ops={ops} kinds={kinds} />
      {/* Outside the keyed quiz: a new seed typed here must not remount the field being typed in. */}
      <TeacherPanel seed={seed} ops={ops} kinds={kinds} />
    </section>
  );
}
