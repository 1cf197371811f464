/**
 * Runs a whole network on TensorFlow.js (design.md, `net-json`): layer by
 * layer, each layer's tfjs output becoming the next layer's input, so the
 * last output is what the stack computes in float32 on this backend; then
 * compares it with the float64 reference chain (core's `netReference`).
 * Each layer runs through the single-layer path (`planOutput`), so a network
 * exercises exactly the code the single-layer view checks.
 */
import * as tf from '@tensorflow/tfjs-core';
import { layerPlanOn, maxAbsDiff, netReference, type NetPlan, type Shape } from '../core';
import { planOutput } from './runPlan';

export interface NetResult {
  /** The last layer's output shape `[C, H, W]`. */
  readonly shape: Shape;
  /** The last output as tfjs computed it through the whole stack (float32), channel-major then row-major. */
  readonly values: Float32Array;
  /** The reference's last output (float64), same layout. */
  readonly reference: readonly number[];
  readonly backend: string;
  /** Largest |tfjs − reference| over the last output. */
  readonly maxAbsDiff: number;
  /** Largest |value| of any layer's reference output: the scale float32 rounding is relative to. */
  readonly scale: number;
  /** What the difference is judged against: float32 rounding relative to `scale`, growing with the layers. */
  readonly tolerance: number;
  readonly matches: boolean;
  /** Wall time of the tfjs part, in ms. */
  readonly ms: number;
}

/** Relative float32 error allowed per layer (sums of up to a few thousand products each, rounding at 2^-24). */
const PER_LAYER = 2e-5;

function largestFinite(arrays: readonly (readonly number[])[]): number {
  let m = 1;
  for (const a of arrays) for (const v of a) if (Number.isFinite(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** Runs the network (derived, with no failure) on the current backend; throws the layer's reason if one cannot run. */
export async function runNet(net: NetPlan): Promise<NetResult> {
  const ref = netReference(net);
  if (!('plans' in ref)) throw new Error(`Layer ${ref.layer}: ${ref.invalid.message}`);
  const start = performance.now();
  let values: Float32Array = new Float32Array(0);
  let shape: Shape = [net.network.channels, net.network.input.h, net.network.input.w];
  for (const [i, layer] of net.layers.entries()) {
    // The first layer's plan is the reference's own (the seeded input); later ones take tfjs's previous output.
    const plan = i === 0 ? ref.plans[0] : layerPlanOn(net.network, i, shape, { kind: 'values', values: Array.from(values) });
    if (!plan?.ok) throw new Error(`Layer ${i + 1}: ${plan ? plan.message : 'no plan'}`);
    values = await planOutput(plan);
    shape = layer.out;
  }
  const ms = performance.now() - start;
  const reference = ref.outputs[ref.outputs.length - 1] ?? [];
  const scale = largestFinite(ref.outputs);
  const diff = maxAbsDiff(values, reference);
  const tolerance = PER_LAYER * Math.max(1, net.layers.length) * scale;
  return { shape, values, reference, backend: tf.getBackend(), maxAbsDiff: diff, scale, tolerance, matches: diff <= tolerance, ms };
}
