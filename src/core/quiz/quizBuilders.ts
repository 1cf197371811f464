/**
 * One builder per question kind: from a valid Plan (and the draws, to pick a
 * cell) to a question whose answer and derivation are read from the Plan —
 * its pads, sizes, steps, index maps, padded values and window map. A builder
 * returns null when the Plan gives that kind nothing to ask (no padding
 * cell, say); the generator then draws another configuration.
 */
import { CONSTANT } from '../indexMap';
import { paddedOf } from '../planArrays';
import type { Plan } from '../plan';
import { axisReaders, cellReaders, type Cell } from '../windows';
import type { Draws } from './quizDraws';
import type { QuestionKind, QuizQuestion } from './quizTypes';
import { copyWords, stepLine } from './quizWords';

/** What every builder fills in; the generator adds the index, kind, op, config and layer words. */
export type Built = Omit<QuizQuestion, 'index' | 'kind' | 'op' | 'config' | 'layer'>;
export type Builder = (plan: Plan, d: Draws) => Built | null;

const cellText = (c: Cell) => `(row ${c.row}, col ${c.col})`;
/** A padded-grid cell inside a parenthesis: `padded row 0, col 3`. */
const paddedAt = (c: Cell) => `padded row ${c.row}, col ${c.col}`;

/** The size derivation of both axes, without a transposed convolution's direct-picture steps (the quiz asks about its output). */
function axisSteps(plan: Plan): string[] {
  const lines = (name: string, a: Plan['h']) => a.steps.filter((s) => !s.label.startsWith('direct picture')).map((s) => `${name}: ${stepLine(s)}`);
  return [...lines('height', plan.h), ...lines('width', plan.w)];
}

const size: Builder = (plan) => ({
  prompt: `What is the output size (height × width)?`,
  form: { kind: 'numbers', labels: ['Output height', 'Output width'] },
  target: null,
  expected: { kind: 'numbers', values: [plan.h.out, plan.w.out] },
  expectedText: `${plan.h.out}×${plan.w.out}`,
  derivation: axisSteps(plan),
});

const split: Builder = (plan) => {
  const [t, b, l, r] = plan.pads;
  // 0,0,0,0 asks nothing about a split: draw another.
  if (t + b + l + r === 0) return null;
  return {
    prompt: `How many padding cells go on each side: top, bottom, left, right?`,
    form: { kind: 'numbers', labels: ['Top (T)', 'Bottom (B)', 'Left (L)', 'Right (R)'] },
    target: null,
    expected: { kind: 'numbers', values: [t, b, l, r] },
    expectedText: `T,B,L,R = ${t},${b},${l},${r}`,
    derivation: axisSteps(plan),
  };
};

/** A padding cell of the padded grid (outside the input on either axis), drawn; null when there is none. */
function paddingCell(plan: Plan, d: Draws, copies: boolean): Cell | null {
  const cells: Cell[] = [];
  for (let row = 0; row < plan.h.padded; row++) {
    for (let col = 0; col < plan.w.padded; col++) {
      const pad = plan.h.isPadding[row] === true || plan.w.isPadding[col] === true;
      const copied = plan.h.source[row] !== CONSTANT && plan.w.source[col] !== CONSTANT;
      if (pad && (!copies || copied)) cells.push({ row, col });
    }
  }
  return cells.length > 0 ? d.pick(cells) : null;
}

/** Why padded cell `c` holds what it holds: one line per axis. */
function copyLines(plan: Plan, c: Cell): string[] {
  const { h, w, config } = plan;
  return [
    copyWords('row', config.mode, h.n, h.before, c.row, h.source[c.row] ?? CONSTANT),
    copyWords('column', config.mode, w.n, w.before, c.col, w.source[c.col] ?? CONSTANT),
  ];
}

const value: Builder = (plan, d) => {
  const target = paddingCell(plan, d, false);
  if (!target) return null;
  const v = paddedOf(plan)[target.row * plan.w.padded + target.col] ?? NaN;
  const sr = plan.h.source[target.row] ?? CONSTANT;
  const sc = plan.w.source[target.col] ?? CONSTANT;
  const last =
    sr === CONSTANT || sc === CONSTANT
      ? `so it holds the ${plan.config.mode === 'constant' ? `constant ${plan.fill}` : 'zero of zero padding'}: ${v}`
      : `so it holds input cell ${cellText({ row: sr, col: sc })}'s value: ${v}`;
  return {
    prompt: 'What value does the padding cell marked ? hold?',
    form: { kind: 'numbers', labels: ['Value'] },
    target,
    expected: { kind: 'numbers', values: [v] },
    expectedText: String(v),
    derivation: [...copyLines(plan, target), last],
  };
};

const source: Builder = (plan, d) => {
  const target = paddingCell(plan, d, true);
  if (!target) return null;
  const from = { row: plan.h.source[target.row] ?? CONSTANT, col: plan.w.source[target.col] ?? CONSTANT };
  // The answer is clicked on the padded grid: the input cell sits `before` cells in.
  const onGrid = { row: from.row + plan.h.before, col: from.col + plan.w.before };
  return {
    prompt: 'The padding cell marked ? copies one input cell. Click that input cell on the padded grid.',
    form: { kind: 'pick-padded' },
    target,
    expected: { kind: 'cells', cells: [onGrid] },
    expectedText: `input cell ${cellText(from)}`,
    derivation: [...copyLines(plan, target), `so it copies input cell ${cellText(from)}`],
  };
};

/** How one axis's padded position `p` is read: `padded row 3 = o·2 + t·1: o = 1 (t = 1)`. */
function readerLine(noun: 'row' | 'column', a: Plan['h'], p: number): string {
  const found = axisReaders(a, p).map((o) => `o = ${o} (t = ${(p - o * a.s) / a.d})`);
  return `output ${noun} o reads padded ${noun}s o·${a.s} + t·${a.d}, t = 0..${a.k - 1}; padded ${noun} ${p}: ${found.length ? found.join(', ') : 'none'}`;
}

const reads: Builder = (plan, d) => {
  const read: Cell[] = [];
  for (let row = 0; row < plan.h.padded; row++) {
    for (let col = 0; col < plan.w.padded; col++) if ((plan.h.reads[row] ?? 0) > 0 && (plan.w.reads[col] ?? 0) > 0) read.push({ row, col });
  }
  if (read.length === 0) return null;
  // A cell read by several windows asks more than one read once: prefer those when there are any.
  const several = read.filter((c) => (plan.h.reads[c.row] ?? 0) * (plan.w.reads[c.col] ?? 0) > 1);
  const target = d.pick(several.length > 0 ? several : read);
  const cells = cellReaders(plan, target.row, target.col);
  return {
    prompt: `Which output cells read the cell marked ? (${paddedAt(target)})? Click them on the output grid, then Check.`,
    form: { kind: 'pick-output' },
    target,
    expected: { kind: 'cells', cells },
    expectedText: cells.map((c) => `(${c.row}, ${c.col})`).join(' '),
    derivation: [readerLine('row', plan.h, target.row), readerLine('column', plan.w, target.col), `so every pair of them: ${cells.length} output cell${cells.length === 1 ? '' : 's'}`],
  };
};

/** The builders of the kinds read straight from one Plan (`opad` needs two: see opadQuestion). */
export const BUILDERS: Readonly<Record<Exclude<QuestionKind, 'opad'>, Builder>> = { size, split, value, source, reads };
