/**
 * The compare view's words that depend on the operation: a side's summary
 * line and what its output grids are called (a convolution's filters, a
 * pool's channels — a pool keeps its input's channels, design.md `maxpool`).
 */
import { divisorCountsPadding, FRAMEWORK_LABEL, isPool, OPERATION_LABEL, type Config, type PadSpec } from '../../core';
import { padText } from '../../state/compositeFields';

/** The border as its URL text (`padText`), explicit sides marked as such: `explicit 1,1,0,0`. */
const borderText = (p: PadSpec): string => (p.kind === 'explicit' ? `explicit ${padText(p)}` : padText(p));

/**
 * The line beside a side's title: framework, then for a pool its operation,
 * border, rounding and divisor (core's divisor rule), for a convolution its
 * border and padding mode (a pool has none: it pads with −∞ or 0).
 */
export function sideSummary(c: Config): string {
  const parts = [FRAMEWORK_LABEL[c.framework]];
  if (!isPool(c.op)) return [...parts, `pad ${borderText(c.pad)}`, c.mode].join(' · ');
  parts.push(OPERATION_LABEL[c.op], `pad ${borderText(c.pad)}`);
  if (c.ceil) parts.push('ceil_mode=True');
  if (c.op === 'avgpool') parts.push(divisorCountsPadding(c) ? 'divides by the whole window' : 'divides by the real cells');
  return parts.join(' · ');
}

/** What one output grid of a layer is: one per filter of a convolution, one per channel of a pool. */
export const gridNoun = (c: Config): string => (isPool(c.op) ? 'channel' : 'filter');

/** What the output grids of A and B are called together: their common noun, else "output channel". */
export function sharedGridNoun(a: Config, b: Config): string {
  return gridNoun(a) === gridNoun(b) ? gridNoun(a) : 'output channel';
}
