/**
 * The network's one derivation (design.md, "Network view"): a Network in,
 * each layer's shapes, pads, dropped cells and receptive-field recurrence
 * out, or the first layer that cannot run and why. Every layer is derived by
 * the single-layer `derivePlan` (with the network view's limits), so a shape
 * here is the shape the single-layer view shows for the same layer.
 */
import { DEFAULT_CONFIG, isPool, type Axis, type Config, type Pads } from '../config';
import { checkGroups } from '../groupCheck';
import type { Invalid } from '../invalid';
import { NET_LIMITS } from '../limits';
import { derivePlan, type Plan } from '../plan';
import { checkFieldLimits } from '../validateFields';
import { seedOfLayer, type NetLayer, type Network, type Shape } from './netLayer';
import { nextField, type AxisField, type FieldState } from './receptiveField';

/** One layer of a derived network. */
export interface NetLayerPlan {
  /** 1-based, as the UI and messages number layers. */
  readonly index: number;
  readonly layer: NetLayer;
  /** Input and output shapes, `[C, H, W]`. */
  readonly in: Shape;
  readonly out: Shape;
  /** `[T, B, L, R]`: padding of a conv or pool, the crop of a convt (net-json's `pads`). */
  readonly pads: Pads;
  /** Trailing input rows (`h`) and columns (`w`) that no window reads: what `floor` drops. */
  readonly dropped: Readonly<Record<Axis, number>>;
  /** Whether PyTorch's last-window rule removed a `ceil_mode` window, per axis. */
  readonly removed: Readonly<Record<Axis, boolean>>;
  /** Receptive field after this layer, per axis; null once a transposed convolution has run. */
  readonly field: Readonly<Record<Axis, AxisField>> | null;
  /**
   * The layer's single-layer Plan at one channel and one filter (the shapes,
   * pads, index maps and derivation steps; channels do not change them).
   */
  readonly plan: Plan;
}

/** A layer that cannot run, and why (the single-layer view's reason). */
export interface NetFailure {
  /** 1-based layer number. */
  readonly layer: number;
  readonly invalid: Invalid;
}

export interface NetPlan {
  readonly network: Network;
  /** The layers derived so far: all of them, or those before `failure.layer`. */
  readonly layers: readonly NetLayerPlan[];
  readonly failure: NetFailure | null;
}

/**
 * The full single-layer Config of layer `index` (0-based) on an input of
 * `shape`: the layer's own fields, the network's framework, and the seeded
 * `random` values (input for the network's first layer, weights
 * `seed + index`), so opening the layer alone reproduces it.
 */
export function layerConfig(network: Network, index: number, shape: Shape): Config {
  const layer = network.layers[index];
  // A caller's bug, not user input: every caller walks the network's own layers.
  if (!layer) throw new RangeError(`layer index ${index} outside the network's ${network.layers.length} layers`);
  return {
    ...DEFAULT_CONFIG,
    ...layer,
    input: { h: shape[1], w: shape[2] },
    channels: shape[0],
    framework: network.framework,
    x: { kind: 'preset', preset: 'random' },
    w: { kind: 'preset', preset: 'random' },
    seed: seedOfLayer(network.seed, index),
  };
}

/** Output channels of a layer on `channels` input channels: a pool keeps them, a (transposed) conv has `filters`. */
export function outChannels(layer: NetLayer, channels: number): number {
  return isPool(layer.op) ? channels : layer.filters;
}

/**
 * The layer's shape Plan: the real channels, filters and groups are checked
 * against the network's limits and the groups rule, then the layer is derived
 * at one channel, one filter, one group (shapes do not depend on them, and a
 * 256-channel 512×512 input is not materialised just to learn its size).
 */
function shapePlan(network: Network, index: number, shape: Shape): Plan | Invalid {
  const real = layerConfig(network, index, shape);
  const problem = checkFieldLimits(real, NET_LIMITS) ?? (isPool(real.op) ? null : checkGroups(real));
  if (problem) return problem;
  const single: Config = { ...real, channels: 1, filters: 1, groups: 1, x: { kind: 'preset', preset: 'ones' }, w: { kind: 'preset', preset: 'ones' } };
  return derivePlan(single, NET_LIMITS);
}

/** Derives every layer of the network in order; stops at the first that cannot run. Never throws on user input. */
export function deriveNet(network: Network): NetPlan {
  const layers: NetLayerPlan[] = [];
  let shape: Shape = [network.channels, network.input.h, network.input.w];
  let field: FieldState | null = { h: { r: 1, j: 1, u: 0 }, w: { r: 1, j: 1, u: 0 } };
  for (let i = 0; i < network.layers.length; i += 1) {
    const layer = network.layers[i] as NetLayer;
    const plan = shapePlan(network, i, shape);
    if (!plan.ok) return { network, layers, failure: { layer: i + 1, invalid: plan } };
    // A transposed convolution's axes are its direct picture (stride 1), whose output is the layer's.
    const out: Shape = [outChannels(layer, shape[0]), plan.h.out, plan.w.out];
    field = layer.op === 'convt' || !field ? null : { h: nextField(field.h, plan.h), w: nextField(field.w, plan.w) };
    layers.push({
      index: i + 1,
      layer,
      in: shape,
      out,
      pads: plan.transposed ? [plan.transposed.h.cropBefore, plan.transposed.h.cropAfter, plan.transposed.w.cropBefore, plan.transposed.w.cropAfter] : plan.pads,
      dropped: { h: plan.h.remainder, w: plan.w.remainder },
      removed: { h: plan.h.removed, w: plan.w.removed },
      field,
      plan,
    });
    shape = out;
  }
  return { network, layers, failure: null };
}

/** The network's output shape: the last layer's, or the input's when there are no layers (null when a layer fails). */
export function netOutput(net: NetPlan): Shape | null {
  if (net.failure) return null;
  const last = net.layers[net.layers.length - 1];
  return last ? last.out : [net.network.channels, net.network.input.h, net.network.input.w];
}

/** The shape at level `level`: 0 is the input, `i` the output of layer i (1-based); null past what was derived. */
export function shapeAt(net: NetPlan, level: number): Shape | null {
  if (level === 0) return [net.network.channels, net.network.input.h, net.network.input.w];
  return net.layers[level - 1]?.out ?? null;
}
