/**
 * The words of the exercises: a configuration in one line, a derivation step
 * as one line, and why a padded position holds what it holds, per padding
 * mode. Plain text only (the view renders it as text, never as HTML).
 */
import { OPERATION_LABEL, isPool, type Config, type PadMode, type PadSpec } from '../config';
import type { DerivationStep } from '../derivationSteps';
import { CONSTANT } from '../indexMap';

const pairText = (p: { h: number; w: number }) => `${p.h}×${p.w}`;

function padText(pad: PadSpec, crop: boolean): string {
  if (pad.kind !== 'explicit') return `${crop ? 'crop' : 'padding'} ${pad.kind}`;
  return `${crop ? 'crops' : 'pads'} T,B,L,R = ${pad.top},${pad.bottom},${pad.left},${pad.right}`;
}

/** The layer in one line: `Convolution · input 5×5 · kernel 3×3 · stride 2×2 · dilation 1×1 · padding same · mode reflect`. */
export function configWords(c: Config): string {
  const parts = [
    OPERATION_LABEL[c.op],
    `input ${pairText(c.input)}`,
    `kernel ${pairText(c.kernel)}`,
    `stride ${pairText(c.stride)}`,
    `dilation ${pairText(c.dilation)}`,
    padText(c.pad, c.op === 'convt'),
  ];
  // Only a convolution's padding holds a mode's values (pools pad −∞ or 0; a transposed convolution crops).
  if (c.op === 'conv') parts.push(c.mode === 'constant' ? `mode constant (${c.cval})` : `mode ${c.mode}`);
  if (isPool(c.op) && c.pad.kind === 'same') parts.push('TF rule');
  return parts.join(' · ');
}

/** One derivation step as a line: `output size: o = ⌊(np − ke)/s⌋ + 1 = ⌊(7 − 3)/2⌋ + 1 = 3`. */
export function stepLine(step: DerivationStep): string {
  const sub = step.substituted !== '' && step.substituted !== step.formula ? ` = ${step.substituted}` : '';
  const value = String(step.value) === step.formula && sub === '' ? '' : ` = ${step.value}`;
  return `${step.label}: ${step.symbol} = ${step.formula}${sub}${value}`;
}

const MODE_RULE: Readonly<Record<PadMode, string>> = {
  zeros: 'holds 0',
  constant: 'holds the constant',
  reflect: 'reflect mirrors about the edge without repeating it',
  symmetric: 'symmetric mirrors about the edge, repeating the edge',
  replicate: 'replicate repeats the edge',
  circular: 'circular wraps around to the other side',
};

/**
 * Why padded position `p` of one axis holds input index `source` (or the
 * constant), in input coordinates as the quiz grid labels them: `its row is
 * 1 before the first input row; reflect mirrors about the edge without
 * repeating it → input row 1`.
 */
export function copyWords(noun: 'row' | 'column', mode: PadMode, n: number, before: number, p: number, source: number): string {
  const u = p - before;
  if (u >= 0 && u < n) return `its ${noun} is input ${noun} ${u}`;
  const where = u < 0 ? `${-u} before the first input ${noun}` : `${u - n + 1} past the last input ${noun} (${n - 1})`;
  const result = source === CONSTANT ? 'no input cell' : `input ${noun} ${source}`;
  return `its ${noun} is ${where}; ${MODE_RULE[mode]} → ${result}`;
}
