/**
 * The ONNX row. `Conv` takes asymmetric zero pads natively — `pads` lists
 * all begins then all ends, `[T, L, B, R]` — or `auto_pad` SAME_UPPER (odd
 * cell bottom/right, as TF) / SAME_LOWER (odd cell top/left). Other borders
 * are a `Pad` node first (modes constant, reflect, edge, wrap; no symmetric).
 * Source: onnx/docs/Operators.md (Conv, Pad).
 */
import { sameTotalPadding, type AxisPlan, type Plan } from '../../core';
import { planFacts } from '../codegen/facts';
import { exactOutcome } from './geometry';
import { TABLE_FRAMEWORK_LABEL, type FrameworkRow } from './types';

/** ONNX Pad's name for each Padlab mode (null: no such mode). */
const PAD_MODE: Record<string, string | null> = { constant: 'constant', reflect: 'reflect', replicate: 'edge', circular: 'wrap', symmetric: null };

/**
 * ONNX's auto_pad total (core's `sameTotalPadding`) has no max(·, 0) in the
 * spec: with a stride larger than the kernel it can be negative where TF
 * clamps to 0, and runtimes differ on it. Explicit pads avoid the question.
 */
const negativeAutoPad = (a: AxisPlan) => sameTotalPadding(a.n, a.s, a.ke) < 0;

/** The ONNX row. */
export function onnxRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const kind = plan.config.pad.kind;
  const attrs = `strides=[${f.sh}, ${f.sw}]${f.dh > 1 || f.dw > 1 ? `, dilations=[${f.dh}, ${f.dw}]` : ''}${f.g > 1 ? `, group=${f.g}` : ''}`;
  const conv = (pad: string) => `Conv(${pad}, ${attrs})`;
  let code: string;
  let extraStep: string | null = null;
  let note: string | undefined;
  if (f.zeroFill || f.noPad) {
    const auto = kind === 'same' || kind === 'same-lower';
    const clamped = auto && (negativeAutoPad(plan.h) || negativeAutoPad(plan.w));
    const autoPad = kind === 'same' ? "auto_pad='SAME_UPPER'" : "auto_pad='SAME_LOWER'";
    code = conv(auto && !clamped ? autoPad : `pads=[${f.T}, ${f.L}, ${f.B}, ${f.R}]`);
    if (clamped) note = `explicit pads: ${autoPad}'s formula gives a negative total here (stride larger than the kernel), which runtimes treat differently`;
  } else {
    const mode = PAD_MODE[plan.config.mode];
    const pads = `pads=[0, 0, ${f.T}, ${f.L}, 0, 0, ${f.B}, ${f.R}]`;
    const value = plan.config.mode === 'constant' ? `, constant_value=${plan.fill}` : '';
    const step = mode ? `Pad(mode='${mode}', ${pads}${value})` : 'Slice + Concat of flipped edges (Pad has no symmetric mode)';
    code = `${step} → ${conv('pads=[0, 0, 0, 0]')}`;
    extraStep = 'Conv pads with zeros only: add a Pad node before it';
    if (mode === 'wrap') note = "Pad mode='wrap' needs opset 19";
  }
  return { id: 'onnx', name: TABLE_FRAMEWORK_LABEL.onnx, attempts: [{ role: 'exact', code, outcome: exactOutcome(plan), note }], extraStep };
}
