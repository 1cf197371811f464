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
import { isPool, type Axis, type Config, type PadKind, type PadSpec } from '../config';
import { LIMITS } from '../limits';
import type { DerivedAxis } from '../axisDerivation';
import type { Rounding } from '../axisPadding';
import { checkModeLimit } from '../modeLimits';
import { divisorCountsPadding } from '../poolPlan';
import { configRounding, followsTfPoolRule, torchPoolPadLimit } from '../poolRules';
import { outputPaddingAllowed } from '../transposedAxis';

export { configRounding, derivationMode, torchPoolPadLimit } from '../poolRules';
import { paddingOnlyWindows } from '../warnings';
import { axisReadCounts, axisUnread } from '../windows';

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

/**
 * Whether the one-axis rules above refuse axis `a` (derived from `config`
 * with the pad spec `pad` and `derivationMode`).
 */
export function axisRefused(config: Config, axis: Axis, pad: PadSpec, a: DerivedAxis): boolean {
  if (!isPool(config.op)) return checkModeLimit(config.mode, axis, a.n, a.before, a.after) !== null;
  if (config.framework === 'torch' && !followsTfPoolRule(pad) && Math.max(a.before, a.after) > torchPoolPadLimit(a.k)) return true;
  if (config.op !== 'avgpool' || divisorCountsPadding({ ...config, pad })) return false;
  return paddingOnlyWindows({ ...a, unread: axisUnread(a, axisReadCounts(a)) }) > 0;
}

/**
 * Whether output padding `q` may stand on one axis: within its URL limit,
 * then the frameworks' rule (core's `outputPaddingAllowed`, the Plan's own check).
 */
export function outputPaddingFits(kind: PadKind, s: number, d: number, q: number): boolean {
  return Number.isInteger(q) && q >= LIMITS.opad.min && q <= LIMITS.opad.max && outputPaddingAllowed(kind, s, d, q);
}
