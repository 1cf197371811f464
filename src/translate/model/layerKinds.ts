/**
 * What a call in a pasted model is, by its name: a layer that keeps the
 * shape (passed through), one that ends the spatial part (the network view
 * shows the convolutional part), one that resizes by a factor (not a Padlab
 * layer yet), or one that gives the input shape.
 */
import type { Node } from '../parse/ast';
import type { ModelInput } from './modelTypes';

/** Shape-preserving layers people put between convolutions (PyTorch, Keras, tf.nn spellings). */
const PASSTHROUGH =
  /^(ReLU6?|LeakyReLU|PReLU|RReLU|ELU|SELU|CELU|GELU|SiLU|Mish|Swish|Hardswish|Hardsigmoid|Hardtanh|Sigmoid|Tanh|Softmax2?d?|LogSoftmax|Softplus|Softsign|Threshold|ThresholdedReLU|BatchNorm[123]d|SyncBatchNorm|BatchNormalization|InstanceNorm[123]d|InstanceNormalization|GroupNorm|GroupNormalization|LayerNorm|LayerNormalization|LocalResponseNorm|Dropout[123]?[dD]?|SpatialDropout[123]D|AlphaDropout|FeatureAlphaDropout|GaussianNoise|GaussianDropout|Identity|Activation|ActivityRegularization|relu6?|crelu|elu|selu|gelu|silu|swish|leaky_relu|sigmoid|tanh|softmax|dropout|batch_normalization|batch_norm|fused_batch_norm|local_response_normalization|lrn|bias_add)$/;

/** Layers after which the shape is no longer an image: the model's convolutional part ends there. */
const END =
  /^(Flatten|flatten|Linear|LazyLinear|Bilinear|Dense|dense|fully_connected|Reshape|reshape|view|matmul|Global\w+|Adaptive\w+|global_\w+|adaptive_\w+|reduce_mean|LSTM|GRU|RNN|Embedding|ConvLSTM2D)$/;

/** Layers that resize by a factor: not a Padlab layer yet. */
const RESIZE =
  /^(Upsample|UpsamplingNearest2d|UpsamplingBilinear2d|UpSampling2D|PixelShuffle|PixelUnshuffle|interpolate|upsample|resize|resize_images|resize_bilinear|resize_nearest_neighbor|Resizing|depth_to_space|space_to_depth)$/;

/** Calls that state the input shape when they come before the first layer. */
const INPUT = /^(Input|InputLayer|placeholder|reshape|Reshape|randn|rand|zeros|ones|empty)$/;

export type NameKind = 'passthrough' | 'end' | 'resize' | 'other';

export function kindOfName(name: string): NameKind {
  if (PASSTHROUGH.test(name)) return 'passthrough';
  if (RESIZE.test(name)) return 'resize';
  if (END.test(name)) return 'end';
  return 'other';
}

export const isInputName = (name: string): boolean => INPUT.test(name);

/** A literal positive integer, or undefined (None, -1, a name). */
const dim = (n: Node | undefined): number | undefined => (n?.t === 'num' && n.int && n.v >= 1 ? n.v : undefined);

/**
 * An image shape without the batch: `(H, W, C)` channels-last (Keras' and
 * TF's default), `(C, H, W)` when only the first entry looks like channels
 * (Keras 1 on Theano, PyTorch), `(T, C)` for a sequence (one row of T).
 */
export function shapeInput(items: readonly Node[]): ModelInput | null {
  const d = items.map(dim);
  if (d.length === 2) {
    const [t, c] = d;
    return { channels: c, size: t === undefined ? undefined : { h: 1, w: t } };
  }
  if (d.length !== 3) return null;
  const [a, b, c] = d;
  const channelsFirst = (a === 1 || a === 3) && c !== undefined && c > 4;
  const [h, w, ch] = channelsFirst ? [b, c, a] : [a, b, c];
  return { channels: ch, size: h !== undefined && w !== undefined ? { h, w } : undefined };
}

/** The batch-less shape list of a call that states the input (`Input(shape=…)`, `tf.placeholder(dtype, [None, H, W, C])`, `torch.randn(1, C, H, W)`), or null. */
export function inputOfCall(name: string, args: readonly { name: string | null; value: Node }[]): ModelInput | null {
  const kw = (k: string) => args.find((a) => a.name === k)?.value;
  const positional = args.filter((a) => a.name === null).map((a) => a.value);
  if (name === 'randn' || name === 'rand' || name === 'zeros' || name === 'ones' || name === 'empty') {
    // PyTorch NCHW: torch.randn(1, 3, 224, 224), or a tuple of the same.
    const list = positional.length === 1 && positional[0]?.t === 'seq' ? positional[0].items : positional;
    if (list.length !== 4) return null;
    const [, c, h, w] = list.map(dim);
    return { channels: c, size: h !== undefined && w !== undefined ? { h, w } : undefined };
  }
  const shape =
    name === 'placeholder' ? (kw('shape') ?? positional[1]) : name === 'reshape' ? (kw('shape') ?? positional[1]) : (kw('shape') ?? kw('input_shape') ?? kw('target_shape') ?? positional[0]);
  const batched = kw('batch_shape') ?? kw('batch_input_shape');
  if (batched?.t === 'seq') return shapeInput(batched.items.slice(1));
  if (shape?.t !== 'seq') return null;
  // placeholder and reshape carry the batch first ([None, H, W, C], [-1, H, W, C]).
  return shapeInput(name === 'placeholder' || name === 'reshape' ? shape.items.slice(1) : shape.items);
}
