import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../config';
import { derivePlan, type Plan } from '../plan';
import { gradeAnswer } from './gradeAnswer';
import { BUILDERS } from './quizBuilders';
import { draws } from './quizDraws';
import { opadQuestion } from './quizOpad';
import type { QuestionKind, QuizAnswer, QuizQuestion } from './quizTypes';
import { configWords } from './quizWords';

function planOf(patch: Partial<Config>): Plan {
  const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

/** A question of `kind` about the configuration `patch`, its cell drawn from seed 1. */
function question(kind: Exclude<QuestionKind, 'opad'>, patch: Partial<Config>): QuizQuestion {
  const plan = planOf(patch);
  const built = BUILDERS[kind](plan, draws(1));
  if (!built) throw new Error('no question');
  return { index: 0, kind, op: plan.op, config: plan.config, layer: configWords(plan.config), ...built };
}

const numbers = (...values: number[]): QuizAnswer => ({ kind: 'numbers', values });
const cells = (...list: [number, number][]): QuizAnswer => ({ kind: 'cells', cells: list.map(([row, col]) => ({ row, col })) });

describe('gradeAnswer', () => {
  const same = { input: { h: 5, w: 5 }, stride: { h: 2, w: 2 }, pad: { kind: 'same' } } as const;

  it('in=5x5 k=3 s=2 pad=same -> out 3x3: 3,3 right, 2,3 wrong, with the derivation', () => {
    const q = question('size', same);
    const right = gradeAnswer(q, numbers(3, 3));
    expect(right.correct).toBe(true);
    expect(right.feedback[0]).toBe('✓ Right: 3×3');
    expect(right.feedback).toContain('height: output size: o = ⌊(np − ke)/s⌋ + 1 = ⌊(7 − 3)/2⌋ + 1 = 3');
    const wrong = gradeAnswer(q, numbers(2, 3));
    expect(wrong).toMatchObject({ correct: false, expected: '3×3' });
    expect(wrong.feedback[0]).toBe('✗ Not quite. The answer is 3×3');
    expect(gradeAnswer(q, numbers(3)).correct).toBe(false);
    expect(gradeAnswer(q, numbers(NaN, 3)).correct).toBe(false);
  });

  it('in=5x5 k=3 s=2 pad=same -> pads 1,1,1,1', () => {
    const q = question('split', same);
    expect(gradeAnswer(q, numbers(1, 1, 1, 1)).correct).toBe(true);
    expect(gradeAnswer(q, numbers(0, 2, 1, 1)).correct).toBe(false);
  });

  it('in=6x6 k=3 s=2 pad=same -> pads 0,1,0,1 (the odd cell after)', () => {
    const q = question('split', { ...same, input: { h: 6, w: 6 } });
    expect(q.expectedText).toBe('T,B,L,R = 0,1,0,1');
    expect(gradeAnswer(q, numbers(0, 1, 0, 1)).correct).toBe(true);
    expect(gradeAnswer(q, numbers(1, 0, 1, 0)).correct).toBe(false);
  });

  it('mode=constant cval=3: a padding cell holds 3', () => {
    const q = question('value', { mode: 'constant', cval: 3 });
    expect(gradeAnswer(q, numbers(3)).correct).toBe(true);
    expect(gradeAnswer(q, numbers(0)).correct).toBe(false);
    expect(q.derivation.at(-1)).toBe('so it holds the constant 3: 3');
  });

  it('in=3x3 k=3 pad=same mode=reflect: a padding row or column copies input index 1, clicked one cell in', () => {
    const q = question('source', { input: { h: 3, w: 3 }, mode: 'reflect' });
    // Padded positions 0..4; reflect maps −1 and 3 (padded 0 and 4) to input 1, which is padded 2.
    const byHand = (p: number) => (p === 0 || p === 4 ? 2 : p);
    const t = q.target!;
    const want: [number, number] = [byHand(t.row), byHand(t.col)];
    expect(gradeAnswer(q, cells(want)).correct).toBe(true);
    expect(gradeAnswer(q, cells([t.row, t.col])).correct).toBe(false);
    expect(gradeAnswer(q, cells(want, want)).correct).toBe(false);
    expect(gradeAnswer(q, cells(want, [1, 1])).correct).toBe(false);
  });

  it('in=5x5 k=3 s=1 pad=same: the output cells that read a cell, in any order, each once', () => {
    const q = question('reads', {});
    const want = q.expected.kind === 'cells' ? q.expected.cells : [];
    expect(want.length).toBeGreaterThan(1);
    const given = cells(...[...want].reverse().map((c): [number, number] => [c.row, c.col]));
    expect(gradeAnswer(q, given).correct).toBe(true);
    expect(gradeAnswer(q, cells(...want.slice(1).map((c): [number, number] => [c.row, c.col]))).correct).toBe(false);
    expect(gradeAnswer(q, numbers(1)).correct).toBe(false);
  });

  it('in=6x6 k=3 s=2 pads 1 -> 3x3; ConvTranspose2d back needs output_padding 1', () => {
    const built = opadQuestion({ ...DEFAULT_CONFIG, input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 } });
    expect(built?.expected).toEqual({ kind: 'numbers', values: [1, 1] });
    expect(built?.config).toMatchObject({ op: 'convt', input: { h: 3, w: 3 }, opad: { h: 0, w: 0 } });
    expect(built?.derivation[0]).toContain('so 6 = 7 + q − 1 − 1 → q = 1');
  });
});
