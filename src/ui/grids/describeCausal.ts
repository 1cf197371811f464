/**
 * The causal clause of the hover and step lines (design.md, `pad=causal`,
 * Keras `Conv1D(padding='causal')`): output t reads inputs up to t and never
 * a later one. The inputs listed are the window's taps on input columns,
 * read from the shared window map and the width axis' index map.
 */
import { CONSTANT, windowCells, type Plan } from '../../core';

/** "; causal: output 5 reads inputs 1, 3, 5 — up to t = 5, never a later one"; empty for any other border. */
export function causalText(plan: Plan, row: number, col: number): string {
  if (plan.config.pad.kind !== 'causal') return '';
  const inputs = [...new Set(windowCells(plan, row, col).map((c) => plan.w.source[c.col] ?? CONSTANT))].filter((s) => s !== CONSTANT);
  if (inputs.length === 0) return `; causal: output t = ${col} reads only padding`;
  const last = Math.max(...inputs);
  // With stride 1 the last input read is t itself; a strided causal layer reads up to t·s.
  const upTo = last === col ? 'up to t' : `up to ${last}`;
  return `; causal: output t = ${col} reads inputs ${inputs.join(', ')} — ${upTo}, never a later one`;
}
