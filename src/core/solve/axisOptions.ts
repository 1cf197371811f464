/**
 * Per-axis answers to "which padding and stride give an output of `o` cells?"
 * (design.md, Semantics: `o = ⌊(n + pb + pa − ke)/s⌋ + 1`). Pure integer
 * arithmetic over the limits in `limits.ts`; the mode limits (reflect ≤ n−1,
 * symmetric/circular ≤ n) come from `modeLimits.ts`, so every option is one
 * `derivePlan` accepts.
 */
import { PAD_KINDS, type Axis, type Config, type PadKind, type PadSpec } from '../config';
import { deriveAxis } from '../axisDerivation';
import { effectiveKernel, floorRemainder, paddingForOutput } from '../axisPadding';
import { LIMITS } from '../limits';
import { checkModeLimit } from '../modeLimits';

/** One way to reach the target along one axis, in cells. */
export interface AxisOption {
  /** Padding before (top/left) and after (bottom/right). */
  readonly before: number;
  readonly after: number;
  readonly s: number;
  /** `(n + pb + pa − ke) mod s`: trailing padded cells that `floor` never reads. */
  readonly dropped: number;
}

/** The named pad specs a solver may suggest (explicit is covered by `axisOptions`). */
export type NamedPad = Exclude<PadKind, 'explicit'>;
export const NAMED_PADS = PAD_KINDS.filter((k): k is NamedPad => k !== 'explicit');

/** Axis `axis` of `config` derived as for its Plan, with another pad spec and/or stride. */
function configAxis(config: Config, axis: Axis, pad: PadSpec, s: number) {
  const g = { n: config.input[axis], k: config.kernel[axis], s, d: config.dilation[axis] };
  return deriveAxis(axis, g, pad, config.mode);
}

/** Before/after splits of a total padding `P` worth suggesting: symmetric, else the two near-symmetric ones (TF SAME's, then ONNX SAME_LOWER's). */
function splits(total: number): [number, number][] {
  const small = Math.floor(total / 2);
  return total % 2 === 0 ? [[small, small]] : [[small, total - small], [total - small, small]];
}

/**
 * Every explicit `(before, after, stride)` with stride 1..8 and pads within
 * `LIMITS.pad` that gives `target` output cells along `axis` of `config`
 * (its input size, kernel and dilation), valid for its padding mode.
 * Sorted: fewest total padding, then no dropped cells, then smallest stride,
 * then TF's split (extra cell after) before ONNX SAME_LOWER's.
 */
export function axisOptions(config: Config, axis: Axis, target: number): AxisOption[] {
  const n = config.input[axis];
  const ke = effectiveKernel(config.kernel[axis], config.dilation[axis]);
  const options: AxisOption[] = [];
  if (!Number.isInteger(target) || target < 1) return options;
  for (let s = LIMITS.stride.min; s <= LIMITS.stride.max; s++) {
    // ⌊(n + P − ke)/s⌋ = target − 1  ⇔  (target−1)·s ≤ n + P − ke ≤ (target−1)·s + s − 1
    const low = paddingForOutput(target, n, s, ke);
    for (let total = Math.max(0, low); total <= low + s - 1 && total <= 2 * LIMITS.pad.max; total++) {
      for (const [before, after] of splits(total)) {
        if (before > LIMITS.pad.max || after > LIMITS.pad.max) continue;
        if (checkModeLimit(config.mode, axis, n, before, after)) continue;
        options.push({ before, after, s, dropped: floorRemainder(n + total, ke, s) });
      }
    }
  }
  return options.sort(
    (a, b) => a.before + a.after - (b.before + b.after) || a.dropped - b.dropped || a.s - b.s || b.after - a.after,
  );
}

/** The strides 1..8 with which the named pad spec `kind` gives `target` cells along `axis`, valid for the mode. */
export function namedStrides(config: Config, axis: Axis, kind: NamedPad, target: number): number[] {
  const strides: number[] = [];
  for (let s = LIMITS.stride.min; s <= LIMITS.stride.max; s++) {
    const a = configAxis(config, axis, { kind }, s);
    if (a.out !== target) continue;
    if (checkModeLimit(config.mode, axis, a.n, a.before, a.after)) continue;
    strides.push(s);
  }
  return strides;
}

/** The configuration's own padding and stride along `axis` (whatever its pad spec), as an option. */
export function currentOption(config: Config, axis: Axis): AxisOption & { readonly out: number } {
  const a = configAxis(config, axis, config.pad, config.stride[axis]);
  return { before: a.before, after: a.after, s: a.s, dropped: a.remainder, out: a.out };
}
