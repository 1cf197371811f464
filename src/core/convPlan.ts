/**
 * The forward convolution's Plan (design.md, Semantics; `op=conv`): both axes
 * from the shared per-axis derivation, then the values, the applied kernel,
 * the window reads and the warnings.
 */
import type { Axis, Config } from './config';
import { appliedKernel } from './appliedWeights';
import { checkGroups } from './groupCheck';
import { denseConvWeights } from './groupedWeights';
import { checkAxes, deriveAxis, type DerivedAxis } from './axisDerivation';
import { fillValue } from './padded';
import type { AxisPlan, PlanResult } from './plan';
import { inputPreset, kernelPreset } from './presets';
import { LIMITS, type FieldLimits } from './limits';
import { checkFieldLimits, checkValues } from './validateFields';
import { dimsText, valueCount, valueShapes } from './valueCounts';
import { configWarnings } from './warnings';
import { axisReadCounts, axisUnread } from './windows';

const TORCH_EMPTY = `PyTorch raises "Kernel size can't be greater than actual input size". `;

/** One axis of the configuration, as derived for every operation's grid. */
function configAxis(config: Config, axis: Axis): DerivedAxis {
  const g = { n: config.input[axis], k: config.kernel[axis], s: config.stride[axis], d: config.dilation[axis] };
  return deriveAxis(axis, g, config.pad, config.mode);
}

/** Adds the window reads (which output indices read each padded position) to a derived axis. */
function withReads(a: DerivedAxis): AxisPlan {
  const reads = axisReadCounts(a);
  return { ...a, reads, unread: axisUnread(a, reads) };
}

/** The Plan of a forward convolution, or why it cannot run. Never throws on user input. */
export function deriveConvPlan(config: Config, limits: FieldLimits = LIMITS): PlanResult {
  const fieldProblem = checkFieldLimits(config, limits) ?? checkGroups(config);
  if (fieldProblem) return fieldProblem;

  const axes = { h: configAxis(config, 'h'), w: configAxis(config, 'w') };
  const axisProblem = checkAxes(config.mode, axes, 'cells', TORCH_EMPTY);
  if (axisProblem) return axisProblem;

  const C = config.channels;
  const F = config.filters;
  const g = config.groups;
  const input = config.x.kind === 'preset' ? inputPreset(config.x.preset, C, config.input, config.seed) : config.x.values;
  // PyTorch's grouped weight is (F, C/g, KH, KW).
  const weights =
    config.w.kind === 'preset' ? kernelPreset(config.w.preset, F, C / g, config.kernel, config.seed) : config.w.values;
  const shapes = valueShapes(config);
  const valuesProblem =
    checkValues('input', input, valueCount(shapes.x), dimsText(shapes.x), limits.value.maxAbs) ??
    checkValues('kernel', weights, valueCount(shapes.w), dimsText(shapes.w), limits.value.maxAbs);
  if (valuesProblem) return valuesProblem;

  const h = withReads(axes.h);
  const w = withReads(axes.w);
  return {
    ok: true,
    op: config.op,
    config,
    channels: C,
    filters: F,
    h,
    w,
    pads: [h.before, h.after, w.before, w.after],
    fill: fillValue(config.mode, config.cval),
    input,
    weights,
    appliedWeights: appliedKernel(denseConvWeights(weights, F, C, g, config.kernel.h, config.kernel.w), F * C, config.kernel.h, config.kernel.w, config.flip),
    pool: null,
    transposed: null,
    warnings: configWarnings(config, h, w),
  };
}
