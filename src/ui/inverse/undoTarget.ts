/**
 * Which layer undoes the one on screen, for the "Undo this layer" link
 * (design.md, `convt`): a convolution's inverse is core's inverseTransposed
 * (the transposed convolution that gives its input size back); a transposed
 * convolution's way back is core's forwardOfTransposed, offered only when it
 * is that simple. Pools have none. Both layers are derived with derivePlan,
 * so the link never promises a size the layer does not give.
 */
import { derivePlan, forwardOfTransposed, inverseTransposed, type Config, type Pair, type Plan } from '../../core';

export type Undo =
  /** A convolution's inverse: the transposed layer, its Plan, and the rows floor dropped (its output padding). */
  | { readonly kind: 'inverse'; readonly config: Config; readonly plan: Plan; readonly dropped: Pair }
  /** A transposed convolution's way back: the forward layer and its Plan. */
  | { readonly kind: 'back'; readonly config: Config; readonly plan: Plan }
  /** A convolution whose inverse Padlab cannot show (past a limit), and why. */
  | { readonly kind: 'unavailable'; readonly reason: string };

/** The layer that undoes `plan`'s, or null when there is nothing simple to offer. */
export function undoTarget(plan: Plan): Undo | null {
  if (plan.op === 'conv') {
    const inverse = inverseTransposed(plan);
    const back = derivePlan(inverse.config);
    if (!back.ok) return { kind: 'unavailable', reason: `No transposed convolution within Padlab's limits undoes this layer: ${back.message}` };
    return { kind: 'inverse', config: inverse.config, plan: back, dropped: inverse.dropped };
  }
  if (plan.op === 'convt') {
    const config = forwardOfTransposed(plan);
    const back = config ? derivePlan(config) : null;
    return config && back?.ok ? { kind: 'back', config, plan: back } : null;
  }
  return null;
}
