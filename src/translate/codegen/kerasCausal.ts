/**
 * Keras 3 export of a causal one-row convolution as Keras writes it:
 * `Conv1D(filters, kernel_size, strides=, dilation_rate=, padding='causal')`
 * on the sequence `(batch, steps, channels)` — Keras' causal padding is a
 * Conv1D (and SeparableConv1D) padding only (keras/src/layers/
 * convolutional/base_conv.py: `standardize_padding(padding, allow_causal=rank == 1)`).
 */
import type { Facts, Snippet } from './facts';
import { pyTuple } from './sourceLiterals';

/**
 * Finishes a Keras 3 snippet whose header, input `x` (NHWC) and HWIO
 * `kernel` lines are `head`: the row becomes a sequence, the kernel's one
 * row a Conv1D kernel `(KW, C/g, F)`.
 */
export function kerasCausalSnippet(head: readonly string[], f: Facts, bake: boolean): Snippet {
  const kw = bake ? f.kew : f.KW;
  const lines = [
    ...head,
    `# Causal padding is Conv1D's: ke - 1 = ${f.L} step(s) of zeros before the sequence, none after, so output t reads inputs up to t.`,
    `x1 = x[:, 0]  # the one input row as a sequence (batch, steps, channels) = (1, ${f.W}, ${f.C})`,
    `kernel1 = kernel[0]  # Conv1D's kernel (KW, in${f.g > 1 ? ' / groups' : ''}, out)`,
    `inputs = keras.Input((${f.W}, ${f.C}))`,
    `conv = keras.layers.Conv1D(${f.F}, ${kw}, strides=${f.sw}, dilation_rate=${bake ? 1 : f.dw}, padding='causal'${f.g > 1 ? `, groups=${f.g}` : ''}, use_bias=False)`,
    'model = keras.Model(inputs, conv(inputs))',
    'conv.set_weights([kernel1])',
    '',
    'y = model.predict(x1, verbose=0)',
    `out = y[:, None].transpose(0, 3, 1, 2)  # (batch, steps, filters) -> NCHW: shape ${pyTuple(1, f.F, 1, f.OW)}`,
    'print(out)',
    '',
  ];
  const notes = [
    "Keras' causal padding exists for Conv1D only: the one-row input is run as a sequence.",
    bake ? 'Keras refuses strides > 1 with dilation_rate > 1: the dilation is baked into the kernel as zeros.' : '',
    f.flip ? 'Keras computes cross-correlation: the kernel is flipped for true convolution.' : '',
  ].filter(Boolean);
  return { code: lines.join('\n'), note: notes.join(' ') };
}
