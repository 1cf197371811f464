/**
 * Keras 1.2 export of a transposed convolution (TensorFlow backend,
 * `dim_ordering='tf'`): `Deconvolution2D(nb_filter, nb_row, nb_col,
 * output_shape=, border_mode=, subsample=)`, which runs
 * tf.nn.conv2d_transpose with that output_shape — so the same TF form
 * (tfConvt.ts): the layer alone when 'same'/'valid' with the Plan's output
 * crops its cells, else 'valid' with the uncropped output, then
 * `Cropping2D(cropping=((T, B), (L, R)))` and `ZeroPadding2D` (Keras 1.2's
 * 4-int form). No dilation and no groups (a baked, dense kernel). Not
 * executable here (no Keras 1): kept to Keras 1.2's APIs.
 */
import type { Plan } from '../../core';
import { convtSummary } from './convtFacts';
import { hwoiKernel } from './convtKernel';
import type { Snippet } from './facts';
import { pyList, pyTuple } from './sourceLiterals';
import { pyInputLines } from './tfCommon';
import { tfConvt, tfConvtNotes } from './tfConvt';

/** The Keras 1 snippet for a transposed-convolution Plan. */
export function keras1ConvtSnippet(plan: Plan): Snippet {
  const t = tfConvt(plan);
  const { c } = t;
  const kernel = hwoiKernel(plan, c, true);
  const [kh, kw, F, C] = kernel.shape;
  const border = (t.word ?? 'VALID').toLowerCase();
  const layers: string[] = [
    `Deconvolution2D(${c.F}, ${kh}, ${kw}, output_shape=(None, ${t.shape[0]}, ${t.shape[1]}, ${c.F}), border_mode='${border}', ` +
      `subsample=${pyTuple(c.h.s, c.w.s)}, dim_ordering='tf', bias=False, weights=[kernel], input_shape=${pyTuple(c.h.n, c.w.n, c.C)})`,
  ];
  if (!t.word && t.h.cropStart + t.h.cropEnd + t.w.cropStart + t.w.cropEnd > 0) {
    layers.push(`Cropping2D(cropping=((${t.h.cropStart}, ${t.h.cropEnd}), (${t.w.cropStart}, ${t.w.cropEnd})), dim_ordering='tf')`);
  }
  if (t.h.zeros + t.w.zeros > 0) layers.push(`ZeroPadding2D(padding=${pyTuple(0, t.h.zeros, 0, t.w.zeros)}, dim_ordering='tf')`);
  const lines = [
    `# Padlab export (Keras 1.x, TensorFlow backend): ${convtSummary(c)}`,
    '#',
    "# Keras 1's Deconvolution2D is tf.nn.conv2d_transpose: it needs the output_shape, and border_mode",
    "# 'same'/'valid' decides the crop from it as TF does. Other crops: border_mode='valid' with the",
    '# uncropped output, then a Cropping2D layer.',
    'import numpy as np',
    'from keras import backend as K',
    'from keras.layers import Cropping2D, Deconvolution2D, ZeroPadding2D',
    'from keras.models import Sequential',
    '',
    "K.set_floatx('float64')  # Padlab's reference is float64",
    '',
    ...pyInputLines(plan, { C: c.C, H: c.h.n, W: c.w.n }),
    '',
    `# Deconvolution2D's weights (dim_ordering='tf') are (nb_row, nb_col, nb_filter, input_dim) = (${kh}, ${kw}, ${F}, ${C}).`,
    `kernel = np.array(${pyList(kernel.values, kw * F * C)}, dtype=np.float64).reshape(${kh}, ${kw}, ${F}, ${C})`,
    '',
    'model = Sequential()',
    ...layers.map((layer) => `model.add(${layer})`),
    '',
    `out = model.predict(x).transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${c.F}, ${c.h.out}, ${c.w.out})`,
    'print(out)',
    '',
  ];
  const notes = ["Keras 1's Deconvolution2D takes the output_shape and crops as tf.nn.conv2d_transpose does.", ...tfConvtNotes(c, 'Deconvolution2D', 'Deconvolution2D has no dilation')];
  return { code: lines.join('\n'), note: notes.join(' ') };
}
