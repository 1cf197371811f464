/**
 * The quiz's score stays in the browser (issue 17): the answers given, per
 * quiz (seed + operations + kinds), in localStorage. Storage may be refused
 * (a sandboxed iframe, a private window, a full quota): then the answers
 * live in memory for this page only, and the view says so.
 */
import { useCallback, useState } from 'react';
import type { QuizAnswer } from '../../core';

/** The answers given in one quiz, by question index. */
export type GivenAnswers = Readonly<Record<number, QuizAnswer>>;

const PREFIX = 'padlab.quiz.v1';

/** The storage key of one quiz: the same teacher link shares one score. */
export function scoreKey(seed: number, ops: readonly string[], kinds: readonly string[]): string {
  return `${PREFIX}:${seed}:${ops.join(',')}:${kinds.join(',')}`;
}

/** localStorage, or null where reading it throws (sandboxed iframe without allow-same-origin). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Only well-formed answers come back from storage: it is another page's to write, and a user's to edit. */
function isAnswer(v: unknown): v is QuizAnswer {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  if (a.kind === 'numbers') return Array.isArray(a.values) && a.values.every((x) => typeof x === 'number');
  if (a.kind === 'cells') {
    return Array.isArray(a.cells) && a.cells.every((c: unknown) => typeof c === 'object' && c !== null && Number.isInteger((c as { row: unknown }).row) && Number.isInteger((c as { col: unknown }).col));
  }
  return false;
}

function load(key: string): { answers: GivenAnswers; stored: boolean } {
  const s = storage();
  if (!s) return { answers: {}, stored: false };
  try {
    const parsed: unknown = JSON.parse(s.getItem(key) ?? '{}');
    const answers: Record<number, QuizAnswer> = {};
    if (typeof parsed === 'object' && parsed !== null) {
      for (const [k, v] of Object.entries(parsed)) if (/^\d+$/.test(k) && isAnswer(v)) answers[Number(k)] = v;
    }
    return { answers, stored: true };
  } catch {
    return { answers: {}, stored: false };
  }
}

function save(key: string, answers: GivenAnswers): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (Object.keys(answers).length === 0) s.removeItem(key);
    else s.setItem(key, JSON.stringify(answers));
    return true;
  } catch {
    return false;
  }
}

export interface QuizScoreState {
  readonly answers: GivenAnswers;
  /** false when the browser refused storage: the score lasts this page only. */
  readonly stored: boolean;
  readonly give: (index: number, answer: QuizAnswer) => void;
  readonly reset: () => void;
}

/** The answers of the quiz `key`, loaded from storage and saved on every change; key the component by `key`. */
export function useQuizScore(key: string): QuizScoreState {
  // Read once: the quiz component is keyed by `key`, so a new quiz mounts a new hook.
  const [state, setState] = useState(() => ({ key, ...load(key) }));
  const update = useCallback(
    (next: (a: GivenAnswers) => GivenAnswers) =>
      setState((s) => {
        const answers = next(s.answers);
        return { ...s, answers, stored: save(s.key, answers) };
      }),
    [],
  );
  const give = useCallback((index: number, answer: QuizAnswer) => update((a) => ({ ...a, [index]: answer })), [update]);
  const reset = useCallback(() => update(() => ({})), [update]);
  return { answers: state.answers, stored: state.stored, give, reset };
}
