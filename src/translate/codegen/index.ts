/**
 * Code export: one runnable snippet per framework for a Plan, with the
 * configuration's real input (and kernel) embedded (full float64 precision),
 * batch 1, ending by printing the output. A convolution and a pooling layer
 * each have their own generators, and so does a transposed convolution; the
 * Plan's operation picks them. Pure
 * string building: like the rest of src/translate it imports only core.
 */
import type { Plan } from '../../core';
import type { Snippet, Target } from './facts';
import { keras1Snippet } from './keras1';
import { keras1ConvtSnippet } from './keras1Convt';
import { keras1PoolSnippet } from './keras1Pool';
import { kerasSnippet } from './kerasCode';
import { kerasConvtSnippet } from './kerasConvt';
import { kerasPoolSnippet } from './kerasPool';
import { tfSnippet } from './tfCode';
import { tfConvtSnippet } from './tfConvt';
import { tfPoolSnippet } from './tfPool';
import { tfjsSnippet } from './tfjsCode';
import { tfjsConvtSnippet } from './tfjsConvt';
import { tfjsPoolSnippet } from './tfjsPool';
import { torchSnippet } from './torchCode';
import { torchConvtSnippet } from './torchConvt';
import { torchPoolSnippet } from './torchPool';

export { TARGETS, type Snippet, type Target } from './facts';
export { keras1Snippet, kerasSnippet, tfSnippet, tfjsSnippet, torchSnippet };

type Generators = Readonly<Record<Target, (plan: Plan) => Snippet>>;

const CONV: Generators = { keras1: keras1Snippet, keras: kerasSnippet, tf: tfSnippet, torch: torchSnippet, tfjs: tfjsSnippet };
const CONVT: Generators = { keras1: keras1ConvtSnippet, keras: kerasConvtSnippet, tf: tfConvtSnippet, torch: torchConvtSnippet, tfjs: tfjsConvtSnippet };
const POOL: Generators = { keras1: keras1PoolSnippet, keras: kerasPoolSnippet, tf: tfPoolSnippet, torch: torchPoolSnippet, tfjs: tfjsPoolSnippet };

/** Every framework's snippet for a Plan: the pooling or transposed-convolution generators for those, the convolution ones otherwise. */
export function exportCode(plan: Plan): Record<Target, Snippet> {
  const gen = plan.pool ? POOL : plan.transposed ? CONVT : CONV;
  return { keras1: gen.keras1(plan), keras: gen.keras(plan), tf: gen.tf(plan), torch: gen.torch(plan), tfjs: gen.tfjs(plan) };
}
