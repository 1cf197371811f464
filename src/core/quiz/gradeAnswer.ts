/**
 * Grading: a given answer against the question's expected one. Numbers match
 * within 1e-9 (a typed `0.5` against a computed 0.5); a set of cells matches
 * when it holds the same cells, in any order, each once.
 */
import type { Cell } from '../windows';
import type { QuizAnswer, QuizGrade, QuizQuestion } from './quizTypes';

const key = (c: Cell) => `${c.row},${c.col}`;

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  const want = new Set(b.map(key));
  const got = new Set(a.map(key));
  return got.size === a.length && got.size === want.size && [...got].every((k) => want.has(k));
}

function matches(given: QuizAnswer, expected: QuizAnswer): boolean {
  if (given.kind === 'numbers' && expected.kind === 'numbers') {
    return given.values.length === expected.values.length && given.values.every((v, i) => Number.isFinite(v) && Math.abs(v - (expected.values[i] ?? NaN)) < 1e-9);
  }
  if (given.kind === 'cells' && expected.kind === 'cells') return sameCells(given.cells, expected.cells);
  return false;
}

/** Grades `answer`; the feedback's first line says right or wrong with the right answer, then the derivation. */
export function gradeAnswer(question: QuizQuestion, answer: QuizAnswer): QuizGrade {
  const correct = matches(answer, question.expected);
  const head = correct ? `✓ Right: ${question.expectedText}` : `✗ Not quite. The answer is ${question.expectedText}`;
  return { correct, expected: question.expectedText, feedback: [head, ...question.derivation] };
}
