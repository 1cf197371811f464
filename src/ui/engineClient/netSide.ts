/**
 * The network view's side of the engine client: which network the state
 * describes, and whether it may run. Loaded with the first `view=net`, as
 * image mode's side is with image mode, so the first load of the page carries
 * none of the network's derivation.
 */
import { NET_RUN_BUDGET, netCost, type Config, type NetPlan } from '../../core';
import { netOf } from '../../state/netCache';
import type { ViewSettings } from '../../state/urlState';

/** The network the state shows (memoised per state: the same object while nothing changed). */
export function currentNet(config: Config, view: ViewSettings): NetPlan {
  return netOf(config, view);
}

/** Why the network is not run in the browser (a layer that cannot run, or over the budget), or null when it runs. */
export function netRefusal(net: NetPlan): { state: 'error' | 'skipped'; error: string } | null {
  if (net.failure) return { state: 'error', error: `Layer ${net.failure.layer}: ${net.failure.invalid.message}` };
  const cost = netCost(net);
  if (cost <= NET_RUN_BUDGET) return null;
  const millions = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} M`;
  return {
    state: 'skipped',
    error: `Not run in the browser: ${millions(cost)} multiply-adds, over the ${millions(NET_RUN_BUDGET)} limit. Shapes, pads and receptive fields above are exact; a smaller input or fewer filters runs it.`,
  };
}
