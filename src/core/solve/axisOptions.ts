/**
 * Per-axis answers to "which padding and stride — and for a pool, which
 * rounding (`ceil_mode`) — give an output of `o` cells?" (design.md,
 * Semantics and `maxpool`/`avgpool`). Every candidate is derived with core's
 * `deriveAxis`, the one per-axis derivation (floor, or ceil with PyTorch's
 * last-window rule), and kept when it gives `o` and passes the one-axis
 * rules of `axisRules.ts`, so every option is one `derivePlan` accepts.
 */
import { PAD_KINDS, type Axis, type Config, type PadKind, type PadSpec } from '../config';
import { deriveAxis, type DerivedAxis } from '../axisDerivation';
import { effectiveKernel, paddingForOutput, poolOutputLength, type Rounding } from '../axisPadding';
import { LIMITS } from '../limits';
import { axisRefused, configRounding, derivationMode, roundings } from './axisRules';

/** One way to reach the target along one axis, in cells. */
export interface AxisOption {
  /** Padding before (top/left) and after (bottom/right). */
  readonly before: number;
  readonly after: number;
  readonly s: number;
  /** How the window count rounds: `floor`, or `ceil` (pooling `ceil_mode=True`); a convolution always floors. */
  readonly rounding: Rounding;
  /** Trailing grid cells no window reads: floor's `(n + pb + pa − ke) mod s`, or what a removed ceil window leaves. */
  readonly dropped: number;
  /** Cells the last `ceil_mode` window hangs past the padding (never counted); 0 for floor. */
  readonly overhang: number;
  /** Whether PyTorch's last-window rule removed a `ceil_mode` window. */
  readonly removed: boolean;
  /**
   * A pool's output length with the same pads and stride under the other
   * rounding (where it differs, `ceil_mode` decides the size); null for a convolution.
   */
  readonly otherRounding: number | null;
  /** A transposed convolution's output padding (`output_padding`), cells added after; 0 for every other layer. */
  readonly q: number;
}

/** An option with the output length it gives. */
export type SizedOption = AxisOption & { readonly out: number };

/** The named pad specs a solver may suggest (explicit is covered by `axisOptions`). */
export type NamedPad = Exclude<PadKind, 'explicit'>;
export const NAMED_PADS = PAD_KINDS.filter((k): k is NamedPad => k !== 'explicit');

/** Axis `axis` of `config` derived as its Plan derives it, with another pad spec, stride and rounding. */
function configAxis(config: Config, axis: Axis, pad: PadSpec, s: number, rounding: Rounding): DerivedAxis {
  const g = { n: config.input[axis], k: config.kernel[axis], s, d: config.dilation[axis] };
  return deriveAxis(axis, g, pad, derivationMode(config), rounding);
}

function sized(config: Config, a: DerivedAxis, rounding: Rounding): SizedOption {
  const other = rounding === 'floor' ? 'ceil' : 'floor';
  const otherRounding = roundings(config).includes(other) ? poolOutputLength(a.before + a.n + a.after, a.ke, a.s, a.n, a.before, other).out : null;
  return { before: a.before, after: a.after, s: a.s, rounding, dropped: a.remainder, overhang: a.overhang, removed: a.removed, otherRounding, q: 0, out: a.out };
}

/** Explicit pads `before`/`after` on `axis` (the other axis's sides are not read). */
export const oneAxisPad = (before: number, after: number): PadSpec => ({ kind: 'explicit', top: before, bottom: after, left: before, right: after });

/**
 * The explicit option `(before, after, s, rounding)` on `axis` of `config`,
 * or null when its pads pass `LIMITS.pad` or a one-axis rule refuses it.
 */
export function explicitOption(config: Config, axis: Axis, before: number, after: number, s: number, rounding: Rounding): SizedOption | null {
  if (Math.max(before, after) > LIMITS.pad.max) return null;
  const pad = oneAxisPad(before, after);
  const a = configAxis(config, axis, pad, s, rounding);
  return axisRefused(config, axis, pad, a) ? null : sized(config, a, rounding);
}

/** Before/after splits of a total padding `P` worth suggesting: symmetric, else the two near-symmetric ones (TF SAME's, then ONNX SAME_LOWER's). */
export function padSplits(total: number): [number, number][] {
  const small = Math.floor(total / 2);
  return total % 2 === 0 ? [[small, small]] : [[small, total - small], [total - small, small]];
}

/**
 * Every explicit `(before, after, stride, rounding)` with stride 1..8, pads
 * within `LIMITS.pad` and, for a pool, `ceil_mode` on or off, that gives
 * `target` output cells along `axis` of `config` (its input size, kernel and
 * dilation) and passes the one-axis rules; the other rounding only where the
 * configuration's own gives another size with those pads. Sorted: fewest total padding,
 * then no dropped cells, then smallest stride, then the configuration's own
 * rounding, then TF's split (extra cell after) before ONNX SAME_LOWER's.
 */
export function axisOptions(config: Config, axis: Axis, target: number): SizedOption[] {
  const n = config.input[axis];
  const ke = effectiveKernel(config.kernel[axis], config.dilation[axis]);
  const own = configRounding(config);
  const options: SizedOption[] = [];
  if (!Number.isInteger(target) || target < 1) return options;
  for (let s = LIMITS.stride.min; s <= LIMITS.stride.max; s++) {
    // Floor gives `target` for totals in [low, low + s − 1]; ceil counts at most one
    // window more (less one the last-window rule removes), within (low − s, low + s].
    const low = paddingForOutput(target, n, s, ke);
    for (let total = Math.max(0, low - s + 1); total <= low + s && total <= 2 * LIMITS.pad.max; total++) {
      for (const [before, after] of padSplits(total)) {
        for (const rounding of roundings(config)) {
          const o = explicitOption(config, axis, before, after, s, rounding);
          // Turning ceil_mode on or off is only worth suggesting where it changes the size.
          if (o?.out === target && (rounding === own || o.otherRounding !== target)) options.push(o);
        }
      }
    }
  }
  const changed = (o: AxisOption) => Number(o.rounding !== own);
  return options.sort(
    (a, b) =>
      a.before + a.after - (b.before + b.after) || a.dropped - b.dropped || a.s - b.s || changed(a) - changed(b) || b.after - a.after,
  );
}

/** The strides 1..8 with which the named pad spec `kind` gives `target` cells along `axis` (the configuration's rounding), passing the one-axis rules. */
export function namedStrides(config: Config, axis: Axis, kind: NamedPad, target: number): number[] {
  const strides: number[] = [];
  for (let s = LIMITS.stride.min; s <= LIMITS.stride.max; s++) {
    const a = configAxis(config, axis, { kind }, s, configRounding(config));
    if (a.out === target && !axisRefused(config, axis, { kind }, a)) strides.push(s);
  }
  return strides;
}

/** The configuration's own padding, stride and rounding along `axis` (whatever its pad spec), as an option. */
export function currentOption(config: Config, axis: Axis): SizedOption {
  const rounding = configRounding(config);
  return sized(config, configAxis(config, axis, config.pad, config.stride[axis], rounding), rounding);
}
