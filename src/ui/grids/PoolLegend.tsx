/**
 * The legend lines a pool adds to the padded grid's: what its padding holds
 * and whether it counts, the ceil overhang, max pooling's winners, and how
 * the window overlay marks the cells that count.
 */
import type { Plan } from '../../core';
import { divisorRule, paddingRule } from './describePool';

export function PoolLegend({ plan }: { plan: Plan }) {
  const pool = plan.pool;
  if (!pool) return null;
  const hasPadding = plan.pads.some((p) => p > 0);
  const overhang = plan.h.overhang > 0 || plan.w.overhang > 0;
  const max = pool.reduce === 'max';
  return (
    <>
      {hasPadding ? (
        pool.countsPadding ? (
          <li data-testid="legend-padding">
            <span className="swatch swatch-pad" aria-hidden="true" /> padding cell (hatched, dashed border) — holds 0 and is {paddingRule(plan)}
          </li>
        ) : (
          <li data-testid="legend-padding">
            <span className="swatch swatch-pad swatch-uncounted" aria-hidden="true" /> padding cell (cross-hatched: does not count) — {max ? 'holds −∞: ' : ''}
            {paddingRule(plan)}
          </li>
        )
      ) : (
        <li>no padding</li>
      )}
      {overhang ? (
        <li data-testid="legend-overhang">
          <span className="swatch swatch-overhang" aria-hidden="true" /> past the padding (dotted border, beyond the dashed edge): the ceil_mode
          window hangs over these cells; they hold {max ? '−∞' : '0'} and never count{max ? '' : ', not even in the divisor'}
        </li>
      ) : null}
      {max ? (
        <li>
          <span className="swatch swatch-winner" aria-hidden="true" /> corner flag: the cell wins at least one window (on a tie, the first in
          window order, as PyTorch's indices); the shown window's winner is ringed twice
        </li>
      ) : (
        <li>The output grid writes each cell's divisor under its value (÷n): the window's cells that count ({divisorRule(plan)}).</li>
      )}
      <li>In the window shown, filled cells count; cells only outlined do not.</li>
    </>
  );
}
