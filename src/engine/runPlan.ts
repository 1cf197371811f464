/**
 * Runs a Plan's convolution on the active TensorFlow.js backend and checks it
 * against the core's exact reference. The padded input and the reference come
 * from the core's per-Plan cache (`paddedOf`, `referenceOf`), the very arrays
 * the grids show: the engine computes none of the plan's arithmetic. Every
 * tensor is made and disposed here.
 */
import * as tf from '@tensorflow/tfjs-core';
import { maxAbsDiff as largestDifference, outputLength, paddedOf, referenceOf, type Plan } from '../core';
import { planKernel } from './kernelLayout';
import { outputValues, toNhwc } from './nhwc';
import { poolTensor } from './runPool';
import { readAndDispose } from './readBack';

export interface EngineResult {
  /** `[F, OH, OW]` */
  readonly shape: [number, number, number];
  /** Output `F*OH*OW`, filter-major then row-major, as computed by tfjs (float32). */
  readonly values: Float32Array;
  /** The reference output, float64, same layout. */
  readonly reference: readonly number[];
  /** tfjs backend that ran it (`webgl`, `cpu`, …). */
  readonly backend: string;
  /** Largest |tfjs − reference|. */
  readonly maxAbsDiff: number;
  /** The tolerance the result is judged against (float32 rounding, scaled to the values). */
  readonly tolerance: number;
  readonly matches: boolean;
  /** Wall time of the tfjs part, in ms. */
  readonly ms: number;
}

/**
 * Float32 tolerance for a convolution: each output sums `C·KH·KW` products, so
 * the rounding bound grows with the number of terms and the size of the terms.
 * A pool sums (or compares) `KH·KW` cells of one channel, each weighed 1.
 */
export function float32Tolerance(plan: Plan): number {
  const terms = (plan.pool ? 1 : plan.channels) * plan.h.k * plan.w.k;
  const maxX = Math.max(1, ...plan.input.map(Math.abs), Number.isFinite(plan.fill) ? Math.abs(plan.fill) : 0);
  const maxW = plan.pool ? 1 : Math.max(1e-30, ...plan.weights.map(Math.abs));
  return 4 * 2 ** -23 * terms * maxX * maxW + 1e-7;
}

/**
 * The size tfjs convolves along one axis: the padded size `n`, grown to the
 * next size where it and the output it gives are both even (or, where no
 * such size exists — an even `ke` at stride 1 — to even `n`). Odd texture
 * sizes compile extra reshape/decode shaders in tfjs WebGL, so a size slider
 * would stall on every other value (measured: scripts/bench). The extra cells
 * are zeros, read only by output cells past the plan's, which are dropped.
 */
export function evenSize(n: number, ke: number, s: number): number {
  for (let e = n + (n % 2); e <= n + 2 * s + 1; e += 2) if (outputLength(e, ke, s) % 2 === 0) return e;
  return n + (n % 2);
}

/**
 * Builds the output tensor `[1, OHE, OWE, F]` from the padded input (inside a
 * tidy of the caller). The grid engine pads on the host: the padded input is
 * the core's (`paddedOf`, made through the index maps, read by the grids and
 * the reference too), and tfjs runs the convolution only. Its WebGL shaders
 * take sizes, strides, pads and dilations as uniforms
 * (WEBGL_USE_SHAPES_UNIFORMS, backend.ts), so a change of input size, border,
 * stride or dilation compiles nothing; a pad, gather or transpose on the GPU
 * would bake its shapes into the shader instead: 3–6 compiles, 200–700 ms on
 * SwiftShader, on every new size (`npm run bench`). Image mode pads on the
 * GPU (gatherPad.ts): one picture size per run, so that compiles once.
 */
function convolve(plan: Plan, padded: readonly number[]): tf.Tensor4D {
  const { h, w, channels: C } = plan;
  const he = evenSize(h.padded, h.ke, h.s);
  const we = evenSize(w.padded, w.ke, w.s);
  const x = tf.tensor4d(toNhwc(padded, C, h.padded, w.padded, he, we), [1, he, we, C]);
  const kernel = planKernel(plan);
  const filter = tf.tensor4d(kernel.values, kernel.shape);
  // 'valid' on an already padded input: tfjs never computes pads itself (see tfjs issue 649).
  return tf.conv2d(x, filter, [h.s, w.s], 'valid', 'NHWC', kernel.dilations);
}

/**
 * The plan's output tensor `[1, OH', OW', F]` (OH' ≥ OH, OW' ≥ OW), whatever
 * its operation (inside a tidy of the caller).
 */
function layerOutput(plan: Plan): tf.Tensor4D {
  return plan.pool ? poolTensor(plan, paddedOf(plan)) : convolve(plan, paddedOf(plan));
}

/**
 * The plan's output on the current backend, `F*OH*OW` filter-major then
 * row-major (a pool's `F` is `C`), read back without blocking (no dataSync).
 */
export async function planOutput(plan: Plan): Promise<Float32Array> {
  const out = tf.tidy(() => layerOutput(plan));
  const nhwc = await readAndDispose(out);
  // tfjs's output may be larger than OH×OW (evenSize): its shape says how wide.
  return outputValues(nhwc, plan.filters, plan.h.out, plan.w.out, out.shape[2]);
}

/** Runs the plan on the current backend; resolves when the values are read back (async, no dataSync). */
export async function runPlan(plan: Plan): Promise<EngineResult> {
  const start = performance.now();
  const values = await planOutput(plan);
  const ms = performance.now() - start;
  const reference = referenceOf(plan);
  const maxAbsDiff = largestDifference(values, reference);
  const tolerance = float32Tolerance(plan);
  return {
    shape: [plan.filters, plan.h.out, plan.w.out],
    values,
    reference,
    backend: tf.getBackend(),
    maxAbsDiff,
    tolerance,
    matches: maxAbsDiff <= tolerance,
    ms,
  };
}

/**
 * Dispatches a plan's convolution without reading it back, for its shaders'
 * sake: tfjs compiles them now (synchronously), so a later run with the same
 * shader key starts without a compile (warmup.ts).
 */
export function warmPlan(plan: Plan): void {
  tf.tidy(() => {
    layerOutput(plan);
  });
}

/** Live tensors right now (for leak checks). */
export function liveTensors(): number {
  return tf.memory().numTensors;
}
