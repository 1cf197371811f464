/**
 * The feedback of an answered question: ✓ or ✗ with the right answer, what
 * was given, and the derivation from the Plan, line by line. Everything is
 * rendered as text (React escapes it); nothing typed becomes HTML.
 */
import { gradeAnswer, type QuizAnswer, type QuizQuestion } from '../../core';

/** An answer in words: `3, 3` or `(0, 1) (1, 1)`. */
export function answerWords(a: QuizAnswer): string {
  if (a.kind === 'numbers') return a.values.join(', ');
  return a.cells.length ? a.cells.map((c) => `(${c.row}, ${c.col})`).join(' ') : 'no cell';
}

export function QuizFeedback({ question, given }: { question: QuizQuestion; given: QuizAnswer }) {
  const grade = gradeAnswer(question, given);
  const [head, ...steps] = grade.feedback;
  return (
    <div className={`quiz-feedback ${grade.correct ? 'quiz-right' : 'quiz-wrong'}`} data-testid="quiz-feedback" data-correct={String(grade.correct)}>
      <p className="quiz-verdict">
        <strong>{head}</strong>
      </p>
      <p className="quiz-given">You answered: {answerWords(given)}</p>
      <h4>How it is worked out</h4>
      <ol className="quiz-derivation">
        {steps.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}
