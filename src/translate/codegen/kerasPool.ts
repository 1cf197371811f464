/**
 * Keras 3 export of a pooling layer (TensorFlow backend): `MaxPooling2D` /
 * `AveragePooling2D` with padding='same'/'valid' when that is exactly the
 * Plan; else a small custom layer around the tf ops of tfPoolCommon (−∞
 * padding for max — ZeroPadding2D's zeros would win over negative inputs —,
 * dilation through tf.nn.pool, the window sum over the counted cells), or
 * `ZeroPadding2D` before an average that counts its padding.
 */
import type { Plan } from '../../core';
import type { Snippet } from './facts';
import { countedNote, poolCode, poolSummary, type PoolCode } from './poolFacts';
import { pyTuple } from './sourceLiterals';
import { keras3Header, pyInputLines } from './tfCommon';
import { pyCountedMask, pyDilatedMax, pyPadStep, pySumOverCount, tfNnPool, tfPaddingComment, tfPoolForm } from './tfPoolCommon';
import { tfPoolNote } from './tfPool';

/** `MaxPooling2D((kh, kw), strides=(sh, sw), padding='…')` (Keras 2/3 signature; strides written, their default is pool_size). */
export function kerasPoolLayer(pc: PoolCode, padding: 'valid' | 'same'): string {
  const { f } = pc;
  return `${pc.reduce === 'max' ? 'MaxPooling2D' : 'AveragePooling2D'}(${pyTuple(f.KH, f.KW)}, strides=${pyTuple(f.sh, f.sw)}, padding='${padding}')`;
}

/** The ZeroPadding2D of an average that counts its padding (Keras 2+ nested form): the step's pads. */
const zeroPadding = (pc: PoolCode) => `ZeroPadding2D(((${pc.stepPads[0]}, ${pc.stepPads[1]}), (${pc.stepPads[2]}, ${pc.stepPads[3]})))`;

/** The tf expression a custom layer (or a Lambda) computes from `v`, for the forms that need one. */
function customExpr(pc: PoolCode, v: string): string {
  return tfPoolForm(pc) === 'dilated'
    ? pyDilatedMax(pc, pyPadStep(pc, v), 'dilations')
    : pySumOverCount(pc, v, (t) => tfNnPool(pc, t, 'VALID'));
}

/** The table's one-line Keras form. */
export function kerasPoolLine(pc: PoolCode): { code: string; note?: string } {
  switch (tfPoolForm(pc)) {
    case 'layer':
      return { code: kerasPoolLayer(pc, pc.tfPadding === 'SAME' ? 'same' : 'valid') };
    case 'pad-then-pool':
      return {
        code: `${pc.reduce === 'max' ? `Lambda(lambda x: ${pyPadStep(pc, 'x')})` : zeroPadding(pc)} → ${kerasPoolLayer(pc, 'valid')}`,
      };
    case 'dilated':
      return { code: `Lambda(lambda x: ${customExpr(pc, 'x')})` };
    case 'sum-over-count':
      return { code: `Lambda(lambda x: ${customExpr(pc, 'x')})`, note: countedNote(pc) };
  }
}

/** `h = …` lines from `inputs` to the pooled `h`, with any class they need first. */
function modelLines(pc: PoolCode): { defs: string[]; layers: string[] } {
  const form = tfPoolForm(pc);
  if (form === 'layer') {
    return { defs: [], layers: [tfPaddingComment(pc, true), `h = keras.layers.${kerasPoolLayer(pc, pc.tfPadding === 'SAME' ? 'same' : 'valid')}(h)`] };
  }
  if (form === 'pad-then-pool' && pc.reduce === 'avg') {
    return {
      defs: [],
      layers: [
        '# The average counts its padding: ZeroPadding2D ((top, bottom), (left, right)), then a plain average.',
        `h = keras.layers.${zeroPadding(pc)}(h)`,
        `h = keras.layers.${kerasPoolLayer(pc, 'valid')}(h)`,
      ],
    };
  }
  if (form === 'pad-then-pool') {
    return {
      defs: [
        'class NegInfPad(keras.layers.Layer):',
        `    """-inf padding, (top, bottom, left, right) = (${pc.stepPads.join(', ')}): never wins a max.`,
        '    ZeroPadding2D would pad zeros, which win over negative inputs."""',
        '',
        '    def call(self, x):',
        `        return ${pyPadStep(pc, 'x')}`,
        '',
      ],
      layers: ['h = NegInfPad()(h)', `h = keras.layers.${kerasPoolLayer(pc, 'valid')}(h)`],
    };
  }
  const [name, doc] =
    form === 'dilated'
      ? ['DilatedMaxPool', "Max pooling with dilation (Keras pooling layers have none): tf.nn.pool at stride 1 on a\n    -inf padded input, then every s-th cell (tf.nn.pool refuses dilation together with strides)."]
      : ['CountedAverage', `The window sum over the number of cells that count; ${countedNote(pc)}.`];
  return {
    defs: [
      ...(form === 'sum-over-count' ? [pyCountedMask(pc), ''] : []),
      `class ${name}(keras.layers.Layer):`,
      `    """${doc}"""`,
      '',
      '    def call(self, x):',
      `        return ${customExpr(pc, 'x')}`,
      '',
    ],
    layers: [`h = ${name}()(h)`],
  };
}

/** The Keras 3 snippet of a pooling Plan. */
export function kerasPoolSnippet(plan: Plan): Snippet {
  const pc = poolCode(plan);
  const { f } = pc;
  const { defs, layers } = modelLines(pc);
  const lines = [
    ...keras3Header(poolSummary(pc), 'the custom layers below call TensorFlow ops'),
    '',
    ...pyInputLines(plan, f),
    '',
    ...defs,
    `inputs = keras.Input((${f.H}, ${f.W}, ${f.C}))  # NHWC without the batch axis`,
    'h = inputs',
    ...layers,
    'model = keras.Model(inputs, h)',
    '',
    'y = model.predict(x, verbose=0)',
    `out = y.transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${f.C}, ${f.OH}, ${f.OW})`,
    'print(out)',
    '',
  ];
  const note = tfPoolNote(pc);
  const code = lines.join('\n');
  return note ? { code, note } : { code };
}
