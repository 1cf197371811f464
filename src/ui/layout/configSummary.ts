/**
 * The current layer in one line, for the phone layout's sticky bar:
 * `conv 5×5 k3 s1 same zeros → 5×5`. Every setting that shapes the result is
 * named (a student reading it over a shoulder should not need the controls);
 * settings at their no-op value (dilation 1, one group, no output padding) are
 * left out to keep it on one line.
 */
import { isPool, type Config, type Pair, type PlanResult } from '../../core';
import { padText } from '../../state/compositeFields';

const pair = (p: Pair) => (p.h === p.w ? `${p.h}` : `${p.h}×${p.w}`);
const ones = (p: Pair) => p.h === 1 && p.w === 1;

/** The settings part, without the output: `conv 5×5 k3 s1 same zeros`. */
export function configWords(c: Config): string {
  const pool = isPool(c.op);
  const words = [c.op, `${c.input.h}×${c.input.w}${c.channels > 1 ? `×${c.channels}` : ''}`, `k${pair(c.kernel)}`, `s${pair(c.stride)}`];
  if (!ones(c.dilation)) words.push(`d${pair(c.dilation)}`);
  words.push(padText(c.pad));
  // Pools never read padding values; a transposed convolution pads with zeros only (design.md).
  if (!pool && c.op !== 'convt') words.push(c.mode === 'constant' ? `constant ${c.cval}` : c.mode);
  if (!pool && c.filters > 1) words.push(`f${c.filters}`);
  if (c.groups > 1) words.push(`g${c.groups}`);
  if (c.op === 'convt' && (c.opad.h > 0 || c.opad.w > 0)) words.push(`opad ${pair(c.opad)}`);
  if (pool && c.ceil) words.push('ceil');
  if (c.op === 'avgpool' && !c.cip) words.push('cip0');
  return words.join(' ');
}

/** The whole line: the settings and what they give, `→ 5×5`, or `→ invalid`. */
export function configSummary(config: Config, plan: PlanResult): string {
  const result = plan.ok ? `${plan.h.out}×${plan.w.out}` : 'invalid';
  return `${configWords(config)} → ${result}`;
}
