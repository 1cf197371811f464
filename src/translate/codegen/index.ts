/**
 * Code export: one runnable snippet per framework for a Plan, with the
 * configuration's real input and kernel embedded (full float64 precision),
 * batch 1, ending by printing the output. Pure string building: like the rest
 * of src/core it imports no framework.
 */
import type { Plan } from '../../core';
import type { Snippet, Target } from './facts';
import { keras1Snippet } from './keras1';
import { kerasSnippet } from './kerasCode';
import { tfSnippet } from './tfCode';
import { tfjsSnippet } from './tfjsCode';
import { torchSnippet } from './torchCode';

export { TARGETS, type Snippet, type Target } from './facts';
export { keras1Snippet, kerasSnippet, tfSnippet, tfjsSnippet, torchSnippet };

/** Every framework's snippet for a Plan. */
export function exportCode(plan: Plan): Record<Target, Snippet> {
  return {
    keras1: keras1Snippet(plan),
    keras: kerasSnippet(plan),
    tf: tfSnippet(plan),
    torch: torchSnippet(plan),
    tfjs: tfjsSnippet(plan),
  };
}
