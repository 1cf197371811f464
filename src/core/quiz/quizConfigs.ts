/**
 * Which operations each question kind makes sense for, and the small
 * configurations drawn for a question: input 3..9, kernel 1..5, stride 1..3,
 * dilation mostly 1, a border kind and a padding mode that give the question
 * something to ask. Validity is checked by the caller with derivePlan.
 */
import { DEFAULT_CONFIG, isPool, type Config, type Framework, type Operation, type PadKind, type PadMode, type PadSpec, type Pair } from '../config';
import type { Draws } from './quizDraws';
import type { QuestionKind } from './quizTypes';

/**
 * The operations a kind is asked about: a padding cell's value or source
 * needs a padding mode (a convolution's; pools pad with −∞ or 0, a
 * transposed convolution crops), a split needs a named border that decides
 * it, `output_padding` belongs to the transposed convolution.
 */
export const KIND_OPERATIONS: Readonly<Record<QuestionKind, readonly Operation[]>> = {
  size: ['conv', 'convt', 'maxpool', 'avgpool'],
  split: ['conv', 'maxpool', 'avgpool'],
  value: ['conv'],
  source: ['conv'],
  reads: ['conv', 'maxpool', 'avgpool'],
  opad: ['convt'],
};

/** The (operation, kind) pairs a quiz draws from; empty when no chosen kind fits a chosen operation. */
export function quizPairs(ops: readonly Operation[], kinds: readonly QuestionKind[]): { op: Operation; kind: QuestionKind }[] {
  return kinds.flatMap((kind) => ops.filter((op) => KIND_OPERATIONS[kind].includes(op)).map((op) => ({ op, kind })));
}

/** Modes whose padding copies an input cell (a `source` question needs one). */
export const COPYING_MODES: readonly PadMode[] = ['reflect', 'symmetric', 'replicate', 'circular'];

/** The framework whose rules name a border kind best (its warnings and code in the explorer). */
const FRAMEWORK_OF: Partial<Record<PadKind, Framework>> = { full: 'theano', half: 'theano', 'same-lower': 'onnx' };

function pair(d: Draws, lo: number, hi: number, squareOdds = 0.6): Pair {
  const h = d.int(lo, hi);
  return d.chance(squareOdds) ? { h, w: h } : { h, w: d.int(lo, hi) };
}

function explicitPad(d: Draws, lo: number, hi: number): PadSpec {
  return { kind: 'explicit', top: d.int(lo, hi), bottom: d.int(lo, hi), left: d.int(lo, hi), right: d.int(lo, hi) };
}

/** The border of a question: named kinds where the kind asks how they split, explicit sides now and then otherwise. */
function drawPad(d: Draws, op: Operation, kind: QuestionKind, kernel: Pair): PadSpec {
  if (kind === 'split') return { kind: isPool(op) ? 'same' : d.pick(['same', 'same', 'same-lower', 'full', 'half'] as const) };
  if (kind === 'value' || kind === 'source') return d.chance(0.5) ? { kind: 'same' } : explicitPad(d, 0, 2);
  if (op === 'convt') return d.chance(0.5) ? explicitPad(d, 0, 1) : { kind: d.pick(['same', 'valid'] as const) };
  if (isPool(op)) {
    // Within PyTorch's ⌊k/2⌋, so the explicit pads are ones a pooling layer accepts.
    const most = Math.floor(Math.min(kernel.h, kernel.w) / 2);
    return d.chance(0.3) ? explicitPad(d, 0, most) : { kind: d.pick(['same', 'valid'] as const) };
  }
  return d.chance(0.3) ? explicitPad(d, 0, 2) : { kind: d.pick(['valid', 'same', 'same', 'full', 'half'] as const) };
}

/** The padding mode: any for a value question, a copying one for a source question, zeros otherwise. */
function drawMode(d: Draws, kind: QuestionKind): { mode: PadMode; cval: number } {
  if (kind === 'value') {
    const mode = d.pick<PadMode>(['zeros', 'constant', ...COPYING_MODES, ...COPYING_MODES]);
    return { mode, cval: mode === 'constant' ? d.pick([-2, -1, 1, 2, 3, 5]) : 0 };
  }
  if (kind === 'source') return { mode: d.pick(COPYING_MODES), cval: 0 };
  return { mode: 'zeros', cval: 0 };
}

/**
 * A configuration for one question of `kind` about `op` (not `opad`: see
 * opadQuestion). May be invalid (a mirror wider than the input, an empty
 * output): the caller draws again.
 */
export function drawConfig(d: Draws, op: Operation, kind: QuestionKind): Config {
  const input = pair(d, 3, 9, 0.7);
  const needsPadding = kind === 'value' || kind === 'source';
  // A 1×1 kernel has no padding to ask about, and gives every cell one reader at most.
  const kernel = isPool(op) ? pair(d, 2, 3, 0.8) : pair(d, needsPadding || kind === 'reads' ? 2 : 1, 5);
  // Strides of 3 leave most cells read by one window: a reads question asks more with 1 or 2.
  const stride = pair(d, 1, kind === 'reads' ? 2 : 3, 0.7);
  // Dilation now and then: avg pooling has none (PyTorch's avg_pool2d).
  const dilation = op !== 'avgpool' && d.chance(0.15) ? { h: 2, w: 2 } : { h: 1, w: 1 };
  const pad = drawPad(d, op, kind, kernel);
  const { mode, cval } = drawMode(d, kind);
  return {
    ...DEFAULT_CONFIG,
    op,
    input,
    kernel,
    stride,
    dilation,
    pad,
    mode,
    cval,
    framework: FRAMEWORK_OF[pad.kind] ?? 'keras',
    // Integers 0..9 drawn from the config's own seed: the explorer link shows the same values.
    x: { kind: 'preset', preset: 'random' },
    seed: d.int(1, 999),
  };
}
