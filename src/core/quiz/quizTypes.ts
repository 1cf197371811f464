/**
 * The exercises' data (issue 17, `view=quiz`): a question is plain data — a
 * Config, a prompt, how it is answered, the expected answer and the
 * derivation — so the same seed gives deep-equal questions, a test can
 * compare them, and the view only draws them.
 */
import type { Config, Operation } from '../config';
import type { Cell } from '../windows';

/**
 * The question kinds, in the order the teacher panel lists them: the output
 * size, the pad split (T,B,L,R), the value of a padding cell, which input
 * cell a padding cell copies, which output cells read a given cell, and the
 * `output_padding` that restores a size.
 */
export const QUESTION_KINDS = ['size', 'split', 'value', 'source', 'reads', 'opad'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A short name for each kind (teacher panel, question list). */
export const QUESTION_KIND_LABEL: Readonly<Record<QuestionKind, string>> = {
  size: 'Output size',
  split: 'Pad split (T,B,L,R)',
  value: 'Value of a padding cell',
  source: 'Which input cell a padding cell copies',
  reads: 'Which output cells read a cell',
  opad: 'output_padding that restores a size',
};

/**
 * How a question is answered: numbers typed in labelled fields, one cell
 * clicked on the padded grid, or a set of cells clicked on the output grid.
 */
export type AnswerForm =
  | { readonly kind: 'numbers'; readonly labels: readonly string[] }
  | { readonly kind: 'pick-padded' }
  | { readonly kind: 'pick-output' };

/**
 * An answer, given or expected. Cells are in the coordinates of the grid
 * they are clicked on (padded grid for `pick-padded`, output grid for
 * `pick-output`), 0-based from its top-left cell.
 */
export type QuizAnswer =
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  | { readonly kind: 'cells'; readonly cells: readonly Cell[] };

export interface QuizQuestion {
  /** 0-based position in the quiz. */
  readonly index: number;
  readonly kind: QuestionKind;
  readonly op: Operation;
  /** The layer the question is about; always valid (`derivePlan(config).ok`). */
  readonly config: Config;
  /** The layer in words (configWords; plain text). */
  readonly layer: string;
  /** The question in words (plain text). */
  readonly prompt: string;
  readonly form: AnswerForm;
  /** The padded-grid cell the question points at (value, source, reads), else null. */
  readonly target: Cell | null;
  readonly expected: QuizAnswer;
  /** The right answer in words, e.g. `3×3` or `input cell (row 1, col 0)`. */
  readonly expectedText: string;
  /** The derivation shown as feedback, one line each (plain text). */
  readonly derivation: readonly string[];
}

export interface QuizGrade {
  readonly correct: boolean;
  /** The right answer in words. */
  readonly expected: string;
  /** ✓/✗ line then the derivation (plain text lines). */
  readonly feedback: readonly string[];
}
