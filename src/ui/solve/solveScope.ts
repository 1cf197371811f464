/**
 * The words around the solver's lists: what it searches for this layer
 * (the limits from core's LIMITS; for a pool, ceil_mode on or off and,
 * under PyTorch, its pad ≤ ⌊k/2⌋), and why nothing may have been found.
 */
import { isPool, LIMITS, OPERATION_LABEL, torchPoolPadLimit, type Config } from '../../core';

/** `2` when both axes agree, else `height×width`. */
const perAxis = (h: number, w: number): string => (h === w ? String(h) : `${h}×${w}`);

/** "Strides 1..8, pads 0..32 per side", from LIMITS. */
const RANGES = `Strides ${LIMITS.stride.min}..${LIMITS.stride.max}, pads ${LIMITS.pad.min}..${LIMITS.pad.max} per side`;

/** PyTorch's pool pad limit of this layer, per axis. */
const torchLimit = (c: Config) => perAxis(torchPoolPadLimit(c.kernel.h), torchPoolPadLimit(c.kernel.w));

/** What the solver searches, for the help line under the wanted size. */
export function solveScope(c: Config): string {
  const shape = `input ${c.input.h}×${c.input.w}, kernel ${c.kernel.h}×${c.kernel.w}, dilation ${c.dilation.h}×${c.dilation.w}`;
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
