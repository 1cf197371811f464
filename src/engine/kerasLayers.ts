/**
 * Runs a Plan as Keras layers with tfjs-layers — `ZeroPadding2D` (or, for
 * the other modes, a small custom padding layer) then `Conv2D(padding='valid',
 * useBias=false)` (`DepthwiseConv2D` for one group per channel); a
 * transposed convolution as `Conv2DTranspose` then `Cropping2D` /
 * `ZeroPadding2D` — and compares the result with the core's exact reference.
 * It shows that the pads Padlab derives are the ones a Keras model needs.
 * Layers Keras cannot build are refused with the reason.
 * Loaded lazily (tfjs-layers is large); every tensor is made and disposed here.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  appliedKernel,
  dilateHwio,
  hwioLayout,
  isZeroFill,
  maxAbsDiff as largestDifference,
  oihwToHwio,
  outputLength,
  referenceOf,
  type Plan,
} from '../core';
import { planKernel } from './kernelLayout';
import { gatherIndices } from './padIndices';
import { float32Tolerance } from './runPlan';

export interface KerasLayersResult {
  /** `[F, OH, OW]` */
  readonly shape: [number, number, number];
  /** Output `F*OH*OW`, filter-major then row-major (float32). */
  readonly values: Float32Array;
  /** Largest |layers − reference|. */
  readonly maxAbsDiff: number;
  readonly tolerance: number;
  readonly matches: boolean;
  /** Class names of the model's layers, in order, e.g. `['ZeroPadding2D', 'Conv2D']`. */
  readonly layers: string[];
  readonly backend: string;
}

interface GatherPaddingArgs {
  /** Per padded row / column: the input index to copy, or `n` for the appended constant cell. */
  rows: number[];
  cols: number[];
  /** The constant the padding cells hold. */
  value: number;
  inputShape?: number[];
}

/**
 * Pads through the Plan's index maps (padIndices.ts): one constant cell is
 * appended to each spatial axis, then rows and columns are gathered, always
 * (image mode's padThroughIndexMaps skips the steps that copy; this layer
 * keeps one shape so its config alone rebuilds it). Keras has no
 * reflect/symmetric/replicate/circular padding layer, so a Keras model needs
 * a custom layer like this one for those modes.
 */
class GatherPadding2D extends tfl.layers.Layer {
  static className = 'GatherPadding2D';
  private readonly rows: number[];
  private readonly cols: number[];
  private readonly value: number;

  constructor(args: GatherPaddingArgs) {
    super({ inputShape: args.inputShape });
    this.rows = args.rows;
    this.cols = args.cols;
    this.value = args.value;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [s[0] ?? null, this.rows.length, this.cols.length, s[3] ?? null];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
      const withConstant = tf.pad(x, [[0, 0], [0, 1], [0, 1], [0, 0]], this.value);
      const rows = tf.gather(withConstant, tf.tensor1d(this.rows, 'int32'), 1);
      return tf.gather(rows, tf.tensor1d(this.cols, 'int32'), 2);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rows: this.rows, cols: this.cols, value: this.value };
  }
}
// Registered so a model holding it can be saved and loaded like any Keras layer.
tf.serialization.registerClass(GatherPadding2D);

/** Zeros (or constant 0) is exactly Keras' ZeroPadding2D; anything else needs the gather layer. */
function paddingLayer(plan: Plan): tfl.layers.Layer {
  const inputShape = [plan.h.n, plan.w.n, plan.channels];
  if (isZeroFill(plan.config.mode, plan.config.cval)) {
    const [t, b, l, r] = plan.pads;
    return tfl.layers.zeroPadding2d({ padding: [[t, b], [l, r]], inputShape, dataFormat: 'channelsLast' });
  }
  return new GatherPadding2D({
    rows: Array.from(gatherIndices(plan.h.source, plan.h.n)),
    cols: Array.from(gatherIndices(plan.w.source, plan.w.n)),
    value: plan.fill,
    inputShape,
  });
}

/**
 * A pooling Plan as Keras layers, or the reason Keras has none: TF's
 * `same`/`valid` are `MaxPooling2D`/`AveragePooling2D(padding=…)` themselves;
 * explicit pads are a padding layer first (−∞ for max, so padding never wins;
 * zeros for an average that counts them) then `padding='valid'`. Keras has no
 * ceil_mode, no pooling dilation and no count_include_pad=False for explicit pads.
 */
