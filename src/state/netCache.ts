/**
 * The network of the current state, derived once per (config, layers, skips)
 * and shared by every reader of the network view (layer list, shapes,
 * receptive field, skip checks, engine), as planCache.ts does for one layer.
 */
import { deriveNet, type Config, type NetPlan, type Network } from '../core';
import type { ViewSettings } from './urlState';

/** The Network a state describes: the Config's `in`, `c`, `seed`, `fw` and the view's layers and skips. */
export function networkOf(config: Config, view: Pick<ViewSettings, 'net' | 'skips'>): Network {
  return { input: config.input, channels: config.channels, layers: view.net, skips: view.skips, seed: config.seed, framework: config.framework };
}

let last: { config: Config; net: ViewSettings['net']; skips: ViewSettings['skips']; plan: NetPlan } | null = null;

export function netOf(config: Config, view: Pick<ViewSettings, 'net' | 'skips'>): NetPlan {
  if (last && last.config === config && last.net === view.net && last.skips === view.skips) return last.plan;
  const plan = deriveNet(networkOf(config, view));
  last = { config, net: view.net, skips: view.skips, plan };
  return plan;
}
