/**
 * The transposed convolution's Plan (design.md, `convt`; PyTorch
 * ConvTranspose2d, Keras Conv2DTranspose, tf.nn.conv2d_transpose, ONNX
 * ConvTranspose): both axes as the direct-convolution picture
 * (transposedAxis.ts), whose padded grid is the zero-inserted input with its
 * border, and whose kernel is the weights rotated 180° as dense OIHW. The
 * reference, the engine and the step-through then read it as any convolution.
 */
import { AXES, AXIS_NAME, type Axis, type Config } from './config';
import { checkGroups } from './groupCheck';
import { directKernelOfTransposed } from './groupedWeights';
import { invalid, type Invalid } from './invalid';
import type { AxisPlan, PlanResult } from './plan';
import { inputPreset, kernelPreset } from './presets';
import { deriveTransposedAxis, outputPaddingAllowed, torchOutputPaddingMessage, type TransposedAxis, type TransposedAxisFacts } from './transposedAxis';
import { LIMITS, type FieldLimits } from './limits';
import { checkFieldLimits, checkValues } from './validateFields';
import { dimsText, valueCount, valueShapes } from './valueCounts';
import { transposedWarnings } from './transposedWarnings';
import { axisReadCounts, axisUnread } from './windows';

const TF_FORMS = new Set(['same', 'valid']);

function withReads(a: TransposedAxis): AxisPlan {
  const { transposed: _facts, ...axis } = a;
  const reads = axisReadCounts(axis);
  return { ...axis, reads, unread: axisUnread(axis, reads) };
}

/** What PyTorch or Keras raise for the output padding, in the order they check; null when it is accepted. */
function outputPaddingProblem(c: Config): Invalid | null {
  const { opad: q, stride: s, dilation: d } = c;
  if (TF_FORMS.has(c.pad.kind)) {
    if (!outputPaddingAllowed(c.pad.kind, s.h, d.h, q.h) || !outputPaddingAllowed(c.pad.kind, s.w, d.w, q.w)) {
      return invalid(
        'opad',
        `tf.keras raises "Stride (${s.h}, ${s.w}) must be greater than output padding (${q.h}, ${q.w})" (Conv2DTranspose with padding='${c.pad.kind}'). Fix: output padding below the stride on each axis.`,
      );
    }
    return null;
  }
  for (const axis of AXES) {
    if (!outputPaddingAllowed(c.pad.kind, s[axis], d[axis], q[axis])) {
      return invalid(
        'opad',
        `PyTorch raises "${torchOutputPaddingMessage([q.h, q.w], [s.h, s.w], [d.h, d.w])}" (${AXIS_NAME[axis]}). Fix: output padding below the stride or the dilation.`,
        { axis },
      );
    }
  }
  return null;
}

/** Refusals before any arithmetic: the border kinds a transposed convolution has no meaning for, and the padding mode. */
function formProblem(c: Config): Invalid | null {
  if (c.pad.kind === 'full' || c.pad.kind === 'half' || c.pad.kind === 'causal') {
    return invalid(
      'convt-pad',
      `A transposed convolution's border is a crop of its output, and '${c.pad.kind}' is a forward convolution's padding ` +
        `(PyTorch raises TypeError: conv_transpose2d(): argument 'padding' must be tuple of ints, not str). Fix: explicit crops (PyTorch padding=p is T=B=L=R=p), or Keras/TF same or valid.`,
    );
  }
  if (c.mode !== 'zeros') {
    return invalid('convt-mode', `PyTorch raises ValueError: Only "zeros" padding mode is supported for ConvTranspose2d (mode ${c.mode}). Fix: padding mode zeros.`);
  }
  return null;
}

/** The Plan of a transposed convolution, or why it cannot run. Never throws on user input. */
export function deriveTransposedPlan(config: Config, limits: FieldLimits = LIMITS): PlanResult {
  const early = checkFieldLimits(config, limits) ?? formProblem(config) ?? checkGroups(config) ?? outputPaddingProblem(config);
  if (early) return early;
  const axisOf = (axis: Axis) =>
    deriveTransposedAxis(axis, { n: config.input[axis], k: config.kernel[axis], s: config.stride[axis], d: config.dilation[axis] }, config.pad, config.opad[axis]);
  const axes = { h: axisOf('h'), w: axisOf('w') };
  for (const axis of AXES) {
    const a = axes[axis];
    if (a.out < 1) {
      return invalid(
        'empty-output',
        `The output would be empty: ${AXIS_NAME[axis]} full + q − crops = ${a.transposed.full} + ${a.transposed.q} − ${a.transposed.cropBefore} − ${a.transposed.cropAfter} is below 1. ` +
          `PyTorch raises "Output size is too small". Fix: crop less (smaller padding).`,
        { axis, steps: { h: axes.h.steps, w: axes.w.steps } },
      );
    }
  }

  const C = config.channels;
  const F = config.filters;
  const g = config.groups;
  const input = config.x.kind === 'preset' ? inputPreset(config.x.preset, C, config.input, config.seed) : config.x.values;
  // PyTorch's ConvTranspose2d weight is (C, F/g, KH, KW).
  const weights = config.w.kind === 'preset' ? kernelPreset(config.w.preset, C, F / g, config.kernel, config.seed) : config.w.values;
  const shapes = valueShapes(config);
  const valuesProblem =
    checkValues('input', input, valueCount(shapes.x), dimsText(shapes.x), limits.value.maxAbs) ?? checkValues('kernel', weights, valueCount(shapes.w), dimsText(shapes.w), limits.value.maxAbs);
  if (valuesProblem) return valuesProblem;

  const h = withReads(axes.h);
  const w = withReads(axes.w);
  const transposed: { h: TransposedAxisFacts; w: TransposedAxisFacts } = { h: axes.h.transposed, w: axes.w.transposed };
  const plan = {
    ok: true as const,
    op: config.op,
    config,
    channels: C,
    filters: F,
    h,
    w,
    pads: [h.before, h.after, w.before, w.after] as const,
    fill: 0,
    input,
    weights,
    appliedWeights: directKernelOfTransposed(weights, C, F, g, config.kernel.h, config.kernel.w),
    pool: null,
    transposed,
    warnings: [],
  };
  return { ...plan, warnings: transposedWarnings(plan) };
}
