/**
 * Keras 3 export (TensorFlow backend): a functional model
 * `Input((H, W, C))` → padding layer → `Conv2D(padding='valid')`, or
 * `Conv2D(padding='same')` alone when that is exactly the Plan's padding.
 * Zeros use `ZeroPadding2D(((T, B), (L, R)))`; every other mode is a small
 * custom layer (tf.pad, or slices for replicate/circular) because Keras has
 * no reflect/symmetric/replicate/circular padding layer. Groups are
 * Conv2D's `groups=`; a causal one-row layer is Conv1D(padding='causal').
 */
import type { Plan } from '../../core';
import { planFacts, summary, type Snippet } from './facts';
import { pyTuple } from './sourceLiterals';
import { kerasCausalSnippet } from './kerasCausal';
import { keras3Header, pyBorderPad, pyInputLines, pyKernelLines, sliceModeNote } from './tfCommon';

export const KERAS_STRIDE_DILATION =
  'Keras Conv2D raises ValueError "strides > 1 not supported in conjunction with dilation_rate > 1"';

/** The Keras 3 snippet for a Plan. */
export function kerasSnippet(plan: Plan): Snippet {
  const f = planFacts(plan);
  const bake = f.strideAndDilation;
  const kh = bake ? f.keh : f.KH;
  const kw = bake ? f.kew : f.KW;
  const useSame = !f.noPad && f.zeroFill && f.tfSame;
  const lines: string[] = [
    ...keras3Header(summary(f), 'the padding layer below calls TensorFlow ops'),
    '',
    ...pyInputLines(plan, f),
    '',
    ...pyKernelLines(plan, f, bake, KERAS_STRIDE_DILATION, 'native'),
    '',
  ];
  // Keras' own causal padding is Conv1D's: a one-row layer is written as one.
  if (f.causal && f.oneD && f.zeroFill) return kerasCausalSnippet(lines, f, bake);
  const pad = pyBorderPad(f);
  const custom = !f.noPad && !f.zeroFill;
  if (custom) {
    if (pad.defs) lines.push(pad.defs);
    lines.push(
      `class BorderPad(keras.layers.Layer):`,
      `    """${f.mode} padding, (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}): Keras has no such`,
      `    padding layer (ZeroPadding2D pads zeros only); this one uses ${pad.how}."""`,
      '',
      '    def call(self, x):',
      `        return ${pad.expr('x')}`,
      '',
    );
  }
  lines.push(`inputs = keras.Input((${f.H}, ${f.W}, ${f.C}))  # NHWC without the batch axis`, 'h = inputs');
  if (useSame) {
    lines.push(
      `# padding='same' here pads exactly (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}): the odd cell goes bottom/right.`,
    );
  } else if (custom) {
    lines.push('h = BorderPad()(h)');
  } else if (!f.noPad) {
    lines.push(
      "# Conv2D only knows padding='valid'/'same': other pads are a ZeroPadding2D in front, ((top, bottom), (left, right)).",
      `h = keras.layers.ZeroPadding2D(((${f.T}, ${f.B}), (${f.L}, ${f.R})))(h)`,
    );
  }
  const dilation = bake ? '(1, 1)' : pyTuple(f.dh, f.dw);
  lines.push(
    `conv = keras.layers.Conv2D(${f.F}, ${pyTuple(kh, kw)}, strides=${pyTuple(f.sh, f.sw)}, dilation_rate=${dilation}, ` +
      `padding='${useSame ? 'same' : 'valid'}'${f.g > 1 ? `, groups=${f.g}` : ''}, use_bias=False)`,
    'model = keras.Model(inputs, conv(h))',
    'conv.set_weights([kernel])',
    '',
    'y = model.predict(x, verbose=0)',
    `out = y.transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${f.F}, ${f.OH}, ${f.OW})`,
    'print(out)',
    '',
  );
  const notes = [
    custom && (f.mode === 'reflect' || f.mode === 'symmetric' || f.mode === 'constant')
      ? `Keras has no ${f.mode} padding layer: a custom layer calls ${pad.how}.`
      : undefined,
    sliceModeNote(f),
    bake ? `${KERAS_STRIDE_DILATION}: the dilation is baked into a ${f.keh}×${f.kew} kernel with zeros instead.` : undefined,
    f.flip ? 'Keras computes cross-correlation: the kernel is flipped (kernel[::-1, ::-1]) for true convolution.' : undefined,
    f.g > 1 ? 'Conv2D(groups=) needs TensorFlow 2.3 or later (Keras 3 has it).' : undefined,
  ].filter((n): n is string => n !== undefined);
  const code = lines.join('\n');
  return notes.length > 0 ? { code, note: notes.join(' ') } : { code };
}
