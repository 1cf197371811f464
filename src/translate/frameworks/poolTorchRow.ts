/**
 * The PyTorch row of a pooling layer. nn.MaxPool2d / nn.AvgPool2d take
 * `padding=(ph, pw)` on both sides, at most ⌊k/2⌋ (of the kernel before
 * dilation), `ceil_mode` with the last-window rule, `count_include_pad`
 * (True by default) and, for max only, `dilation`; no string padding.
 * Sources: torch/nn/modules/pooling.py, aten Pool.h.
 */
import { AXES, halfKernelPad, type Plan } from '../../core';
import { poolCode, torchPadLimit, type PoolCode } from '../codegen/poolFacts';
import { torchPoolCall, torchPoolForm, torchPoolLine } from '../codegen/torchPool';
import { exactOutcome } from './geometry';
import { torchPoolPadError, torchPoolStringPadding } from './poolErrors';
import { explicitPad, poolVariantOutcome } from './poolOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow, type Pads } from './types';

/** The first axis (height, then width, as PyTorch checks) whose pad passes ⌊k/2⌋, with that pad and kernel. */
function overLimit(plan: Plan): { pad: number; k: number } | null {
  for (const axis of AXES) {
    const a = plan[axis];
    if (a.before > torchPadLimit(a.k)) return { pad: a.before, k: a.k };
  }
  return null;
}

/** The lines a PyTorch port usually writes for TF's 'same': padding=k//2, and ceil_mode=True when strided. */
function sameIdioms(plan: Plan, pc: PoolCode): Attempt[] {
  const p = (axis: 'h' | 'w') => halfKernelPad(plan[axis].k, plan[axis].d).literal;
  const pads: Pads = [p('h'), p('h'), p('w'), p('w')];
  const out: Attempt[] = [
    {
      role: 'idiom',
      label: 'usual “same”',
      code: `${torchPoolCall(pc, { padding: [pads[0], pads[2]] })}  # k//2`,
      // PyTorch's default count_include_pad=True, rounding down.
      outcome: poolVariantOutcome(plan, { pad: explicitPad(pads), cip: true, ceil: false }),
      note: pc.reduce === 'avg' ? 'count_include_pad=True (the default) counts the padding; TF does not' : undefined,
    },
  ];
  if (pc.f.sh > 1 || pc.f.sw > 1) {
    out.push({
      role: 'idiom',
      label: 'often written',
      code: torchPoolCall(pc, { ceil: true }),
      outcome: poolVariantOutcome(plan, { pad: { kind: 'valid' }, ceil: true }),
      note: 'ceil_mode=True rounds up instead of padding: ⌈(n − k)/s⌉ + 1 windows, not ⌈n/s⌉',
    });
  }
  return out;
}

/** The PyTorch row of a pooling Plan. */
export function torchPoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const { f } = pc;
  const kind = plan.config.pad.kind;
  const attempts: Attempt[] = [];
  if (kind === 'same') {
    attempts.push({ role: 'literal', code: torchPoolCall(pc, { padding: "'same'" }), outcome: { kind: 'error', error: torchPoolStringPadding(pc.reduce) } });
  }
  const over = f.symmetric ? overLimit(plan) : null;
  if (over && kind !== 'same') {
    attempts.push({
      role: 'literal',
      code: torchPoolCall(pc, { padding: [f.T, f.L], ceil: pc.ceil, countIncludePad: pc.countsPadding }),
      outcome: { kind: 'error', error: torchPoolPadError(over.pad, over.k) },
    });
  }
  const exact = torchPoolLine(pc);
  attempts.push({ role: 'exact', code: exact.code, outcome: exactOutcome(plan), note: exact.note });
  if (kind === 'same') attempts.push(...sameIdioms(plan, pc));
  return { id: 'torch', name: TABLE_FRAMEWORK_LABEL.torch, attempts, extraStep: extraStep(pc) };
}

/** Why the module cannot pad by itself, or null. */
function extraStep(pc: PoolCode): string | null {
  const form = torchPoolForm(pc);
  if (form === 'layer') return null;
  const name = pc.reduce === 'max' ? 'nn.MaxPool2d' : 'nn.AvgPool2d';
  const why = !pc.f.symmetric ? 'pads both sides of an axis equally' : 'pads at most ⌊k/2⌋ per side';
  if (form === 'sum-over-count') return `${name} ${why}, and F.pad's zeros would count in its divisor: divide the window sum by the cells that count`;
  return `${name} ${why}: pad with F.pad first${pc.reduce === 'max' ? ", value=float('-inf') (zeros would win a max)" : ''}`;
}
