/**
 * What every pooling snippet and framework row decides from a pooling Plan
 * (design.md, `maxpool`, `avgpool`): which framework's own padding argument
 * can say this layer, and what a padding step must add when none can. Read
 * off the Plan; the only sizes computed are core's (`poolOutputLength` for
 * "what would rounding down give"), so no rounding rule is written twice.
 */
import { poolOutputLength, type AxisPlan, type Pads, type Plan, type PoolAxis } from '../../core';
import { planFacts, type Facts } from './facts';

export interface PoolCode {
  /** The shared numbers (sizes, pads, strides); `F` equals `C` for a pool. */
  readonly f: Facts;
  readonly reduce: 'max' | 'avg';
  /** An average divides by its padding cells too (`count_include_pad` with declared pads). */
  readonly countsPadding: boolean;
  /** The layer has `ceil` set (PyTorch `ceil_mode=True`). */
  readonly ceil: boolean;
  /** Cells the last ceil window hangs past the after-padding: rows, columns (0 without ceil). */
  readonly oh: number;
  readonly ow: number;
  /** The grid the windows slide over, padded input plus overhang: rows, columns. */
  readonly HP: number;
  readonly WP: number;
  /** Rounding up gives another output size than rounding down over the same pads, on some axis. */
  readonly ceilMatters: boolean;
  /** PyTorch's last-window rule removed a ceil window on some axis (rounding up alone keeps it). */
  readonly removed: boolean;
  readonly dilated: boolean;
  /** `[first, end)` grid rows / columns whose cells count in an average's divisor. */
  readonly rows: readonly [number, number];
  readonly cols: readonly [number, number];
  /**
   * `padding=(ph, pw)` of nn.MaxPool2d / nn.AvgPool2d when it says these pads:
   * both sides equal and at most ⌊k/2⌋ (PyTorch's limit, of the kernel before
   * dilation); null when a padding step is needed.
   */
  readonly torchPadding: readonly [number, number] | null;
  /**
   * TF's own padding word when it is exactly this layer — 'SAME' (TF's pads,
   * which max ignores and an average does not count) or 'VALID' — with no
   * ceil window and no dilation (TF's pooling layers have none); else null.
   */
  readonly tfPadding: 'SAME' | 'VALID' | null;
  /**
   * The pads a padding step adds before a pool that rounds down and pads
   * nothing itself: the layer's pads, with the ceil overhang added after
   * (bottom, right), so rounding down makes the same windows as `ceil`.
   */
  readonly stepPads: Pads;
  /**
   * Zero padding then any plain average is exact: the average counts its
   * padding, and no ceil window hangs past it (whose cells must not count).
   */
  readonly zeroPadAverage: boolean;
}

/** Rounding up changes this axis' size (core's rounding, applied once more with `floor`). */
function ceilChanges(a: AxisPlan): boolean {
  const np = a.padded - a.overhang;
  return poolOutputLength(np, a.ke, a.s, a.n, a.before, 'floor').out !== a.out;
}

/** `[first, end)` of the counted positions of one axis (they are contiguous: the input, with or without its padding). */
function countedSpan(axis: PoolAxis): [number, number] {
  const first = axis.counted.indexOf(true);
  return [first, axis.counted.lastIndexOf(true) + 1];
}

/** Reads the pooling decisions off a pooling Plan; throws for a convolution (a caller bug, never user input). */
export function poolCode(plan: Plan): PoolCode {
  const { pool, h, w, config } = plan;
  if (!pool) throw new Error('poolCode needs a pooling Plan');
  const f = planFacts(plan);
  const ceilMatters = ceilChanges(h) || ceilChanges(w);
  const dilated = f.dh > 1 || f.dw > 1;
  const max = pool.reduce === 'max';
  const fitsTorch = f.symmetric && f.T <= Math.floor(f.KH / 2) && f.L <= Math.floor(f.KW / 2);
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
    oh: h.overhang,
    ow: w.overhang,
    HP: h.padded,
    WP: w.padded,
    ceilMatters,
    removed: h.removed || w.removed,
    dilated,
    rows: countedSpan(pool.h),
    cols: countedSpan(pool.w),
    torchPadding: fitsTorch ? [f.T, f.L] : null,
    tfPadding,
    stepPads: [f.T, f.B + h.overhang, f.L, f.R + w.overhang],
    zeroPadAverage: !max && (pool.countsPadding || f.noPad) && h.overhang === 0 && w.overhang === 0,
  };
}

/** Whether a padding step adds anything (pads or overhang). */
export const padsSomething = (pads: Pads): boolean => pads.some((p) => p > 0);

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
