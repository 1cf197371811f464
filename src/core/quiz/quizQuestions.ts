/**
 * The exercise generator (issue 17, `view=quiz`): `count` questions drawn
 * from one seed. Each question draws a kind, then an operation it makes
 * sense for, then configurations until one is valid and gives the
 * kind something to ask; its answer and derivation come from the Plan.
 * The same seed, operations and kinds give deep-equal questions.
 */
import { DEFAULT_CONFIG, OPERATIONS, type Config, type Operation } from '../config';
import { derivePlan } from '../plan';
import { BUILDERS, type Built } from './quizBuilders';
import { drawConfig, quizPairs } from './quizConfigs';
import { draws, type Draws } from './quizDraws';
import { drawForward, opadQuestion } from './quizOpad';
import { configWords } from './quizWords';
import { QUESTION_KINDS, type QuestionKind, type QuizQuestion } from './quizTypes';

/** Draws per question before the fallback: a few invalid draws (a mirror wider than the input) are common. */
const ATTEMPTS = 60;

/**
 * Configurations every pair accepts, used when the draws run out (never
 * seen in the property test; kept so the generator is total).
 */
const FALLBACK: Readonly<Record<Exclude<QuestionKind, 'opad'>, Partial<Config>>> = {
  size: { stride: { h: 2, w: 2 } },
  split: { stride: { h: 2, w: 2 }, input: { h: 6, w: 6 } },
  value: { mode: 'reflect' },
  source: { mode: 'reflect' },
  reads: {},
};

function buildOnce(d: Draws, op: Operation, kind: QuestionKind): (Built & { config: Config }) | null {
  if (kind === 'opad') {
    // An output_padding of (0, 0) asks nothing: the draws look for a layer that drops a row or column.
    const q = opadQuestion(drawForward(d));
    return q && q.expected.kind === 'numbers' && q.expected.values.some((v) => v > 0) ? q : null;
  }
  const config = drawConfig(d, op, kind);
  const plan = derivePlan(config);
  const built = plan.ok ? BUILDERS[kind](plan, d) : null;
  return built ? { ...built, config } : null;
}

function fallback(d: Draws, op: Operation, kind: QuestionKind): Built & { config: Config } {
  if (kind === 'opad') {
    // in=6 k=3 s=2 pads 1: np = 8, (8 − 3) mod 2 = 1 row dropped.
    const q = opadQuestion({ ...DEFAULT_CONFIG, input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 } });
    if (q) return q;
    throw new Error('quiz: the opad fallback is not valid');
  }
  const config: Config = { ...DEFAULT_CONFIG, op, ...FALLBACK[kind] };
  const plan = derivePlan(config);
  const built = plan.ok ? BUILDERS[kind](plan, d) : null;
  if (!built) throw new Error(`quiz: the ${kind} fallback for ${op} is not valid`);
  return { ...built, config };
}

/**
 * `count` questions from `seed`, about the operations `ops` and the kinds
 * `kinds` (empty lists mean all). Empty when no chosen kind fits a chosen
 * operation (quizPairs says which do).
 */
export function quizQuestions(seed: number, ops: readonly Operation[] = [], kinds: readonly QuestionKind[] = [], count = 10): QuizQuestion[] {
  const pairs = quizPairs(ops.length ? ops : OPERATIONS, kinds.length ? kinds : QUESTION_KINDS);
  if (pairs.length === 0) return [];
  const d = draws(seed);
  // The kind first, then an operation it fits: every kind as likely, however many operations it fits.
  const askable = [...new Set(pairs.map((p) => p.kind))];
  return Array.from({ length: count }, (_, index) => {
    const kind = d.pick(askable);
    const op = d.pick(pairs.filter((p) => p.kind === kind)).op;
    let built: (Built & { config: Config }) | null = null;
    for (let i = 0; i < ATTEMPTS && !built; i++) built = buildOnce(d, op, kind);
    const q = built ?? fallback(d, op, kind);
    return { index, kind, op, layer: configWords(q.config), ...q };
  });
}
