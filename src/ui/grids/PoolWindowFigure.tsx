/**
 * Where a convolution shows its kernel, a pool states its window rule: it
 * has no weights, only a window size, stride and dilation, and a reduction
 * (the max, or the sum over the counted cells).
 */
import type { Plan } from '../../core';
import { divisorRule } from './describePool';

export function PoolWindowFigure({ plan }: { plan: Plan }) {
  const { h, w, pool } = plan;
  if (!pool) return null;
  const dilated = h.d > 1 || w.d > 1;
  return (
    <figure className="grid-figure grid-pool-window" data-testid="pool-window">
      <figcaption>
        {pool.reduce === 'max' ? 'Max' : 'Average'} pooling window <span className="grid-dims">{h.k}×{w.k}</span>
      </figcaption>
      <ul className="pool-window-rule">
        <li>No weights: one output per window and channel.</li>
        {pool.reduce === 'max' ? (
          <li>
            Output = the largest input cell in the window. Padding holds −∞ and never wins; the{' '}
            <span className="swatch swatch-winner" aria-hidden="true" /> winner is flagged on the grid.
          </li>
        ) : (
          <li>
            Output = the window's sum divided by the cells that count ({divisorRule(plan)}); the output grid shows each divisor as ÷n.
          </li>
        )}
        <li>
          Stride {h.s}×{w.s}
          {dilated ? `, dilation ${h.d}×${w.d}` : ''}, {plan.config.ceil ? 'ceil_mode: rounded up' : 'rounded down (floor)'}.
        </li>
      </ul>
    </figure>
  );
}