function poolLayers(plan: Plan): tfl.layers.Layer[] {
  const { h, w, pool, config } = plan;
  if (!pool) throw new Error('poolLayers needs a pooling Plan');
  if (h.out !== outputLength(h.padded - h.overhang, h.ke, h.s) || w.out !== outputLength(w.padded - w.overhang, w.ke, w.s)) {
    throw new Error('Keras pooling has no ceil_mode: this layer has another output size than floor gives, so no Keras model reproduces it.');
  }
  if (h.d > 1 || w.d > 1) throw new Error('Keras MaxPooling2D has no dilation: no Keras model reproduces this layer.');
  const inputShape = [h.n, w.n, plan.channels];
  const args = { poolSize: [h.k, w.k] as [number, number], strides: [h.s, w.s] as [number, number], dataFormat: 'channelsLast' as const };
  const make = (padding: 'same' | 'valid', first: boolean) =>
    pool.reduce === 'max'
      ? tfl.layers.maxPooling2d({ ...args, padding, ...(first ? { inputShape } : {}) })
      : tfl.layers.averagePooling2d({ ...args, padding, ...(first ? { inputShape } : {}) });
  if (config.pad.kind === 'same' || config.pad.kind === 'valid') return [make(config.pad.kind, true)];
  if (pool.reduce === 'avg' && !pool.countsPadding) {
    throw new Error('Keras AveragePooling2D after ZeroPadding2D counts the zeros: count_include_pad=False with explicit pads has no Keras layer.');
  }
  const padding =
    pool.reduce === 'avg'
      ? tfl.layers.zeroPadding2d({ padding: [[plan.pads[0], plan.pads[1]], [plan.pads[2], plan.pads[3]]], inputShape, dataFormat: 'channelsLast' })
      : new GatherPadding2D({ rows: Array.from(gatherIndices(h.source, h.n)), cols: Array.from(gatherIndices(w.source, w.n)), value: plan.fill, inputShape });
  return [padding, make('valid', false)];
}

/** Layers and the weights to load into them once the model is built. */
interface BuiltLayers {
  readonly layers: tfl.layers.Layer[];
  readonly load: () => void;
}

/** Loads `values` of `shape` as a layer's only weight. */
function loader(layer: tfl.layers.Layer, values: Float32Array, shape: [number, number, number, number]): () => void {
  return () => {
    const kernel = tf.tensor4d(values, shape);
    layer.setWeights([kernel]);
    kernel.dispose();
  };
}

/**
 * One group per channel (g = C, F = C·multiplier) as DepthwiseConv2D, whose
 * kernel `[KH, KW, C, multiplier]` holds PyTorch's `(F, 1, KH, KW)` in the
 * same order. Other groups: tfjs-layers' Conv2D has no groups argument.
 */
function depthwiseLayers(plan: Plan): BuiltLayers {
  const { h, w, channels: C, filters: F, config } = plan;
  if (config.groups !== C) {
    throw new Error(
      `tfjs-layers' Conv2D has no groups argument (Keras' Conv2D(groups=) needs Python TF ≥ 2.3): no tfjs-layers model reproduces ${config.groups} groups of ${C / config.groups} channels. DepthwiseConv2D covers one group per channel.`,
    );
  }
  // tfjs-layers' DepthwiseConv2D takes dilationRate but never passes it on (its call: "TODO(cais): Add
  // support for dilation"), so any dilation is baked into the kernel as zeros.
  const bake = h.d > 1 || w.d > 1;
  const kernel = hwioLayout({ weights: appliedKernel(plan.weights, F, h.k, w.k, config.flip), filters: F, channels: 1, kh: h.k, kw: w.k, dh: h.d, dw: w.d, bakeDilation: bake });
  const layer = tfl.layers.depthwiseConv2d({
    kernelSize: [kernel.shape[0], kernel.shape[1]],
    depthMultiplier: F / C,
    strides: [h.s, w.s],
    padding: 'valid',
    useBias: false,
    dataFormat: 'channelsLast',
    depthwiseInitializer: 'zeros',
  });
  return { layers: [paddingLayer(plan), layer], load: loader(layer, Float32Array.from(kernel.values), [kernel.shape[0], kernel.shape[1], C, F / C]) };
}

/**
 * A transposed convolution as tfjs-layers' Conv2DTranspose, which has
 * padding 'same'/'valid' only, no output_padding, no dilation (baked into
 * the kernel as zeros) and no groups: Keras' same (or valid) alone when
 * that is the Plan with no output padding, else 'valid' — the uncropped
 * output, (n−1)s + max(ke, s) — then Cropping2D and ZeroPadding2D to the
 * Plan's window.
 */
