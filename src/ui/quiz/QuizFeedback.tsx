/**
 * The feedback of an answered question: ✓ or ✗ with the right answer, what
 * was given, and the derivation from the Plan, line by line. Everything is
 * rendered as text (React escapes it); nothing typed becomes HTML.
 */
import { derivePlan, gradeAnswer, type Cell, type QuizAnswer, type QuizQuestion } from '../../core';

/**
 * A padded-grid cell in the input coordinates the quiz labels it with:
 * `input cell (row 1, col 0)`, or `a padding cell` outside the input.
 */
export function inputCellWords(question: QuizQuestion, c: Cell): string {
  const plan = derivePlan(question.config);
  if (!plan.ok) return `(${c.row}, ${c.col})`;
  const row = c.row - plan.h.before;
  const col = c.col - plan.w.before;
  const inside = row >= 0 && col >= 0 && row < plan.h.n && col < plan.w.n;
  return inside ? `input cell (row ${row}, col ${col})` : 'a padding cell';
}

/** An answer in words: `3, 3`, output cells `(0, 1) (1, 1)`, or for a source the input cell. */
export function answerWords(question: QuizQuestion, a: QuizAnswer): string {
  if (a.kind === 'numbers') return a.values.join(', ');
  if (a.cells.length === 0) return 'no cell';
  if (question.form.kind === 'pick-padded') return a.cells.map((c) => inputCellWords(question, c)).join(' ');
  return a.cells.map((c) => `(${c.row}, ${c.col})`).join(' ');
}

export function QuizFeedback({ question, given }: { question: QuizQuestion; given: QuizAnswer }) {
  const grade = gradeAnswer(question, given);
  const [head, ...steps] = grade.feedback;
  return (
    <div className={`quiz-feedback ${grade.correct ? 'quiz-right' : 'quiz-wrong'}`} data-testid="quiz-feedback" data-correct={String(grade.correct)}>
      <p className="quiz-verdict">
        <strong>{head}</strong>
      </p>
      <p className="quiz-given">You answered: {answerWords(question, given)}</p>
      <h4>How it is worked out</h4>
      <ol className="quiz-derivation">
        {steps.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
