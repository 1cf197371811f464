/**
 * The words around the solver's lists: what it searches for this layer
 * (the limits from core's LIMITS; for a pool, ceil_mode on or off and,
 * under PyTorch, its pad ≤ ⌊k/2⌋; for a transposed convolution, crops and
 * output_padding at its own stride), and why nothing may have been found.
 */
import { AXES, isPool, LIMITS, OPERATION_LABEL, torchPoolPadLimit, transposedReach, type Config, type Pair, type Plan } from '../../core';

/** `2` when both axes agree, else `height×width`. */
const perAxis = (h: number, w: number): string => (h === w ? String(h) : `${h}×${w}`);

/** "Strides 1..8, pads 0..32 per side", from LIMITS. */
const RANGES = `Strides ${LIMITS.stride.min}..${LIMITS.stride.max}, pads ${LIMITS.pad.min}..${LIMITS.pad.max} per side`;

/** PyTorch's pool pad limit of this layer, per axis. */
const torchLimit = (c: Config) => perAxis(torchPoolPadLimit(c.kernel.h), torchPoolPadLimit(c.kernel.w));

/** What the solver searches, for the help line under the wanted size. */
export function solveScope(c: Config): string {
  const shape = `input ${c.input.h}×${c.input.w}, kernel ${c.kernel.h}×${c.kernel.w}, dilation ${c.dilation.h}×${c.dilation.w}`;
  if (c.op === 'convt') {
    return (
      `for ${OPERATION_LABEL.convt.toLowerCase()} on ${shape}, stride ${perAxis(c.stride.h, c.stride.w)} (kept: it is the upsampling factor). ` +
      `Crops ${LIMITS.pad.min}..${LIMITS.pad.max} per side (PyTorch padding, ONNX pads) with output_padding below the stride or the dilation (PyTorch); ` +
      `Keras/TF same and valid with output_padding below the stride.`
    );
  }
  if (!isPool(c.op)) return `for ${shape}, mode ${c.mode}. ${RANGES}.`;
  const fill = c.op === 'maxpool' ? 'its padding never wins' : 'its padding adds 0';
  const torch = c.framework === 'torch' ? ` PyTorch pads a pool at most ⌊k/2⌋ = ${torchLimit(c)} per side: larger pads are left out.` : '';
  const strict = c.op === 'avgpool' && !c.cip ? ' count_include_pad=False: no window may average padding only.' : '';
  return `for ${OPERATION_LABEL[c.op].toLowerCase()} on ${shape} (${fill}; the padding mode does not apply). ${RANGES}, ceil_mode on or off.${torch}${strict}`;
}

/** Why no padding gives the size, beyond the geometry: the limit on the pad per side, when one applies. */
export function noneReason(c: Config): string {
  if (isPool(c.op)) return c.framework === 'torch' ? ` with PyTorch's pool padding (at most ${torchLimit(c)} per side)` : '';
  return c.mode === 'reflect' || c.mode === 'symmetric' || c.mode === 'circular' ? ` with ${c.mode} padding (it limits the pad per side)` : '';
}

/** What the teaser under the heading asks, for this layer. */
export const solveQuestion = (c: Config): string =>
  c.op === 'convt' ? 'which crop (padding) and output_padding give the output you need?' : 'which padding and stride give the output you need?';

/** The whole "nothing found" sentence. A transposed convolution says the sizes its stride reaches (core's transposedReach). */
export function noneText(c: Config, target: Pair): string {
  if (c.op !== 'convt') {
    return `No padding (${LIMITS.pad.min}..${LIMITS.pad.max} per side) and stride (${LIMITS.stride.min}..${LIMITS.stride.max}) gives ${target.h}×${target.w} here${noneReason(c)}. Try another kernel or dilation, or a size closer to the input.`;
  }
  const [rows, cols] = AXES.map((axis) => transposedReach(c, axis));
  return (
    `No crop (${LIMITS.pad.min}..${LIMITS.pad.max} per side) and output_padding gives ${target.h}×${target.w} at stride ${perAxis(c.stride.h, c.stride.w)}: ` +
    `rows reach ${rows!.least}..${rows!.most}, columns ${cols!.least}..${cols!.most}. Try another stride or kernel.`
  );
}

/** What the named list says when it is empty. */
export const namedNoneText = (c: Config): string =>
  c.op === 'convt'
    ? 'No named spec (valid, same, same-lower) gives this size at this stride, with the output_padding it takes.'
    : `No named spec (valid, same, same-lower, full, half) gives this size with strides ${LIMITS.stride.min}..${LIMITS.stride.max}.`;

/**
 * Causal padding has nothing to solve: it decides its own pads (Keras
 * Conv1D(padding='causal'), `ke − 1` before on the time axis), read from the
 * Plan; null for any other border.
 */
export function causalNote(plan: Plan): string | null {
  if (plan.config.pad.kind !== 'causal') return null;
  return (
    `Causal padding has nothing to solve: it always pads ke − 1 = ${plan.w.before} on the left (the time axis) and nothing else, ` +
    `so that no output sees a later input. The lists below replace it with other borders or strides.`
  );
}
