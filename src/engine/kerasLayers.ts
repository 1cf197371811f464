/**
 * Runs a Plan as Keras layers with tfjs-layers — `ZeroPadding2D` (or, for
 * the other modes, a small custom padding layer) then `Conv2D(padding='valid',
 * useBias=false)` — and compares the result with the core's exact reference.
 * It shows that the pads Padlab derives are the ones a Keras model needs.
 * Loaded lazily (tfjs-layers is large); every tensor is made and disposed here.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { isZeroFill, maxAbsDiff as largestDifference, referenceOf, type Plan } from '../core';
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

/** Builds, runs and disposes the model; resolves with the output read back (async, no dataSync). */
export async function runAsKerasLayers(plan: Plan): Promise<KerasLayersResult> {
  const { h, w, channels: C, filters: F } = plan;
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
  const model = tfl.sequential({ layers: [paddingLayer(plan), conv] });
  let out: tf.Tensor | null = null;
  try {
    const filter = tf.tensor4d(kernel.values, kernel.shape);
    conv.setWeights([filter]);
    filter.dispose();
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
