/**
 * The ONNX row of a pooling layer. `MaxPool` and `AveragePool` take
 * asymmetric `pads` (all begins, then all ends: `[T, L, B, R]`), `ceil_mode`
 * (opset 10+) with the last-window rule ("sliding windows that would start
 * in the right padded region are ignored"), MaxPool `dilations` (opset 10+)
 * and AveragePool `count_include_pad`, whose default 0 is the opposite of
 * PyTorch's. `auto_pad` is deprecated for both: explicit pads always.
 * Source: onnx/docs/Operators.md (MaxPool, AveragePool).
 */
import type { Plan } from '../../core';
import { poolCode, type PoolCode } from '../codegen/poolFacts';
import { exactOutcome } from './geometry';
import { explicitPad, poolVariantOutcome } from './poolOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow } from './types';

/** `MaxPool(...)` / `AveragePool(...)` with these pads; `countIncludePad` undefined leaves the attribute out. */
function onnxPool(pc: PoolCode, countIncludePad: boolean | undefined): string {
  const { f } = pc;
  const attrs = [`kernel_shape=[${f.KH}, ${f.KW}]`, `strides=[${f.sh}, ${f.sw}]`, `pads=[${f.T}, ${f.L}, ${f.B}, ${f.R}]`];
  if (pc.dilated) attrs.push(`dilations=[${f.dh}, ${f.dw}]`);
  if (pc.ceil) attrs.push('ceil_mode=1');
  if (countIncludePad !== undefined) attrs.push(`count_include_pad=${countIncludePad ? 1 : 0}`);
  return `${pc.reduce === 'max' ? 'MaxPool' : 'AveragePool'}(${attrs.join(', ')})`;
}

/** The ONNX row of a pooling Plan. */
export function onnxPoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const kind = plan.config.pad.kind;
  const auto = kind === 'same' ? 'SAME_UPPER' : kind === 'same-lower' ? 'SAME_LOWER' : null;
  const attempts: Attempt[] = [
    {
      role: 'exact',
      // An average writes count_include_pad always: its default (0) is not PyTorch's (True).
      code: onnxPool(pc, pc.reduce === 'avg' ? pc.countsPadding : undefined),
      outcome: exactOutcome(plan),
      note: auto ? `auto_pad='${auto}' gives these pads too, but MaxPool and AveragePool deprecate auto_pad` : undefined,
    },
  ];
  if (pc.reduce === 'avg' && pc.countsPadding && !pc.f.noPad) {
    attempts.push({
      role: 'idiom',
      label: 'often written',
      code: onnxPool(pc, undefined),
      outcome: poolVariantOutcome(plan, { pad: explicitPad(plan.pads), cip: false }),
      note: "count_include_pad defaults to 0 in ONNX, to True in PyTorch's AvgPool2d",
    });
  }
  return { id: 'onnx', name: TABLE_FRAMEWORK_LABEL.onnx, attempts, extraStep: null };
}
