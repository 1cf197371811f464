/**
 * What a user should know about a valid transposed convolution: uneven
 * overlap (the checkerboard of Odena et al., Distill 2016) when the kernel
 * is not a multiple of the stride, and where frameworks give other numbers
 * for the same layer — ONNX's auto_pad SAME, which counts output_padding in
 * the total it crops (onnx/docs/Operators.md, ConvTranspose), PyTorch's
 * symmetric `padding`, Keras' output_padding tuple and limits, and tfjs'
 * missing dilation. A warning is `warning` when the chosen framework is the
 * one that differs, `info` otherwise.
 */
import { AXES, AXIS_NAME, type Axis, type Framework } from './config';
import type { Plan } from './plan';
import { onnxTransposedCrop, type TransposedAxisFacts } from './transposedAxis';
import type { Severity, Warning } from './warningTypes';

type TransposedPlan = Pick<Plan, 'transposed' | 'h' | 'w' | 'config'>;
type Axes = { readonly h: TransposedAxisFacts; readonly w: TransposedAxisFacts };

const severityFor = (plan: TransposedPlan, fw: Framework): Severity => (plan.config.framework === fw ? 'warning' : 'info');

function unevenOverlap(plan: TransposedPlan, t: Axes, axis: Axis): Warning | null {
  const ts = t[axis];
  const ke = plan[axis].ke;
  if (ts.stride <= 1 || ke % ts.stride === 0) return null;
  return {
    code: `convt-uneven-overlap-${axis}`,
    severity: 'info',
    message: `ke = ${ke} is not a multiple of the stride ${ts.stride} (${AXIS_NAME[axis]}): output cells get ${Math.floor(ke / ts.stride)} or ${Math.ceil(ke / ts.stride)} kernel taps, the uneven overlap behind checkerboard artifacts. A kernel of ${Math.ceil(ke / ts.stride) * ts.stride} would be even.`,
  };
}

/**
 * ONNX auto_pad SAME_UPPER / SAME_LOWER: output `n·s`, total crop
 * `(n−1)s + output_padding + ke − n·s`, split with the odd cell at the end
 * (UPPER) or the start (LOWER). Keras' same outputs n·s only when q = 0.
 */
function onnxSame(plan: TransposedPlan, t: Axes): Warning | null {
  const kind = plan.config.pad.kind;
  if (kind !== 'same' && kind !== 'same-lower') return null;
  const upper = kind === 'same';
  const parts: string[] = [];
  for (const axis of AXES) {
    const a = t[axis];
    const n = plan[axis].n;
    const ke = plan[axis].ke;
    const out = n * a.stride;
    const { total, start } = onnxTransposedCrop((n - 1) * a.stride + ke, a.q, out, upper);
    if (total < 0) {
      parts.push(`${AXIS_NAME[axis]}: its total ${total} is negative (ke < stride), so the spec's pads would be negative, which runtimes treat differently`);
      continue;
    }
    if (start !== a.cropBefore || out !== plan[axis].out) {
      parts.push(`${AXIS_NAME[axis]}: ONNX outputs ${out} cropping ${start} first, Padlab (Keras/TF) ${plan[axis].out} cropping ${a.cropBefore}`);
    }
  }
  if (parts.length === 0) return null;
  return {
    code: 'convt-onnx-same',
    severity: severityFor(plan, 'onnx'),
    message: `ONNX ConvTranspose auto_pad='${upper ? 'SAME_UPPER' : 'SAME_LOWER'}' counts output_padding in the total it crops: ${parts.join('; ')}. Fix: explicit pads and output_padding (the framework table's ONNX line).`,
  };
}

/**
 * PyTorch's ConvTranspose2d crops `padding` from both ends and adds
 * `output_padding` (< stride or dilation) at the end: the crops fit when
 * `output_padding = T + (q − B)` is within that limit.
 */
function torchSymmetric(plan: TransposedPlan, t: Axes): Warning | null {
  const odd = AXES.filter((axis) => {
    const a = t[axis];
    const op = a.cropBefore + a.q - a.cropAfter;
    return op < 0 || op >= Math.max(a.stride, plan[axis].d);
  });
  if (odd.length === 0) return null;
  const crops = odd.map((axis) => `${AXIS_NAME[axis]} ${t[axis].cropBefore} before, ${t[axis].cropAfter} after`).join('; ');
  return {
    code: 'convt-torch-slice',
    severity: severityFor(plan, 'torch'),
    message: `PyTorch's ConvTranspose2d crops the same padding from both ends and pads only at the end: these crops (${crops}) need a slice of its output (the exported code does it).`,
  };
}

/** Keras: output_padding below the stride, one tuple for both axes; no dilation with a stride; tfjs no dilation at all. */
function kerasAndTfjs(plan: TransposedPlan, t: Axes): Warning[] {
  const out: Warning[] = [];
  const { h, w } = t;
  const kind = plan.config.pad.kind;
  if (h.q >= h.stride || w.q >= w.stride) {
    out.push({
      code: 'convt-keras-opad',
      severity: severityFor(plan, 'keras'),
      message: `Keras raises "\`output_padding\` must be < \`strides\`" for output padding ${h.q}×${w.q} with stride ${h.stride}×${w.stride} (PyTorch allows it below the dilation): Keras needs output_padding 0 there and ZeroPadding2D after.`,
    });
  } else if ((kind === 'same' || kind === 'valid') && (h.q === 0) !== (w.q === 0)) {
    out.push({
      code: 'convt-keras-opad-tuple',
      severity: severityFor(plan, 'keras'),
      message: `Keras' output_padding is one tuple: (${h.q}, ${w.q}) makes the 0 axis (n−1)s + ke mod 2 (same), not Padlab's n·s (None). Fix: Conv2DTranspose(padding='valid') then Cropping2D (the exported code does it).`,
    });
  }
  const dilated = plan.h.d > 1 || plan.w.d > 1;
  if (dilated) {
    const strided = h.stride > 1 || w.stride > 1;
    out.push({
      code: 'convt-dilation',
      severity: strided ? severityFor(plan, 'keras') : 'info',
      message: `TensorFlow.js conv2dTranspose has no dilation${strided ? ', and Keras refuses dilation_rate > 1 with strides > 1' : ''}: those run the kernel dilated with zeros (${plan.h.ke}×${plan.w.ke}), the same numbers.`,
    });
  }
  return out;
}

/** Every warning for a valid transposed-convolution Plan. */
export function transposedWarnings(plan: TransposedPlan): Warning[] {
  const t = plan.transposed;
  if (!t) return [];
  const overlap = AXES.map((axis) => unevenOverlap(plan, t, axis));
  return [...overlap, onnxSame(plan, t), torchSymmetric(plan, t), ...kerasAndTfjs(plan, t)].filter((w): w is Warning => w !== null);
}
