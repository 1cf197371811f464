/**
 * The one derivation of Padlab: `Config -> Plan | Invalid` (design.md). A Plan
 * is everything the rest of the app reads — pads, sizes, index maps, window
 * reads, derivation steps, warnings and the resolved values — computed once.
 */
import { AXES, type Axis, type Config } from './config';
import { axisPadding, sizeSteps } from './axisPadding';
import { axisSourceMap } from './indexMap';
import { invalid, type Invalid } from './invalid';
import { checkModeLimit } from './modeLimits';
import { inputPreset, kernelPreset } from './presets';
import type { Step } from './steps';
import { checkFieldLimits, checkValues } from './validateFields';
import { configWarnings, type Warning } from './warnings';
import { axisReadCounts, axisUnread, type UnreadReason } from './windows';

/** Everything about one axis (`h` rows or `w` columns), in cells. */
export interface AxisPlan {
  readonly axis: Axis;
  /** Input size. */
  readonly n: number;
  /** Kernel taps, stride, dilation. */
  readonly k: number;
  readonly s: number;
  readonly d: number;
  /** Effective kernel extent `d(k−1)+1`. */
  readonly ke: number;
  /** Padding before (top/left) and after (bottom/right). */
  readonly before: number;
  readonly after: number;
  /** Padded size `before + n + after`. */
  readonly padded: number;
  /** Output size `⌊(padded − ke)/s⌋ + 1`. */
  readonly out: number;
  /** `(padded − ke) mod s`: trailing padded cells that `floor` never reads. */
  readonly remainder: number;
  /** For each padded position: the input index it copies, or CONSTANT (−1). */
  readonly source: readonly number[];
  /** For each padded position: how many output indices along this axis read it. */
  readonly reads: readonly number[];
  /** For each padded position: null when read, else why no window reads it. */
  readonly unread: readonly (UnreadReason | null)[];
  /** The output-size derivation with numbers substituted. */
  readonly steps: readonly Step[];
}

export interface Plan {
  readonly ok: true;
  readonly config: Config;
  readonly channels: number;
  readonly filters: number;
  readonly h: AxisPlan;
  readonly w: AxisPlan;
  /** Pads in Keras `((top, bottom), (left, right))` order, flattened. */
  readonly pads: readonly [top: number, bottom: number, left: number, right: number];
  /** Input values `C*H*W`, channel-major then row-major. */
  readonly input: readonly number[];
  /** Kernel values `F*C*KH*KW`, PyTorch OIHW. */
  readonly weights: readonly number[];
  readonly warnings: readonly Warning[];
}

export type PlanResult = Plan | Invalid;

function explicitSides(c: Config, axis: Axis): { before: number; after: number } {
  if (c.pad.kind !== 'explicit') return { before: 0, after: 0 };
  return axis === 'h' ? { before: c.pad.top, after: c.pad.bottom } : { before: c.pad.left, after: c.pad.right };
}

/** Derives the Plan of a configuration, or the reason it cannot run. Never throws on user input. */
export function derivePlan(config: Config): PlanResult {
  const fieldProblem = checkFieldLimits(config);
  if (fieldProblem) return fieldProblem;

  const preAxis = (axis: Axis) => {
    const g = { n: config.input[axis], k: config.kernel[axis], s: config.stride[axis], d: config.dilation[axis] };
    const p = axisPadding(config.pad.kind, g, explicitSides(config, axis));
    return { ...p, steps: [...p.steps, ...sizeSteps(g.n, p.ke, g.s, p.before, p.after)] };
  };
  const pre = { h: preAxis('h'), w: preAxis('w') };
  const allSteps = { h: pre.h.steps, w: pre.w.steps };
  // Mode limits before the empty-output check: a mirror that cannot be built
  // is the first error PyTorch/TF would raise (F.pad runs before conv2d).
  for (const axis of AXES) {
    const p = pre[axis];
    const problem = checkModeLimit(config.mode, axis, config.input[axis], p.before, p.after);
    if (problem) return { ...problem, steps: allSteps };
  }
  for (const axis of AXES) {
    const p = pre[axis];
    const padded = p.before + config.input[axis] + p.after;
    if (padded < p.ke) {
      return invalid(
        'empty-output',
        `The output would be empty: the padded ${axis === 'h' ? 'height' : 'width'} is ${padded} ` +
          `(${p.before} + ${config.input[axis]} + ${p.after}) but one window spans ke = ${p.ke} cells. ` +
          `PyTorch raises "Kernel size can't be greater than actual input size". Fix: add padding (same or full), ` +
          `or use a smaller kernel or dilation.`,
        { axis, steps: allSteps },
      );
    }
  }

  const { h: H, w: W } = config.input;
  const C = config.channels;
  const F = config.filters;
  const input = config.x.kind === 'preset' ? inputPreset(config.x.preset, C, config.input, config.seed) : config.x.values;
  const weights =
    config.w.kind === 'preset' ? kernelPreset(config.w.preset, F, C, config.kernel, config.seed) : config.w.values;
  const KH = config.kernel.h;
  const KW = config.kernel.w;
  const valuesProblem =
    checkValues('input', input, C * H * W, `C×H×W = ${C}×${H}×${W}`) ??
    checkValues('kernel', weights, F * C * KH * KW, `F×C×KH×KW = ${F}×${C}×${KH}×${KW}`);
  if (valuesProblem) return valuesProblem;

  const axisPlan = (axis: Axis): AxisPlan => {
    const p = pre[axis];
    const n = config.input[axis];
    const k = config.kernel[axis];
    const s = config.stride[axis];
    const d = config.dilation[axis];
    const padded = p.before + n + p.after;
    const out = Math.floor((padded - p.ke) / s) + 1;
    const windowing = { k, s, d, padded, out };
    const reads = axisReadCounts(windowing);
    return {
      axis,
      n,
      k,
      s,
      d,
      ke: p.ke,
      before: p.before,
      after: p.after,
      padded,
      out,
      remainder: (padded - p.ke) % s,
      source: axisSourceMap(config.mode, n, p.before, p.after),
      reads,
      unread: axisUnread(windowing, reads),
      steps: p.steps,
    };
  };
  const h = axisPlan('h');
  const w = axisPlan('w');
  return {
    ok: true,
    config,
    channels: C,
    filters: F,
    h,
    w,
    pads: [h.before, h.after, w.before, w.after],
    input,
    weights,
    warnings: configWarnings(config, h, w),
  };
}
