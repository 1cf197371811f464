/**
 * What every pooling snippet and framework row decides from a pooling Plan
 * (design.md, `maxpool`, `avgpool`): which framework's own padding argument
 * can say this layer, and what a padding step must add when none can. Read
 * off the Plan; the only sizes computed are core's (`poolOutputLength` for
 * "what would rounding down give"), so no rounding rule is written twice.
 */
import { axisWindowSpan, poolOutputLength, type AxisPlan, type Pads, type Plan, type PoolAxis } from '../../core';
import { planFacts, type Facts } from './facts';

export interface PoolCode {
  /** The shared numbers (sizes, pads, strides); `F` equals `C` for a pool. */
  readonly f: Facts;
  readonly reduce: 'max' | 'avg';
  /** An average divides by its padding cells too (`count_include_pad` with declared pads). */
  readonly countsPadding: boolean;
  /** The layer has `ceil` set (PyTorch `ceil_mode=True`). */
  readonly ceil: boolean;
  /**
   * Cells a padding step adds past the layer's own padding for the ceil
   * window's overhang (never counted): rows, columns; 0 without ceil.
   */
  readonly oh: number;
  readonly ow: number;
  /** The grid a padding step makes, `stepPads` around the input: rows, columns. */
  readonly HP: number;
  readonly WP: number;
  /** Rounding up gives another output size than rounding down over the same pads, on some axis. */
  readonly ceilMatters: boolean;
  /** PyTorch's last-window rule removed a ceil window on some axis (rounding up alone keeps it). */
  readonly removed: boolean;
  readonly dilated: boolean;
  /** `[first, end)` rows / columns of that grid whose cells count in an average's divisor. */
  readonly rows: readonly [number, number];
  readonly cols: readonly [number, number];
  /**
   * `padding=(ph, pw)` of nn.MaxPool2d / nn.AvgPool2d when it says these pads:
   * both sides equal and at most ⌊k/2⌋ (PyTorch's limit, of the kernel before
   * dilation); null when a padding step is needed.
   */
  readonly torchPadding: readonly [number, number] | null;
  /** PyTorch's largest pool padding per side, ⌊k/2⌋ of the kernel before dilation: rows, columns. */
  readonly torchLimit: readonly [number, number];
  /**
   * TF's own padding word when it is exactly this layer — 'SAME' (TF's pads,
   * which max ignores and an average does not count) or 'VALID' — with no
   * ceil window and no dilation (TF's pooling layers have none); else null.
   */
  readonly tfPadding: 'SAME' | 'VALID' | null;
  /**
   * The pads a padding step adds before a pool that rounds down and pads
   * nothing itself, so that rounding down makes the layer's windows: the
   * layer's pads with the ceil overhang added after (bottom, right) — or,
   * where PyTorch's last-window rule removed a window, the after-padding cut
   * short of that window's last cell, so rounding down cannot keep it.
   */
  readonly stepPads: Pads;
  /**
   * Zero padding then any plain average is exact: the average counts its
   * padding, and no ceil window hangs past it (whose cells must not count).
   */
  readonly zeroPadAverage: boolean;
}

/**
 * PyTorch's largest pool padding per side, `⌊k/2⌋` (ATen `pooling_output_shape`:
 * "pad should be at most half of kernel size"). Core has the rule
 * (poolRules.ts `torchPoolPadLimit`) but does not export it through its
 * entry; read that one here once it does.
 */
export const torchPadLimit = (k: number): number => Math.floor(k / 2);

/** Rounding up changes this axis' size (core's rounding, applied once more with `floor`). */
function ceilChanges(a: AxisPlan): boolean {
  const np = a.padded - a.overhang;
  return poolOutputLength(np, a.ke, a.s, a.n, a.before, 'floor').out !== a.out;
}

/**
 * The after-padding of a padding step on one axis: the layer's, plus the
 * overhang; where a window was removed, no further than the cell before that
 * window's last tap (it must not fit), which is at least the input's end.
 */
function stepAfter(a: AxisPlan): number {
  const full = a.after + a.overhang;
  return a.removed ? Math.min(full, axisWindowSpan(a, a.out).last - a.n - a.before) : full;
}

