/**
 * The chosen framework's rules for a configuration (`fw` in the URL): what it
 * raises, what it cannot express in one layer, and how to get there anyway.
 * Sources: PyTorch `torch/nn/modules/conv.py` and `F.pad`; Keras `Conv2D`,
 * `ZeroPadding2D` and `tf.pad`; Theano `conv2d` (`border_mode`, `filter_flip`);
 * Caffe `ConvolutionParameter` (`pad_h`, `pad_w`); ONNX `Conv` (`auto_pad`,
 * `pads`) and `Pad`.
 */
import type { Config } from './config';
import { isZeroFill } from './padded';
import type { AxisFacts, Warning } from './warningTypes';

type Rule = (c: Config, h: AxisFacts, w: AxisFacts) => Warning | null;

const symmetricPads = (h: AxisFacts, w: AxisFacts) => h.before === h.after && w.before === w.after;
const padsText = (h: AxisFacts, w: AxisFacts) => `((${h.before}, ${h.after}), (${w.before}, ${w.after}))`;
const torchPadText = (h: AxisFacts, w: AxisFacts) => `(${w.before}, ${w.after}, ${h.before}, ${h.after})`;
const strided = (c: Config) => c.stride.h > 1 || c.stride.w > 1;
const dilated = (c: Config) => c.dilation.h > 1 || c.dilation.w > 1;
const nonZeroMode = (c: Config) => !isZeroFill(c.mode, c.cval);

const warn = (code: string, severity: Warning['severity'], message: string): Warning => ({ code, severity, message });

const KERAS: Rule[] = [
  (c) =>
    strided(c) && dilated(c)
      ? warn('keras-stride-dilation', 'error', 'Keras Conv2D raises ValueError: strides > 1 not supported in conjunction with dilation_rate > 1.')
      : null,
  (c, h, w) =>
    c.pad.kind === 'same-lower' || c.pad.kind === 'full' || c.pad.kind === 'half' || c.pad.kind === 'explicit'
      ? warn(
          'keras-explicit-padding',
          'info',
          `Conv2D only knows padding='valid' or 'same' (Keras 1: border_mode, which had 'full' only on Theano). For these pads put ZeroPadding2D(padding=${padsText(h, w)}) before Conv2D(padding='valid').`,
        )
      : null,
  (c, h, w) =>
    c.mode === 'reflect' || c.mode === 'symmetric' || c.mode === 'constant'
      ? warn(
          'keras-tf-pad',
          'info',
          `Keras has no ${c.mode} padding layer: wrap tf.pad(x, [[0, 0], [${h.before}, ${h.after}], [${w.before}, ${w.after}], [0, 0]], mode='${c.mode.toUpperCase()}'${c.mode === 'constant' ? `, constant_values=${c.cval}` : ''}) in a Lambda or custom layer, then Conv2D(padding='valid').`,
        )
      : null,
  (c) =>
    c.mode === 'replicate' || c.mode === 'circular'
      ? warn(
          'keras-no-mode',
          'warning',
          `TensorFlow's tf.pad has no ${c.mode} mode (only CONSTANT, REFLECT, SYMMETRIC): build it from slices with tf.concat (${c.mode === 'replicate' ? 'repeat the edge row/column' : 'take the opposite edge'}), as the exported code does.`,
        )
      : null,
  (c) => (c.flip ? warn('keras-flip', 'info', 'Keras/TF compute cross-correlation: flip the kernel yourself (w[::-1, ::-1]) to get this true convolution.') : null),
];

const TORCH: Rule[] = [
  (c) =>
    (c.pad.kind === 'same' || c.pad.kind === 'same-lower') && strided(c)
      ? warn('torch-same-stride', 'error', "PyTorch raises ValueError: padding='same' is not supported for strided convolutions. Pass the pads explicitly (F.pad, then padding=0).")
      : null,
  (c) =>
    c.pad.kind === 'same-lower'
      ? warn('torch-same-lower', 'warning', "PyTorch has no 'same-lower' padding: its 'same' puts the odd cell at the bottom/right. Use F.pad with the pads shown.")
      : null,
  (c, h, w) =>
    !symmetricPads(h, w) && c.pad.kind !== 'same'
      ? warn('torch-asymmetric', 'info', `nn.Conv2d pads both sides of an axis equally: for these pads call F.pad(x, ${torchPadText(h, w)}) and use padding=0.`)
      : null,
  (c) =>
    c.mode === 'symmetric'
      ? warn('torch-no-symmetric', 'warning', "PyTorch has no symmetric mode (padding_mode is 'zeros', 'reflect', 'replicate' or 'circular'); numpy.pad(mode='symmetric') or torch.cat of flipped slices does it.")
      : null,
  (c, h, w) =>
    c.mode === 'constant'
      ? warn('torch-constant', 'info', `padding_mode has no constant value: use F.pad(x, ${torchPadText(h, w)}, value=${c.cval}) and padding=0.`)
      : null,
  (c) => (c.flip ? warn('torch-flip', 'info', 'PyTorch computes cross-correlation: pass torch.flip(weight, [2, 3]) to get this true convolution.') : null),
];

