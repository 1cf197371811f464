/**
 * Per-axis answers to "which crop and output padding give an output of `o`
 * cells?" for a transposed convolution (design.md, `convt`): crops are
 * PyTorch's `padding` (both sides alike) or ONNX's `pads`, the output padding
 * `q` is `output_padding`; Keras/TF `same`/`valid` decide the crop
 * themselves. The stride is the layer's upsampling factor, so it is kept.
 * Every candidate is derived with core's `deriveTransposedAxis`, the one
 * transposed derivation, and kept only when it gives `o` and the frameworks
 * take its `q` (`outputPaddingFits`, axisRules.ts, over core's `outputPaddingAllowed`).
 */
import type { Axis, Config, PadSpec } from '../config';
import { LIMITS } from '../limits';
import { derivePlan } from '../plan';
import { deriveTransposedAxis, type TransposedAxis } from '../transposedAxis';
import { NAMED_PADS, oneAxisPad, padSplits, type NamedPad, type SizedOption } from './axisOptions';
import { outputPaddingFits } from './axisRules';

/** Axis `axis` of `config` derived as its transposed Plan derives it, with another pad spec and output padding. */
function layerAxis(config: Config, axis: Axis, pad: PadSpec, q: number): TransposedAxis {
  const g = { n: config.input[axis], k: config.kernel[axis], s: config.stride[axis], d: config.dilation[axis] };
  return deriveTransposedAxis(axis, g, pad, q);
}

/** A transposed axis as an option: its crops as `before`/`after` (after may be negative: zeros past `full`), its stride and `q`. */
function sizedOf(a: TransposedAxis): SizedOption {
  const t = a.transposed;
  return { before: t.cropBefore, after: t.cropAfter, s: t.stride, q: t.q, rounding: 'floor', dropped: 0, overhang: 0, removed: false, otherRounding: null, out: a.out };
}

/**
 * Explicit crops `before`/`after` and output padding `q` on `axis` of
 * `config`, or null when a crop leaves `LIMITS.pad` or the frameworks refuse `q`.
 */
export function transposedOption(config: Config, axis: Axis, before: number, after: number, q: number): SizedOption | null {
  if (Math.min(before, after) < LIMITS.pad.min || Math.max(before, after) > LIMITS.pad.max) return null;
  if (!outputPaddingFits('explicit', config.stride[axis], config.dilation[axis], q)) return null;
  return sizedOf(layerAxis(config, axis, oneAxisPad(before, after), q));
}

/**
 * Every explicit `(crop before, crop after, q)` with crops within
 * `LIMITS.pad` and an output padding the frameworks take that gives `target`
 * cells along `axis` of `config`. The output is `full[i + T]` (design.md),
 * so options with the same crop before give the same values: only the first
 * of them is kept, the others being other spellings of it. Sorted: symmetric
 * crops first (what PyTorch's `padding=p` can say), then least output
 * padding, then TF's split (the odd cell cropped after) before its mirror.
 */
export function transposedAxisOptions(config: Config, axis: Axis, target: number): SizedOption[] {
  if (!Number.isInteger(target) || target < 1) return [];
  const full = layerAxis(config, axis, oneAxisPad(0, 0), 0).transposed.full;
  const options: SizedOption[] = [];
  for (let q = LIMITS.opad.min; q <= LIMITS.opad.max; q++) {
    // out = full + q − T − B: the total crop that leaves `target` (each candidate is derived again below).
    const total = full + q - target;
    if (total < 0) continue;
    for (const [before, after] of padSplits(total)) {
      const o = transposedOption(config, axis, before, after, q);
      if (o?.out === target) options.push(o);
    }
  }
  options.sort((a, b) => Number(a.before !== a.after) - Number(b.before !== b.after) || a.q - b.q || b.after - a.after);
  const seen = new Set<number>();
  return options.filter((o) => !seen.has(o.before) && Boolean(seen.add(o.before)));
}

/**
 * The named specs a transposed convolution takes: those its Plan does not
 * refuse as a forward convolution's border (transposedPlan.ts, `convt-pad`:
 * full, half, causal), so the refusal is read from core, not listed again.
 */
export function transposedNamedPads(config: Config): NamedPad[] {
  return NAMED_PADS.filter((kind) => {
    const plan = derivePlan({ ...config, pad: { kind }, opad: { h: 0, w: 0 } });
    return plan.ok || plan.code !== 'convt-pad';
  });
}

/** The output paddings with which the named spec `kind` gives `target` cells along `axis`, smallest first. */
export function transposedNamedPaddings(config: Config, axis: Axis, kind: NamedPad, target: number): number[] {
  const qs: number[] = [];
  for (let q = LIMITS.opad.min; q <= LIMITS.opad.max; q++) {
    if (outputPaddingFits(kind, config.stride[axis], config.dilation[axis], q) && layerAxis(config, axis, { kind }, q).out === target) qs.push(q);
  }
  return qs;
}

/** The configuration's own crops, stride and output padding along `axis` (whatever its pad spec), as an option. */
export function transposedCurrent(config: Config, axis: Axis): SizedOption {
  return sizedOf(layerAxis(config, axis, config.pad, config.opad[axis]));
}

/**
 * The output sizes explicit crops can reach along `axis` at the layer's
 * stride: `most` with no crop and the largest output padding the frameworks
 * take, `least` with the largest crops and none (at least 1). Every size
 * between is reachable; the solver's "nothing found" says which side the wanted size is on.
 */
export function transposedReach(config: Config, axis: Axis): { readonly least: number; readonly most: number } {
  const pads = { s: config.stride[axis], d: config.dilation[axis] };
  let qMax = LIMITS.opad.min;
  for (let q = LIMITS.opad.min; q <= LIMITS.opad.max; q++) if (outputPaddingFits('explicit', pads.s, pads.d, q)) qMax = q;
  const most = layerAxis(config, axis, oneAxisPad(0, 0), qMax).out;
  const least = layerAxis(config, axis, oneAxisPad(LIMITS.pad.max, LIMITS.pad.max), 0).out;
  return { least: Math.max(1, least), most };
}
