/**
 * The small rules of pooling that the Plan and the solver both apply
 * (design.md, `maxpool`, `avgpool`), written once: how a layer's windows
 * round, which padding mode its axes are derived with, which pad specs
 * follow TF's rule, and PyTorch's largest pool padding.
 */
import { isPool, type Config, type PadMode, type PadSpec } from './config';
import type { Rounding } from './axisPadding';

/** How `config`'s windows round: `ceil` only for a pool with `ceil_mode` (a convolution always floors). */
export function configRounding(config: Pick<Config, 'op' | 'ceil'>): Rounding {
  return isPool(config.op) && config.ceil ? 'ceil' : 'floor';
}

/** The mode an axis is derived with: a pool's padding holds −∞ or 0, never a mirror, so its mode is not used. */
export function derivationMode(config: Pick<Config, 'op' | 'mode'>): PadMode {
  return isPool(config.op) ? 'zeros' : config.mode;
}

/**
 * Whether a pool's pad spec is TF's (`same`/`valid`): its average divides by
 * the real cells whatever `count_include_pad` says, and PyTorch has no such
 * string padding for pools (its pad limit does not apply to it).
 */
export function followsTfPoolRule(pad: Pick<PadSpec, 'kind'>): boolean {
  return pad.kind === 'same' || pad.kind === 'valid';
}

/**
 * PyTorch's largest pool padding per side for a kernel of `k` taps,
 * `⌊k/2⌋` (the kernel size, not the dilated one): ATen's
 * `pooling_output_shape` raises "pad should be at most half of kernel size".
 */
export function torchPoolPadLimit(k: number): number {
  return Math.floor(k / 2);
}
