/**
 * The pooling Plan (design.md, "Operations beyond the forward convolution";
 * `op=maxpool`, `op=avgpool`): per channel, no kernel values. The axes come
 * from the shared per-axis derivation (with `ceil` rounding when
 * `ceil_mode`), then which grid cells count — can win a max, or sit in an
 * average's divisor — and each window's count of them.
 */
import { AXES, AXIS_NAME, type Axis, type Config, type PoolOperation } from './config';
import { checkAxes, deriveAxis, type DerivedAxis } from './axisDerivation';
import { invalid, type Invalid } from './invalid';
import type { AxisPlan, Plan, PlanResult, PoolAxis, PoolFacts } from './plan';
import { inputPreset } from './presets';
import { LIMITS, type FieldLimits } from './limits';
import { checkFieldLimits, checkValues } from './validateFields';
import { dimsText, valueCount, valueShapes } from './valueCounts';
import { poolWarnings } from './poolWarnings';
import { configRounding, derivationMode, followsTfPoolRule, torchPoolPadLimit, torchPoolPadMessage } from './poolRules';
import { axisReadCounts, axisTaps, axisUnread } from './windows';

const TORCH_SMALL = 'PyTorch raises "Output size is too small". ';

/**
 * Whether the average's divisor counts the padding: `count_include_pad=True`
 * with explicit pads (PyTorch, ONNX, Caffe); never under TF's `same`/`valid`,
 * whose average divides by the real cells whatever `cip` says.
 */
export function divisorCountsPadding(c: Pick<Config, 'op' | 'cip' | 'pad'>): boolean {
  return c.op === 'avgpool' && c.cip && !followsTfPoolRule(c.pad);
}

/** One axis of a pool: the grid positions that count, and each window's count of them. */
function poolAxis(a: AxisPlan, countsPadding: boolean): PoolAxis {
  // The after-padding ends at np = padded − overhang; the ceil overhang never counts.
  const lo = countsPadding ? 0 : a.before;
  const hi = countsPadding ? a.padded - a.overhang : a.before + a.n;
  const counted = Array.from({ length: a.padded }, (_, p) => p >= lo && p < hi);
  const counts = Array.from({ length: a.out }, (_, o) => axisTaps(a, o).filter((p) => counted[p]).length);
  return { counted, counts };
}

function withReads(a: DerivedAxis): AxisPlan {
  const reads = axisReadCounts(a);
  return { ...a, reads, unread: axisUnread(a, reads) };
}

/** PyTorch's own checks of a pooling layer, in the order it raises them; null when it accepts the layer. */
function torchPoolProblem(c: Config, axes: Readonly<Record<Axis, DerivedAxis>>): Invalid | null {
  if (c.framework !== 'torch' || followsTfPoolRule(c.pad)) return null;
  for (const axis of AXES) {
    const a = axes[axis];
    const pad = Math.max(a.before, a.after);
    if (pad > torchPoolPadLimit(a.k)) {
      return invalid(
        'pool-pad',
        `PyTorch raises "${torchPoolPadMessage(pad, a.k)}" ` +
          `(${AXIS_NAME[axis]}: padding ${pad} > ⌊${a.k}/2⌋). Fix: at most ${torchPoolPadLimit(a.k)} on each side, or pad first with F.pad.`,
        { axis },
      );
    }
  }
  return null;
}

/** The Plan of a max or average pooling layer, or why it cannot run. Never throws on user input. */
export function derivePoolPlan(config: Config & { readonly op: PoolOperation }, limits: FieldLimits = LIMITS): PlanResult {
  const fieldProblem = checkFieldLimits(config, limits);
  if (fieldProblem) return fieldProblem;
  if (config.pad.kind === 'causal') {
    return invalid('pool-causal', "Causal padding is Keras Conv1D's (padding='causal'); pooling layers have no such border. Fix: explicit pads (e.g. 0,0,k−1,0), or same or valid.");
  }
  if (config.op === 'avgpool' && (config.dilation.h > 1 || config.dilation.w > 1)) {
    return invalid(
      'pool-dilation',
      `Average pooling has no dilation: PyTorch's avg_pool2d takes none, nor does TF's avg_pool (dilation ${config.dilation.h}×${config.dilation.w}). Fix: set dilation to 1, or use max pooling.`,
    );
  }
  const rounding = configRounding(config);
  // Pools pad with −∞ (max) or 0 (average), never a mirror: the padding mode does not apply.
  const axisOf = (axis: Axis) =>
    deriveAxis(axis, { n: config.input[axis], k: config.kernel[axis], s: config.stride[axis], d: config.dilation[axis] }, config.pad, derivationMode(config), rounding);
  const axes = { h: axisOf('h'), w: axisOf('w') };
  // PyTorch checks the pad limit (per axis, h then w) before it computes the output size.
  const problem = torchPoolProblem(config, axes) ?? checkAxes('zeros', axes, 'cells', TORCH_SMALL);
  if (problem) return problem;

  const C = config.channels;
  const input = config.x.kind === 'preset' ? inputPreset(config.x.preset, C, config.input, config.seed) : config.x.values;
  const shapes = valueShapes(config);
  const valuesProblem = checkValues('input', input, valueCount(shapes.x), dimsText(shapes.x), limits.value.maxAbs);
  if (valuesProblem) return valuesProblem;

  const h = withReads(axes.h);
  const w = withReads(axes.w);
  const reduce = config.op === 'maxpool' ? 'max' : 'avg';
  const countsPadding = divisorCountsPadding(config);
  const pool: PoolFacts = { reduce, countsPadding, h: poolAxis(h, countsPadding), w: poolAxis(w, countsPadding) };
  const emptyAverage = reduce === 'avg' ? emptyWindowProblem(pool) : null;
  if (emptyAverage) return emptyAverage;
  const plan: Plan = {
    ok: true,
    op: config.op,
    config,
    channels: C,
    // Pools keep the channels: one output grid per input channel.
    filters: C,
    h,
    w,
    pads: [h.before, h.after, w.before, w.after],
    // Max pooling pads with −∞ so padding never wins (PyTorch); an average's padding adds 0.
    fill: reduce === 'max' ? -Infinity : 0,
    input,
    weights: [],
    appliedWeights: [],
    pool,
    transposed: null,
    warnings: [],
  };
  return { ...plan, warnings: poolWarnings(plan) };
}

/** An average whose window holds no counted cell would divide by 0: refused, with the fix. */
function emptyWindowProblem(pool: PoolFacts): Invalid | null {
  for (const axis of AXES) {
    const o = pool[axis].counts.indexOf(0);
    if (o >= 0) {
      return invalid(
        'pool-empty-window',
        `Output ${AXIS_NAME[axis]} index ${o} averages a window of padding only: its divisor would be 0. ` +
          `Fix: less padding, a larger kernel, or count the padding (count_include_pad=True).`,
        { axis },
      );
    }
  }
  return null;
}
