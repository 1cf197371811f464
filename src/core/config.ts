/**
 * The configuration of one 2-D convolution, as the user sets it. Every field
 * that affects computation is here (design.md, URL schema v1); view state
 * (step, hover, view mode) is not.
 *
 * Axis order everywhere in core: `h` (rows, top to bottom) then `w` (columns,
 * left to right). Values are stored flat: input `C*H*W` channel-major then
 * row-major; kernel `F*C*KH*KW` in PyTorch's OIHW order.
 */

/** A pair of per-axis integers: `h` is the row axis, `w` the column axis. */
export interface Pair {
  readonly h: number;
  readonly w: number;
}

export const PAD_KINDS = ['valid', 'same', 'same-lower', 'full', 'half', 'causal', 'explicit'] as const;
export type PadKind = (typeof PAD_KINDS)[number];

/**
 * How the border is chosen. `explicit` carries the four sides in cells
 * (Keras `ZeroPadding2D(((top, bottom), (left, right)))`,
 * PyTorch `F.pad(x, (left, right, top, bottom))`).
 */
export type PadSpec =
  | { readonly kind: Exclude<PadKind, 'explicit'> }
  | {
      readonly kind: 'explicit';
      readonly top: number;
      readonly bottom: number;
      readonly left: number;
      readonly right: number;
    };

/** Pads in cells, `[top, bottom, left, right]` (Keras `((top, bottom), (left, right))` flattened). */
export type Pads = readonly [top: number, bottom: number, left: number, right: number];

export const PAD_MODES = ['zeros', 'constant', 'reflect', 'symmetric', 'replicate', 'circular'] as const;
/** What the padding cells hold (design.md, padding modes table). */
export type PadMode = (typeof PAD_MODES)[number];

export const FRAMEWORKS = ['keras', 'torch', 'theano', 'caffe', 'onnx'] as const;
/** Whose rules, warnings and code the view shows. */
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * Each framework's display name, the one copy every label reads (controls,
 * compare cards, framework table, pasted-layer summary).
 */
export const FRAMEWORK_LABEL: Readonly<Record<Framework, string>> = {
  keras: 'Keras / TensorFlow',
  torch: 'PyTorch',
  theano: 'Theano',
  caffe: 'Caffe',
  onnx: 'ONNX',
};

export const INPUT_PRESETS = ['ramp', 'ones', 'checker', 'impulse', 'random'] as const;
export type InputPreset = (typeof INPUT_PRESETS)[number];

export const KERNEL_PRESETS = [
  'ones',
  'identity',
  'box',
  'gauss',
  'sobel-x',
  'sobel-y',
  'laplace',
  'sharpen',
  'random',
] as const;
export type KernelPreset = (typeof KERNEL_PRESETS)[number];

/** Values given either by a preset name or as explicit numbers. */
export type Values<P extends string> =
  | { readonly kind: 'preset'; readonly preset: P }
  | { readonly kind: 'values'; readonly values: readonly number[] };

/**
 * The layer operations (design.md, "Operations beyond the forward
 * convolution"). Each is one derivation module plus one entry in
 * `derivePlan`'s dispatch; `convt` comes the same way.
 */
export const OPERATIONS = ['conv', 'convt', 'maxpool', 'avgpool'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Each operation's display name, the one copy labels read. */
export const OPERATION_LABEL: Readonly<Record<Operation, string>> = {
  conv: 'Convolution',
  convt: 'Transposed convolution',
  maxpool: 'Max pooling',
  avgpool: 'Average pooling',
};

/** The pooling operations: per channel, no kernel values, stride defaulting to the kernel. */
export type PoolOperation = Extract<Operation, 'maxpool' | 'avgpool'>;

export function isPool(op: Operation): op is PoolOperation {
  return op === 'maxpool' || op === 'avgpool';
}

export interface Config {
  /** The layer's operation (URL `op`, default `conv`). */
  readonly op: Operation;
  /** Input size in cells. */
  readonly input: Pair;
  /** Input channels C. */
  readonly channels: number;
  /** Filters (output channels) F. */
  readonly filters: number;
  /** Kernel size in taps, before dilation. */
  readonly kernel: Pair;
  readonly stride: Pair;
  readonly dilation: Pair;
  readonly pad: PadSpec;
  readonly mode: PadMode;
  /** The constant of `mode: 'constant'` (ignored by the other modes). */
  readonly cval: number;
  readonly framework: Framework;
  /** false: cross-correlation (every DL framework); true: true convolution (kernel flipped). */
  readonly flip: boolean;
  /** Input values, `C*H*W` when explicit. */
  readonly x: Values<InputPreset>;
  /** Kernel values, `F*C*KH*KW` (OIHW) when explicit. */
  readonly w: Values<KernelPreset>;
  /** Seed of the `random` presets. */
  readonly seed: number;
  /** Pooling `ceil_mode` (URL `ceil`): round the output size up, PyTorch's last-window rule applies. */
  readonly ceil: boolean;
  /** Average pooling `count_include_pad` (URL `cip`): padding cells count in the divisor (PyTorch's default). */
  readonly cip: boolean;
  /** Groups (URL `g`, conv and convt): `C` and `F` both divisible by it; `g = C = F` is depthwise. */
  readonly groups: number;
  /** Transposed convolution's `output_padding` per axis (URL `opad`), cells added after the last row/column. */
  readonly opad: Pair;
}

/** The configuration a fresh page shows (design.md defaults). */
export const DEFAULT_CONFIG: Config = {
  op: 'conv',
  input: { h: 5, w: 5 },
  channels: 1,
  filters: 1,
  kernel: { h: 3, w: 3 },
  stride: { h: 1, w: 1 },
  dilation: { h: 1, w: 1 },
  pad: { kind: 'same' },
  mode: 'zeros',
  cval: 0,
  framework: 'keras',
  flip: false,
  x: { kind: 'preset', preset: 'ramp' },
  w: { kind: 'preset', preset: 'ones' },
  seed: 1,
  ceil: false,
  cip: true,
  groups: 1,
  opad: { h: 0, w: 0 },
};

/**
 * The stride a layer has when none is given (URL `s` absent): the kernel size
 * for pooling, as in every framework (`MaxPool2d(3)` strides 3), else 1.
 */
export function defaultStride(c: Pick<Config, 'op' | 'kernel'>): Pair {
  return isPool(c.op) ? c.kernel : { h: 1, w: 1 };
}

export const AXES = ['h', 'w'] as const;
export type Axis = (typeof AXES)[number];

/** "row"/"column" wording for messages. */
export const AXIS_NAME: Record<Axis, string> = { h: 'height', w: 'width' };
