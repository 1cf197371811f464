/**
 * Code export: one runnable snippet per framework for a Plan, with the
 * configuration's real input and kernel embedded (full float64 precision),
 * batch 1, ending by printing the output. Pure string building: like the rest
 * of src/core it imports no framework.
 */
import type { Plan } from '../../plan';
import type { Snippet, Target } from './facts';
import { keras1Snippet } from './keras1';
import { kerasSnippet } from './keras';
import { tfSnippet } from './tf';
import { tfjsSnippet } from './tfjs';
import { torchSnippet } from './torch';

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
