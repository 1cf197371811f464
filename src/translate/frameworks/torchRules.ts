/**
 * The PyTorch row. nn.Conv2d pads both sides of an axis equally
 * (`padding=(ph, pw)`) with `padding_mode` zeros/reflect/replicate/circular,
 * or `padding='same'` at stride 1 (odd cell bottom/right, as TF). Anything
 * else is `F.pad(x, (L, R, T, B), mode=…)` first. Sources:
 * torch/nn/modules/conv.py, torch/nn/functional.py `pad`.
 */
import { HALF_KERNEL_FORM, type Plan } from '../../core';
import { planFacts, type Facts } from '../codegen/facts';
import { TORCH_SAME_STRIDED, torchPadError } from './errors';
import { exactOutcome, halfKernelForms, padOutcome, pyPair } from './geometry';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow, type Outcome, type Pads } from './types';

/** padding_mode values of nn.Conv2d (F.pad calls zeros 'constant'). */
const CONV_MODES = new Set(['zeros', 'reflect', 'replicate', 'circular']);

/** nn.Conv2d's `padding=` for the Plan, or null when a padding step is needed. */
function convPadding(plan: Plan, f: Facts): string | null {
  if (f.noPad) return '0';
  if (!f.zeroFill && !CONV_MODES.has(plan.config.mode)) return null;
  if (plan.config.pad.kind === 'same' && f.torchSame) return "'same'";
  if (f.symmetric) return pyPair(f.T, f.L);
  // 'same' (stride 1) is the only way nn.Conv2d pads asymmetrically: odd cell bottom/right.
  return f.torchSame ? "'same'" : null;
}

/** Why nn.Conv2d cannot pad by itself, for the extra-step line. */
function whyStep(plan: Plan, f: Facts): string {
  if (!f.symmetric) return 'nn.Conv2d pads both sides of an axis equally: pad with F.pad first';
  if (plan.config.mode === 'symmetric') return 'PyTorch has no symmetric mode: build the border with torch.cat of flipped slices';
  return 'padding_mode has no constant value: use F.pad(..., value=c)';
}

/** The padding step (F.pad or the symmetric workaround). */
function padStep(plan: Plan, f: Facts): string {
  const lrtb = `(${f.L}, ${f.R}, ${f.T}, ${f.B})`;
  switch (plan.config.mode) {
    case 'symmetric':
      return `torch.cat of flipped edge slices, ${lrtb} (no F.pad mode)`;
    case 'constant':
      return `F.pad(x, ${lrtb}, value=${plan.fill})`;
    case 'zeros':
      return `F.pad(x, ${lrtb})`;
    default:
      return `F.pad(x, ${lrtb}, mode='${plan.config.mode}')`;
  }
}

/** The PyTorch row. */
export function torchRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const mode = plan.config.mode;
  const modeArg = !f.zeroFill && !f.noPad && CONV_MODES.has(mode) ? `, padding_mode='${mode}'` : '';
  const conv = (padding: string, withMode = true) =>
    `nn.Conv2d(${f.C}, ${f.F}, ${pyPair(f.KH, f.KW)}` +
    `${f.sh > 1 || f.sw > 1 ? `, stride=${pyPair(f.sh, f.sw)}` : ''}, padding=${padding}` +
    `${f.dh > 1 || f.dw > 1 ? `, dilation=${pyPair(f.dh, f.dw)}` : ''}${f.g > 1 ? `, groups=${f.g}` : ''}${withMode ? modeArg : ''})`;
  const strided = f.sh > 1 || f.sw > 1;
  const kind = plan.config.pad.kind;
  const attempts: Attempt[] = [];
  if (kind === 'same' && strided) {
    attempts.push({ role: 'literal', code: conv("'same'"), outcome: { kind: 'error', error: TORCH_SAME_STRIDED } });
  }
  const own = convPadding(plan, f);
  attempts.push({
    role: 'exact',
    code: own ? conv(own) : `${padStep(plan, f)} → ${conv('0', false)}`,
    outcome: exactOutcome(plan),
    note: kind === 'same-lower' ? "PyTorch has no 'same-lower': its 'same' puts the odd cell bottom/right" : undefined,
  });
  if (f.causal && f.oneD && f.zeroFill) {
    attempts.push({
      role: 'exact',
      label: 'exact, 1-D',
      code: `F.pad(x, (${f.L}, 0)) → nn.Conv1d(${f.C}, ${f.F}, ${f.KW}${f.sw > 1 ? `, stride=${f.sw}` : ''}${f.dw > 1 ? `, dilation=${f.dw}` : ''}${f.g > 1 ? `, groups=${f.g}` : ''})`,
      outcome: exactOutcome(plan),
      note: "PyTorch has no causal padding: pad d·(k−1) on the left of the sequence, nothing on the right",
    });
  }
  // What a PyTorch user writes for "same": padding=k//2, symmetric (and, dilated, d*(k-1)//2).
  if (kind === 'same' || kind === 'same-lower') {
    for (const { form, pads, note } of halfKernelForms(plan)) {
      attempts.push({ role: 'idiom', code: `${conv(pyPair(pads[0], pads[2]))}  # ${HALF_KERNEL_FORM[form]}`, outcome: idiomOutcome(plan, pads), note });
    }
  }
  return { id: 'torch', name: TABLE_FRAMEWORK_LABEL.torch, attempts, extraStep: own ? null : whyStep(plan, f) };
}

/** The k//2 idiom's result: reflect/circular can fail on a small input before the conv runs. */
function idiomOutcome(plan: Plan, pads: Pads): Outcome {
  const error = torchPadError(plan, plan.config.mode, pads);
  return error ? { kind: 'error', error } : padOutcome(plan, pads);
}
