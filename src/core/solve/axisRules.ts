/**
 * The rules a size suggestion must pass that look at one axis only, so the
 * solver can drop a candidate before it builds a whole Config (a `derivePlan`
 * costs about a millisecond at 64×64; an axis has a hundred candidates).
 * `solveSize` still checks every suggestion it returns with `derivePlan`, and
 * its property test checks that these rules drop nothing `derivePlan` accepts.
 *
 * - A convolution: its padding mode's limit (reflect ≤ n−1, symmetric and
 *   circular ≤ n; `modeLimits.ts`).
 * - A pool (design.md, `maxpool`, `avgpool`): no mode limit — pools pad with
 *   −∞ or 0 whatever the mode. With `fw=torch`, PyTorch's pad ≤ ⌊k/2⌋ for
 *   the pads it takes as `padding=` (every spec but TF's `same`/`valid`). An
 *   average whose divisor counts only real cells refuses a window of padding
 *   only (its divisor would be 0).
 */
import { isPool, type Axis, type Config, type PadMode, type PadSpec } from '../config';
import type { DerivedAxis } from '../axisDerivation';
import type { Rounding } from '../axisPadding';
import { checkModeLimit } from '../modeLimits';
import { divisorCountsPadding } from '../poolPlan';
import { paddingOnlyWindows } from '../warnings';
import { axisReadCounts, axisUnread } from '../windows';

/** How `config`'s windows round: `ceil` only for a pool with `ceil_mode` (a convolution always floors). */
export function configRounding(config: Pick<Config, 'op' | 'ceil'>): Rounding {
  return isPool(config.op) && config.ceil ? 'ceil' : 'floor';
}

/**
 * The roundings a suggestion may use: the configuration's own first, then,
 * for a pool, the other one (turning `ceil_mode` on or off is one more way
 * to reach a size).
 */
export function roundings(config: Pick<Config, 'op' | 'ceil'>): readonly Rounding[] {
  const own = configRounding(config);
  if (!isPool(config.op)) return [own];
  return own === 'floor' ? ['floor', 'ceil'] : ['ceil', 'floor'];
}

/** The mode an axis is derived with: a pool's padding holds −∞ or 0, never a mirror, so its mode is not used. */
export function derivationMode(config: Pick<Config, 'op' | 'mode'>): PadMode {
  return isPool(config.op) ? 'zeros' : config.mode;
}

/**
 * Whether `pad` follows TF's rule for a pool (`same`/`valid`): read off core's
 * divisor rule, under which even `count_include_pad=True` counts no padding
 * there, so the rule stays in one place (poolPlan.ts).
 */
function tfRule(pad: PadSpec): boolean {
  return !divisorCountsPadding({ op: 'avgpool', cip: true, pad });
}

/**
 * PyTorch's largest pool padding per side for a kernel of `k` taps,
 * `⌊k/2⌋` (the kernel size, not the dilated one): ATen's
 * `pooling_output_shape` raises "pad should be at most half of kernel size".
 */
export function torchPoolPadLimit(k: number): number {
  return Math.floor(k / 2);
}

/**
 * Whether the one-axis rules above refuse axis `a` (derived from `config`
 * with the pad spec `pad` and `derivationMode`).
 */
export function axisRefused(config: Config, axis: Axis, pad: PadSpec, a: DerivedAxis): boolean {
  if (!isPool(config.op)) return checkModeLimit(config.mode, axis, a.n, a.before, a.after) !== null;
  if (config.framework === 'torch' && !tfRule(pad) && Math.max(a.before, a.after) > torchPoolPadLimit(a.k)) return true;
  if (config.op !== 'avgpool' || divisorCountsPadding({ ...config, pad })) return false;
  return paddingOnlyWindows({ ...a, unread: axisUnread(a, axisReadCounts(a)) }) > 0;
}
