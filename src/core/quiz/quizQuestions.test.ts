import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, OPERATIONS, type Config } from '../config';
import { CONSTANT } from '../indexMap';
import { derivePlan, type Plan } from '../plan';
import { paddedOf } from '../planArrays';
import { cellReaders } from '../windows';
import { KIND_OPERATIONS } from './quizConfigs';
import { quizQuestions } from './quizQuestions';
import { QUESTION_KINDS, type QuizQuestion } from './quizTypes';

function planOf(config: Config): Plan {
  const plan = derivePlan(config);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

/** The answer the Plan gives, read without the generator's builders. */
function planAnswer(q: QuizQuestion): unknown {
  const plan = planOf(q.config);
  const t = q.target ?? { row: -1, col: -1 };
  switch (q.kind) {
    case 'size':
      return [plan.h.out, plan.w.out];
    case 'split':
      return [...plan.pads];
    case 'value':
      return [paddedOf(plan)[t.row * plan.w.padded + t.col]];
    case 'source':
      return [{ row: (plan.h.source[t.row] ?? NaN) + plan.h.before, col: (plan.w.source[t.col] ?? NaN) + plan.w.before }];
    case 'reads':
      return cellReaders(plan, t.row, t.col);
    case 'opad': {
      // Round trip: the transposed layer with this output padding, then the convolution back, gives its input size.
      const q2 = q.expected.kind === 'numbers' ? q.expected.values : [];
      const up = planOf({ ...q.config, opad: { h: q2[0] ?? 0, w: q2[1] ?? 0 } });
      const down = planOf({ ...q.config, op: 'conv', input: { h: up.h.out, w: up.w.out }, opad: { h: 0, w: 0 } });
      return [down.h.out, down.w.out, q.config.input.h, q.config.input.w];
    }
  }
}

function expectedOf(q: QuizQuestion): unknown {
  if (q.kind === 'opad') {
    const up = planAnswer(q) as number[];
    return [up[2], up[3], up[2], up[3]];
  }
  return q.expected.kind === 'numbers' ? q.expected.values : q.expected.cells;
}

/** What a question must satisfy whatever the seed: valid, of a chosen kind and operation, answered as the Plan says. */
function checkQuestion(q: QuizQuestion, ops: readonly string[], kinds: readonly string[]): void {
  expect(derivePlan(q.config).ok).toBe(true);
  expect(kinds).toContain(q.kind);
  expect(ops).toContain(q.op);
  expect(q.config.op).toBe(q.op);
  expect(KIND_OPERATIONS[q.kind]).toContain(q.op);
  expect(planAnswer(q)).toEqual(expectedOf(q));
  if (q.kind === 'value' || q.kind === 'source') {
    const plan = planOf(q.config);
    const t = q.target!;
    expect(plan.h.isPadding[t.row] || plan.w.isPadding[t.col], 'the cell asked about is padding').toBe(true);
    if (q.kind === 'source') expect(plan.h.source[t.row] !== CONSTANT && plan.w.source[t.col] !== CONSTANT).toBe(true);
  }
  if (q.kind === 'reads') expect(q.expected.kind === 'cells' && q.expected.cells.length).toBeGreaterThan(0);
  if (q.kind === 'opad') expect(q.config.stride.h).toBeGreaterThanOrEqual(2);
  expect(q.derivation.length).toBeGreaterThan(0);
}

describe('quizQuestions', () => {
  it('can give the same questions twice from one seed', () => {
    expect(quizQuestions(7)).toEqual(quizQuestions(7));
    expect(quizQuestions(7, ['conv'], ['value', 'source'])).toEqual(quizQuestions(7, ['conv'], ['value', 'source']));
  });

  it('gives other questions from another seed', () => {
    expect(quizQuestions(1)).not.toEqual(quizQuestions(2));
    expect(quizQuestions(1).map((q) => q.prompt)).not.toEqual(quizQuestions(2).map((q) => q.prompt));
  });

  it('asks ten questions of every kind over a few seeds, each answered as its Plan says', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const qs = quizQuestions(seed);
      expect(qs).toHaveLength(10);
      qs.forEach((q, i) => {
        expect(q.index).toBe(i);
        checkQuestion(q, OPERATIONS, QUESTION_KINDS);
        seen.add(q.kind);
      });
    }
    expect([...seen].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('keeps to the operations and kinds a teacher link fixes', () => {
    for (const [ops, kinds] of [
      [['maxpool'], ['size', 'reads']],
      [['convt'], []],
      [[], ['opad']],
      [['conv', 'avgpool'], ['split']],
    ] as const) {
      const qs = quizQuestions(3, ops, kinds);
      expect(qs).toHaveLength(10);
      for (const q of qs) checkQuestion(q, ops.length ? ops : OPERATIONS, kinds.length ? kinds : QUESTION_KINDS);
    }
  });

  it('gives no question when no chosen kind fits a chosen operation', () => {
    expect(quizQuestions(1, ['maxpool'], ['opad'])).toEqual([]);
    expect(quizQuestions(1, ['convt'], ['value', 'source'])).toEqual([]);
  });

  it('never throws, and every answer is the Plan’s, over any seed and choice (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 }), fc.subarray([...OPERATIONS]), fc.subarray([...QUESTION_KINDS]), (seed, ops, kinds) => {
        const qs = quizQuestions(seed, ops, kinds, 4);
        expect(qs).toEqual(quizQuestions(seed, ops, kinds, 4));
        for (const q of qs) checkQuestion(q, ops.length ? ops : OPERATIONS, kinds.length ? kinds : QUESTION_KINDS);
      }),
      { numRuns: 150 },
    );
  });

  it('draws configurations the explorer can open: small sizes, dilation mostly 1', () => {
    const qs = Array.from({ length: 10 }, (_, s) => quizQuestions(s + 100)).flat();
    for (const q of qs) {
      expect(q.config.kernel.h).toBeLessThanOrEqual(5);
      expect(q.config.stride.h).toBeLessThanOrEqual(3);
      expect(q.config.channels).toBe(DEFAULT_CONFIG.channels);
    }
    expect(qs.filter((q) => q.config.dilation.h > 1).length).toBeLessThan(qs.length / 3);
  });
});
