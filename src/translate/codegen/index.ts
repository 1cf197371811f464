/**
 * Code export: one runnable snippet per framework for a Plan, with the
 * configuration's real input (and kernel) embedded (full float64 precision),
 * batch 1, ending by printing the output. A convolution and a pooling layer
 * each have their own generators; the Plan's operation picks them. Pure
 * string building: like the rest of src/translate it imports only core.
 */
import type { Plan } from '../../core';
import type { Snippet, Target } from './facts';
import { keras1Snippet } from './keras1';
import { keras1PoolSnippet } from './keras1Pool';
import { kerasSnippet } from './kerasCode';
import { kerasPoolSnippet } from './kerasPool';
import { tfSnippet } from './tfCode';
import { tfPoolSnippet } from './tfPool';
import { tfjsSnippet } from './tfjsCode';
import { tfjsPoolSnippet } from './tfjsPool';
import { torchSnippet } from './torchCode';
import { torchPoolSnippet } from './torchPool';

export { TARGETS, type Snippet, type Target } from './facts';
export { keras1Snippet, kerasSnippet, tfSnippet, tfjsSnippet, torchSnippet };

type Generators = Readonly<Record<Target, (plan: Plan) => Snippet>>;

const CONV: Generators = { keras1: keras1Snippet, keras: kerasSnippet, tf: tfSnippet, torch: torchSnippet, tfjs: tfjsSnippet };
const POOL: Generators = { keras1: keras1PoolSnippet, keras: kerasPoolSnippet, tf: tfPoolSnippet, torch: torchPoolSnippet, tfjs: tfjsPoolSnippet };

/** Every framework's snippet for a Plan: the pooling generators for a pool, the convolution ones otherwise. */
export function exportCode(plan: Plan): Record<Target, Snippet> {
  const gen = plan.pool ? POOL : CONV;
  return { keras1: gen.keras1(plan), keras: gen.keras(plan), tf: gen.tf(plan), torch: gen.torch(plan), tfjs: gen.tfjs(plan) };
}
