/**
 * Keras 1.x export of a pooling layer (TensorFlow backend,
 * `dim_ordering='tf'`), kept to Keras 1.2's API: `MaxPooling2D` /
 * `AveragePooling2D(pool_size=, strides=, border_mode='valid'|'same')`,
 * `ZeroPadding2D(padding=(T, B, L, R))`, and `Lambda` around TensorFlow 1
 * ops (`tf.nn.avg_pool` with 4-element ksize, `tf.nn.pool(dilation_rate=)`)
 * for what the layers cannot say (tfPoolCommon).
 */
import type { Plan } from '../../core';
import type { Snippet } from './facts';
import { countedNote, poolCode, poolSummary, type PoolCode } from './poolFacts';
import { pyTuple } from './sourceLiterals';
import { pyInputLines } from './tfCommon';
import { pyCountedMask, pyDilatedMax, pyPadStep, pySumOverCount, tfPoolForm } from './tfPoolCommon';
import { tfPoolNote } from './tfPool';

const HEADER = [
  "# Keras 1's MaxPooling2D / AveragePooling2D know border_mode='valid' and 'same' (TF's SAME: max ignores",
  "# the padding, an average divides by the input cells only); no ceil_mode, no dilation. Other borders",
  "# are a layer of their own in front: ZeroPadding2D for an average that counts its padding, a Lambda",
  "# around tf.pad(..., constant_values=-np.inf) for max pooling (zeros would win over negative inputs;",
  '# constant_values needs TensorFlow 1.3 or later).',
];

/** A VALID average in TensorFlow 1's spelling (4-element ksize and strides). */
const tf1Average = (pc: PoolCode) => (t: string) =>
  `tf.nn.avg_pool(${t}, ksize=[1, ${pc.f.KH}, ${pc.f.KW}, 1], strides=[1, ${pc.f.sh}, ${pc.f.sw}, 1], padding='VALID')`;

/** `MaxPooling2D(pool_size=…, strides=…, border_mode=…, dim_ordering='tf'` without its closing parenthesis. */
function poolLayer(pc: PoolCode, border: 'valid' | 'same'): string {
  const { f } = pc;
  return `${pc.reduce === 'max' ? 'MaxPooling2D' : 'AveragePooling2D'}(pool_size=${pyTuple(f.KH, f.KW)}, strides=${pyTuple(f.sh, f.sw)}, border_mode='${border}', dim_ordering='tf'`;
}

/** The layers as `[comment | null, call without its closing parenthesis]`, and any definitions first. */
function layers(pc: PoolCode): { defs: string[]; calls: [string | null, string][] } {
  const { f } = pc;
  const out = pyTuple(f.OH, f.OW, f.C);
  switch (tfPoolForm(pc)) {
    case 'layer':
      return { defs: [], calls: [[null, poolLayer(pc, pc.tfPadding === 'SAME' ? 'same' : 'valid')]] };
    case 'pad-then-pool':
      return pc.reduce === 'avg'
        ? {
            defs: [],
            calls: [
              ['# The average counts its padding: zeros (top, bottom, left, right) as input cells.', `ZeroPadding2D(padding=${pyTuple(...pc.stepPads)}, dim_ordering='tf'`],
              [null, poolLayer(pc, 'valid')],
            ],
          }
        : {
            defs: [],
            calls: [
              ['# -inf padding never wins a max (the ceil overhang, if any, is padded too).', `Lambda(lambda x: ${pyPadStep(pc, 'x')}, output_shape=${pyTuple(pc.HP, pc.WP, f.C)}`],
              [null, poolLayer(pc, 'valid')],
            ],
          };
    case 'dilated':
      return {
        defs: [],
        calls: [['# Dilated max pooling: tf.nn.pool at stride 1 on a -inf padded input, then every s-th cell.', `Lambda(lambda x: ${pyDilatedMax(pc, pyPadStep(pc, 'x'), 'dilation_rate')}, output_shape=${out}`]],
      };
    case 'sum-over-count':
      return {
        defs: [`# ${countedNote(pc)}.`, pyCountedMask(pc), ''],
        calls: [['# The window sum over the number of cells that count (a ratio of two averages).', `Lambda(lambda x: ${pySumOverCount(pc, 'x', tf1Average(pc))}, output_shape=${out}`]],
      };
  }
}

/** The Keras 1 snippet of a pooling Plan. */
export function keras1PoolSnippet(plan: Plan): Snippet {
  const pc = poolCode(plan);
  const { f } = pc;
  const { defs, calls } = layers(pc);
  const lines = [
    `# Padlab export (Keras 1.x, TensorFlow backend): ${poolSummary(pc)}`,
    '#',
    ...HEADER,
    'import numpy as np',
    'import tensorflow as tf',
    'from keras import backend as K',
    'from keras.layers import AveragePooling2D, Lambda, MaxPooling2D, ZeroPadding2D',
    'from keras.models import Sequential',
    '',
    "K.set_floatx('float64')  # Padlab's reference is float64",
    '',
    ...pyInputLines(plan, f),
    '',
    ...defs,
    'model = Sequential()',
  ];
  calls.forEach(([comment, call], i) => {
    if (comment) lines.push(comment);
    lines.push(`model.add(${call}${i === 0 ? `, input_shape=${pyTuple(f.H, f.W, f.C)}` : ''}))`);
  });
  lines.push('', `out = model.predict(x).transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${f.C}, ${f.OH}, ${f.OW})`, 'print(out)', '');
  const note = tfPoolNote(pc);
  const code = lines.join('\n');
  return note ? { code, note } : { code };
}