/** `[first, end)` of the counted positions of one axis within a grid of `length` (contiguous: the input, with or without its padding). */
function countedSpan(axis: PoolAxis, length: number): [number, number] {
  const first = axis.counted.indexOf(true);
  return [first, Math.min(length, axis.counted.lastIndexOf(true) + 1)];
}

/** Reads the pooling decisions off a pooling Plan; throws for a convolution (a caller bug, never user input). */
export function poolCode(plan: Plan): PoolCode {
  const { pool, h, w, config } = plan;
  if (!pool) throw new Error('poolCode needs a pooling Plan');
  const f = planFacts(plan);
  const ceilMatters = ceilChanges(h) || ceilChanges(w);
  const dilated = f.dh > 1 || f.dw > 1;
  const max = pool.reduce === 'max';
  const torchLimit = [torchPadLimit(f.KH), torchPadLimit(f.KW)] as const;
  const fitsTorch = f.symmetric && f.T <= torchLimit[0] && f.L <= torchLimit[1];
  const [afterH, afterW] = [stepAfter(h), stepAfter(w)];
  const HP = f.T + f.H + afterH;
  const WP = f.L + f.W + afterW;
  let tfPadding: PoolCode['tfPadding'] = null;
  if (!ceilMatters && !dilated) {
    if (f.noPad) tfPadding = 'VALID';
    else if (f.tfSame && (max || !pool.countsPadding)) tfPadding = 'SAME';
  }
  return {
    f,
    reduce: pool.reduce,
    countsPadding: pool.countsPadding,
    ceil: config.ceil,
    oh: Math.max(0, afterH - f.B),
    ow: Math.max(0, afterW - f.R),
    HP,
    WP,
    ceilMatters,
    removed: h.removed || w.removed,
    dilated,
    rows: countedSpan(pool.h, HP),
    cols: countedSpan(pool.w, WP),
    torchPadding: fitsTorch ? [f.T, f.L] : null,
    torchLimit,
    tfPadding,
    stepPads: [f.T, afterH, f.L, afterW],
    zeroPadAverage: !max && (pool.countsPadding || f.noPad) && afterH <= f.B && afterW <= f.R,
  };
}

/** Whether a padding step adds anything (pads or overhang). */
export const padsSomething = (pads: Pads): boolean => pads.some((p) => p > 0);

/**
 * Why a padding step's after-pads are not the layer's, as one sentence with
 * a leading space ('' when they are): the overhang is added, or the padding
 * cut so the window PyTorch's rule removed does not fit.
 */
export function stepNote(pc: PoolCode): string {
  const { f } = pc;
  if (pc.oh > 0 || pc.ow > 0) return " The ceil window's overhang is padded too, so rounding down makes the same windows.";
  if (pc.stepPads[1] < f.B || pc.stepPads[3] < f.R) {
    return ' The last-window rule removed a window that starts in the bottom/right padding: the step pads less there, so rounding down cannot keep it.';
  }
  return '';
}

/** What `counted` is in the sum-over-count forms, for the table and the snippets. */
export function countedNote(pc: PoolCode): string {
  return `counted: 1 on the cells the divisor counts (padded rows ${pc.rows[0]}–${pc.rows[1] - 1}, columns ${pc.cols[0]}–${pc.cols[1] - 1}), 0 elsewhere`;
}

/** A one-line summary for a pooling snippet's header. */
export function poolSummary(pc: PoolCode): string {
  const { f } = pc;
  const what = pc.reduce === 'max' ? 'max pooling' : `average pooling (divisor ${pc.countsPadding ? 'counts the padding' : 'counts input cells only'})`;
  return (
    `input ${f.C}×${f.H}×${f.W}, ${what} ${f.KH}×${f.KW}, stride ${f.sh}×${f.sw}` +
    `${pc.dilated ? `, dilation ${f.dh}×${f.dw}` : ''}, pads (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R})` +
    `${pc.ceil ? ', ceil_mode' : ''} -> output ${f.C}×${f.OH}×${f.OW}`
  );
}
