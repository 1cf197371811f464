/**
 * The exact errors frameworks raise, as the user would see them. Each is
 * quoted from the framework's source (cited) and, for PyTorch, checked against
 * PyTorch 1.13 (the version of the golden vectors).
 */
import type { Axis } from '../../core';
import type { Plan } from '../../core';
import type { Pads } from './types';

/** torch/nn/modules/conv.py, `_ConvNd.__init__`. */
export const TORCH_SAME_STRIDED = "ValueError: padding='same' is not supported for strided convolutions";

/**
 * aten ReflectionPad.cpp (reflection_pad2d): width is checked first
 * (argument #4, dim 3), then height (#6, dim 2). PyTorch 1.13 ends with the
 * input's rank ("of input 4"); later versions print its shape instead.
 */
function torchReflectTooLarge(axis: Axis, before: number, after: number): string {
  const [arg, dim] = axis === 'w' ? [4, 3] : [6, 2];
  return (
    `RuntimeError: Argument #${arg}: Padding size should be less than the corresponding input dimension, ` +
    `but got: padding (${before}, ${after}) at dimension ${dim} of input 4`
  );
}

/** torch/nn/functional.py `_pad_circular` (1.13) / aten PadNd.cpp. */
export const TORCH_CIRCULAR_TOO_LARGE = 'RuntimeError: Padding value causes wrapping around more than once.';

/**
 * The error PyTorch raises for pads its reflect/circular padding cannot
 * build on this input, or null. Replicate and zeros have no limit.
 */
export function torchPadError(plan: Plan, mode: string, pads: Pads): string | null {
  const [t, b, l, r] = pads;
  if (mode === 'reflect') {
    if (l >= plan.w.n || r >= plan.w.n) return torchReflectTooLarge('w', l, r);
    if (t >= plan.h.n || b >= plan.h.n) return torchReflectTooLarge('h', t, b);
  }
  if (mode === 'circular' && (l > plan.w.n || r > plan.w.n || t > plan.h.n || b > plan.h.n)) return TORCH_CIRCULAR_TOO_LARGE;
  return null;
}

/** Keras 3 `BaseConv.__init__` (and tf.keras 2 `Conv._validate_init`): tuples print as Python tuples. */
export function kerasStrideDilation(plan: Plan): string {
  return (
    'ValueError: `strides > 1` not supported in conjunction with `dilation_rate > 1`. ' +
    `Received: strides=(${plan.h.s}, ${plan.w.s}) and dilation_rate=(${plan.h.d}, ${plan.w.d})`
  );
}

/** tfjs-core ops/conv2d.ts: `util.assert` throws an Error whose message starts "Error in conv2D". */
export function tfjsStrideDilation(plan: Plan): string {
  return (
    'Error: Error in conv2D: Either strides or dilations must be 1. ' +
    `Got strides ${plan.h.s},${plan.w.s} and dilations '${plan.h.d},${plan.w.d}'`
  );
}

/** Theano abstract_conv `BaseAbstractConv.__init__` (the message's tail varies between releases). */
export const THEANO_NO_SAME = 'ValueError: invalid border_mode same, which must be either "valid", "full", "half", an integer or a tuple …';