const THEANO: Rule[] = [
  (c) =>
    c.flip
      ? null
      : warn('theano-flip', 'warning', "Theano's conv2d flips the kernel by default (filter_flip=True): pass filter_flip=False to get this cross-correlation."),
  (c) =>
    c.pad.kind === 'same' || c.pad.kind === 'same-lower'
      ? warn('theano-no-same', 'warning', "Theano has no 'same' border mode; 'half' equals it for odd kernels at stride 1, otherwise pad the input first.")
      : null,
  (c, h, w) =>
    !symmetricPads(h, w)
      ? warn('theano-asymmetric', 'warning', 'Theano border_mode=(ph, pw) pads both sides equally: pad the input yourself for these pads.')
      : null,
  (c) => (nonZeroMode(c) ? warn('theano-zeros-only', 'warning', `Theano's conv2d pads with zeros only: build the ${c.mode} border before the convolution.`) : null),
];

const CAFFE: Rule[] = [
  (c, h, w) =>
    !symmetricPads(h, w)
      ? warn('caffe-asymmetric', 'warning', `Caffe's pad_h/pad_w pad both sides equally; these pads ${padsText(h, w)} need a separate padding step.`)
      : null,
  (c) => (nonZeroMode(c) ? warn('caffe-zeros-only', 'warning', `Caffe's Convolution pads with zeros only; ${c.mode} needs a custom layer.`) : null),
  (c, h, w) =>
    h.remainder > 0 || w.remainder > 0
      ? warn('caffe-floor', 'info', 'Caffe rounds a convolution\'s output down (floor), as here, but rounds pooling up (ceil): the same numbers give a pooling layer one more cell.')
      : null,
  (c) => (c.flip ? warn('caffe-flip', 'info', 'Caffe computes cross-correlation: flip the kernel yourself for this true convolution.') : null),
];

const ONNX: Rule[] = [
  (c, h, w) =>
    warn(
      'onnx-pads',
      'info',
      c.pad.kind === 'same'
        ? "ONNX Conv: auto_pad='SAME_UPPER'."
        : c.pad.kind === 'same-lower'
          ? "ONNX Conv: auto_pad='SAME_LOWER'."
          : `ONNX Conv: pads=[${h.before}, ${w.before}, ${h.after}, ${w.after}] (all begins, then all ends).`,
    ),
  (c) =>
    nonZeroMode(c)
      ? warn(
          'onnx-pad-node',
          c.mode === 'symmetric' ? 'warning' : 'info',
          c.mode === 'symmetric'
            ? 'ONNX Pad has no symmetric mode (constant, reflect, edge, wrap): it must be built from Slice/Concat.'
            : `ONNX Conv pads with zeros: add a Pad node before it (mode='${c.mode === 'replicate' ? 'edge' : c.mode === 'circular' ? 'wrap' : c.mode}'${c.mode === 'circular' ? ', opset 19+' : ''}).`,
        )
      : null,
  (c) => (c.flip ? warn('onnx-flip', 'info', 'ONNX Conv computes cross-correlation: flip the kernel yourself for this true convolution.') : null),
];

const RULES: Record<Config['framework'], Rule[]> = { keras: KERAS, torch: TORCH, theano: THEANO, caffe: CAFFE, onnx: ONNX };

/** Warnings of the configuration's framework, in rule order. */
export function frameworkWarnings(config: Config, h: AxisFacts, w: AxisFacts): Warning[] {
  return RULES[config.framework].map((rule) => rule(config, h, w)).filter((x): x is Warning => x !== null);
}
