/**
 * The network's values (design.md, `net-json`): the seeded input through
 * every layer, each layer a single-layer Plan whose input is the previous
 * layer's output, computed by the exact float64 reference. The engine runs
 * the same chain on TensorFlow.js and compares its last output with this one.
 */
import { isPool, type Values, type InputPreset } from '../config';
import { NET_LIMITS } from '../limits';
import { referenceOf } from '../planArrays';
import { derivePlan, type Plan, type PlanResult } from '../plan';
import type { Network, Shape } from './netLayer';
import { layerConfig, type NetFailure, type NetPlan } from './netPlan';

/**
 * The most multiply-adds a network may cost to run in the browser (reference
 * and TensorFlow.js both): about a second of the float64 reference on this
 * project's machine. Bigger networks show their shapes, pads and receptive
 * fields, which need no values, and say why they were not run.
 */
export const NET_RUN_BUDGET = 30_000_000;

/** Multiply-adds (a pool: reads) the float64 reference spends on every layer of a derived network. */
export function netCost(net: NetPlan): number {
  let total = 0;
  for (const { layer, in: input, out, plan } of net.layers) {
    const taps = plan.h.k * plan.w.k;
    // The reference sums the dense applied kernel (zeros outside a filter's group), so every
    // output of a conv or a transposed conv's direct picture costs C·KH·KW; a pool reads one channel.
    const perOutput = isPool(layer.op) ? taps : input[0] * taps;
    total += out[0] * out[1] * out[2] * perOutput;
  }
  return total;
}

/** Layer `index` (0-based) on the given input values: the previous output, or the seeded input for the first layer. */
export function layerPlanOn(network: Network, index: number, shape: Shape, x: Values<InputPreset> | null): PlanResult {
  const config = layerConfig(network, index, shape);
  return derivePlan(x ? { ...config, x } : config, NET_LIMITS);
}

export interface NetReference {
  /** Each layer's Plan, on the reference output of the layer before. */
  readonly plans: readonly Plan[];
  /** Each layer's output `C*H*W`, channel-major then row-major (float64; −∞ where a max read only padding). */
  readonly outputs: readonly (readonly number[])[];
}

/** The exact values of every layer, or the first layer that cannot run (as `deriveNet` reports it). */
export function netReference(net: NetPlan): NetReference | NetFailure {
  if (net.failure) return net.failure;
  const plans: Plan[] = [];
  const outputs: (readonly number[])[] = [];
  for (const [i, layer] of net.layers.entries()) {
    const prev = outputs[i - 1];
    const plan = layerPlanOn(net.network, i, layer.in, prev ? { kind: 'values', values: prev } : null);
    if (!plan.ok) return { layer: i + 1, invalid: plan };
    plans.push(plan);
    outputs.push(referenceOf(plan));
  }
  return { plans, outputs };
}
