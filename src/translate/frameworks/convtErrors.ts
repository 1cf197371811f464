/**
 * The exact errors frameworks raise for transposed convolutions, as the
 * user sees them. PyTorch's were checked against PyTorch 1.13 (the golden
 * vectors' version, scripts/verify/torchConvtErrors.test.ts); the others
 * are quoted from the framework's source, cited.
 */
import { torchOutputPaddingMessage } from '../../core';

/**
 * nn.ConvTranspose2d(padding='same'/'valid'): the module pairs the string
 * (`_pair('same')`) and F.conv_transpose2d's argument parser refuses it at
 * the call (PyTorch 1.13).
 */
export const TORCH_CONVT_STRING_PADDING = "TypeError: conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple";

/** Keras 3 BaseConvTranspose.__init__ (keras/src/layers/convolutional/base_conv_transpose.py). */
export function kerasConvtOutputPadding(q: readonly [number, number], s: readonly [number, number]): string {
  return `ValueError: \`output_padding\` must be < \`strides\`. output_padding=(${q[0]}, ${q[1]}), strides=(${s[0]}, ${s[1]})`;
}

/** Keras 3 BaseConvTranspose.__init__: the same refusal as Conv2D's. */
export function kerasConvtStrideDilation(s: readonly [number, number], d: readonly [number, number]): string {
  return `ValueError: \`strides > 1\` not supported in conjunction with \`dilation_rate > 1\`. Received: strides=(${s[0]}, ${s[1]}) and dilation_rate=(${d[0]}, ${d[1]})`;
}

/** PyTorch's output-padding refusal as raised: core's sentence (the Plan's message quotes it too). */
export function torchOutputPaddingError(q: readonly [number, number], s: readonly [number, number], d: readonly [number, number]): string {
  return `RuntimeError: ${torchOutputPaddingMessage(q, s, d)}`;
}
