/**
 * The exact errors frameworks raise for transposed convolutions, as the
 * user sees them. PyTorch's were checked against PyTorch 1.13 (the golden
 * vectors' version, scripts/verify/torchConvtErrors.test.ts); the others
 * are quoted from the framework's source, cited.
 */

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

/**
 * aten/src/ATen/native/ConvUtils.h (conv_transpose's shape check), as PyTorch
 * 1.13 raises it. Core's Plan message quotes the same sentence
 * (transposedPlan.ts); the table needs the bare exception.
 */
export function torchOutputPaddingError(q: readonly [number, number], s: readonly [number, number], d: readonly [number, number]): string {
  return (
    'RuntimeError: output padding must be smaller than either stride or dilation, but got ' +
    `output_padding_height: ${q[0]} output_padding_width: ${q[1]} stride_height: ${s[0]} stride_width: ${s[1]} dilation_height: ${d[0]} dilation_width: ${d[1]}`
  );
}