function transposedLayers(plan: Plan): BuiltLayers {
  const { transposed: t, config, channels: C, filters: F } = plan;
  if (!t) throw new Error('transposedLayers needs a transposed-convolution Plan');
  if (config.groups > 1) {
    throw new Error(`Keras' Conv2DTranspose has no groups argument (tfjs-layers' neither): no Keras layer reproduces a transposed convolution in ${config.groups} groups.`);
  }
  const [kh, kw] = [plan.h.ke, plan.w.ke];
  // ConvTranspose2d's (C, F, KH, KW) read as "out, in" gives Conv2DTranspose's [KH, KW, F, C].
  const hwoi = dilateHwio(oihwToHwio(plan.weights, C, F, plan.h.k, plan.w.k), plan.h.k, plan.w.k, F, C, plan.h.d, plan.w.d);
  const alone = (config.pad.kind === 'same' || config.pad.kind === 'valid') && t.h.q === 0 && t.w.q === 0;
  const conv = tfl.layers.conv2dTranspose({
    filters: F,
    kernelSize: [kh, kw],
    strides: [t.h.stride, t.w.stride],
    padding: alone ? (config.pad.kind as 'same' | 'valid') : 'valid',
    useBias: false,
    dataFormat: 'channelsLast',
    kernelInitializer: 'zeros',
    inputShape: [plan.h.n, plan.w.n, C],
  });
  const layers: tfl.layers.Layer[] = [conv];
  if (!alone) {
    // 'valid' covers full[0, (n−1)s + max(ke, s)): keep [cropBefore, cropBefore + out).
    const end = (a: typeof t.h, ke: number, out: number) => (a.full - ke + Math.max(ke, a.stride)) - a.cropBefore - out;
    const after = { h: end(t.h, kh, plan.h.out), w: end(t.w, kw, plan.w.out) };
    const crop: [[number, number], [number, number]] = [[t.h.cropBefore, Math.max(after.h, 0)], [t.w.cropBefore, Math.max(after.w, 0)]];
    if (crop.flat().some((v) => v > 0)) layers.push(tfl.layers.cropping2D({ cropping: crop, dataFormat: 'channelsLast' }));
    if (after.h < 0 || after.w < 0) layers.push(tfl.layers.zeroPadding2d({ padding: [[0, Math.max(-after.h, 0)], [0, Math.max(-after.w, 0)]], dataFormat: 'channelsLast' }));
  }
  return { layers, load: loader(conv, Float32Array.from(hwoi), [kh, kw, F, C]) };
}

/** The convolution's Keras layers, and the weights to load into them once the model is built. */
function convLayers(plan: Plan): BuiltLayers {
  if (plan.config.groups > 1) return depthwiseLayers(plan);
  const { h, w, filters: F } = plan;
  // Keras (and tfjs) refuse stride > 1 with dilation > 1: bake the dilation into the kernel as zeros.
  const kernel = planKernel(plan);
  const conv = tfl.layers.conv2d({
    filters: F,
    kernelSize: [kernel.shape[0], kernel.shape[1]],
    strides: [h.s, w.s],
    dilationRate: kernel.dilations,
    padding: 'valid',
    useBias: false,
    dataFormat: 'channelsLast',
    kernelInitializer: 'zeros',
  });
  return { layers: [paddingLayer(plan), conv], load: loader(conv, kernel.values, kernel.shape) };
}

/**
 * Builds, runs and disposes the model; resolves with the output read back
 * (async, no dataSync). Rejects, with the reason, for a layer Keras cannot build.
 */
export async function runAsKerasLayers(plan: Plan): Promise<KerasLayersResult> {
  const { h, w, channels: C, filters: F } = plan;
  const built = plan.pool ? { layers: poolLayers(plan), load: () => undefined } : plan.transposed ? transposedLayers(plan) : convLayers(plan);
  const model = tfl.sequential({ layers: built.layers });
  let out: tf.Tensor | null = null;
  try {
    built.load();
    out = tf.tidy(() => {
      const x = tf.transpose(tf.tensor4d(Float32Array.from(plan.input), [1, C, h.n, w.n]), [0, 2, 3, 1]);
      return tf.transpose(model.predict(x) as tf.Tensor4D, [0, 3, 1, 2]);
    });
    const values = (await out.data()) as Float32Array;
    const maxAbsDiff = largestDifference(values, referenceOf(plan));
    const tolerance = float32Tolerance(plan);
    return {
      shape: [F, h.out, w.out],
      values,
      maxAbsDiff,
      tolerance,
      matches: maxAbsDiff <= tolerance,
      layers: model.layers.map((layer) => layer.getClassName()),
      backend: tf.getBackend(),
    };
  } finally {
    out?.dispose();
    model.dispose();
  }
}
