/**
 * The one derivation of Padlab: `Config -> Plan | Invalid` (design.md). A Plan
 * is everything the rest of the app reads — pads, sizes, index maps, window
 * reads, derivation steps, warnings, the fill value, the kernel as applied and
 * the resolved values — computed once, whatever the layer's operation.
 */
import type { Config, Operation, Pads } from './config';
import { LIMITS, type FieldLimits } from './limits';
import type { DerivedAxis } from './axisDerivation';
import { deriveConvPlan } from './convPlan';
import { derivePoolPlan } from './poolPlan';
import { deriveTransposedPlan } from './transposedPlan';
import type { TransposedAxisFacts } from './transposedAxis';
import type { Invalid } from './invalid';
import type { Warning } from './warnings';
import type { UnreadReason } from './windows';

/** Everything about one axis (`h` rows or `w` columns), in cells. */
export interface AxisPlan extends DerivedAxis {
  /** For each padded position: how many output indices along this axis read it. */
  readonly reads: readonly number[];
  /** For each padded position: null when read, else why no window reads it. */
  readonly unread: readonly (UnreadReason | null)[];
}

/** One axis of a pooling layer: which grid cells count, per position, and how many each window holds. */
export interface PoolAxis {
  /**
   * For each grid position: whether a cell there counts — can win a max
   * (input cells only), or is in an average's divisor (input cells, plus the
   * declared padding when `countsPadding`). The ceil overhang never counts.
   */
  readonly counted: readonly boolean[];
  /** For each output index: how many of its window's taps count (the divisor's factor on this axis). */
  readonly counts: readonly number[];
}

/** What a pooling layer adds to its Plan (design.md, `maxpool`, `avgpool`). */
export interface PoolFacts {
  readonly reduce: 'max' | 'avg';
  /**
   * Whether the average divides by the padding cells too (`count_include_pad`
   * with explicit pads); false for max, for `cip=0`, and under TF's `same`/`valid`.
   */
  readonly countsPadding: boolean;
  readonly h: PoolAxis;
  readonly w: PoolAxis;
}

export interface Plan {
  readonly ok: true;
  /** The layer's operation (`config.op`), at the top because every reader branches on it first. */
  readonly op: Operation;
  readonly config: Config;
  readonly channels: number;
  readonly filters: number;
  readonly h: AxisPlan;
  readonly w: AxisPlan;
  /** Pads in Keras `((top, bottom), (left, right))` order, flattened. */
  readonly pads: Pads;
  /** The value a CONSTANT padding cell holds: `cval` for mode `constant`, else 0. */
  readonly fill: number;
  /** Input values `C*H*W`, channel-major then row-major. */
  readonly input: readonly number[];
  /** Kernel values as the user gave them: PyTorch's OIHW `(F, C/g, KH, KW)`; a transposed convolution's `(C, F/g, KH, KW)`. */
  readonly weights: readonly number[];
  /**
   * The kernel as the layer applies it, dense OIHW `F*C*KH*KW`: `weights`
   * with zeros between a filter and the channels outside its group, rotated
   * 180° in each `KH×KW` plane when `flip` (true convolution) and always for
   * a transposed convolution's direct picture, so every reader computes one
   * cross-correlation with it.
   */
  readonly appliedWeights: readonly number[];
  /** Pooling facts for `maxpool`/`avgpool`; null otherwise. */
  readonly pool: PoolFacts | null;
  /**
   * A transposed convolution's own axis facts (layer stride, output padding,
   * uncropped size, crops, inserted zeros); null otherwise. Its `h`/`w` axes
   * are the direct-convolution picture (zero-inserted input, stride 1).
   */
  readonly transposed: { readonly h: TransposedAxisFacts; readonly w: TransposedAxisFacts } | null;
  readonly warnings: readonly Warning[];
}

export type PlanResult = Plan | Invalid;

/**
 * Each operation's derivation. Adding an operation (design.md: convt,
 * maxpool, avgpool) is one module and one entry here.
 */
const DERIVATIONS: Readonly<Record<Operation, (config: Config, limits: FieldLimits) => PlanResult>> = {
  conv: deriveConvPlan,
  convt: deriveTransposedPlan,
  maxpool: (c, limits) => derivePoolPlan({ ...c, op: 'maxpool' }, limits),
  avgpool: (c, limits) => derivePoolPlan({ ...c, op: 'avgpool' }, limits),
};

/**
 * Derives the Plan of a configuration, or the reason it cannot run. Never
 * throws on user input. `limits` are the single-layer view's unless the
 * network view derives one of its layers (`NET_LIMITS`).
 */
export function derivePlan(config: Config, limits: FieldLimits = LIMITS): PlanResult {
  return DERIVATIONS[config.op](config, limits);
}
