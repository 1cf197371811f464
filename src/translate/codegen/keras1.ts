/**
 * Keras 1.x export (TensorFlow backend, `dim_ordering='tf'`): the answer to
 * "Convolution2D has no padding argument — how do I define padding, and how
 * do I get reflection padding?" as runnable code. Not executable here (no
 * Keras 1), so it is kept to APIs of Keras 1.2: `Convolution2D(nb_filter,
 * nb_row, nb_col, border_mode=, subsample=, bias=, weights=)`,
 * `AtrousConvolution2D(atrous_rate=)`, `ZeroPadding2D(padding=(T, B, L, R))`
 * (Keras 1.2 takes 2 or 4 ints or a dict; the nested `((T, B), (L, R))` form
 * is Keras 2+), and `Lambda` around `tf.pad`.
 */
import type { Plan } from '../../core';
import { planFacts, summary, type Facts, type Snippet } from './facts';
import { pyTuple } from './sourceLiterals';
import { pyBorderPad, pyInputLines, pyKernelLines } from './tfCommon';

/** The explicit answer to the seed question, as the snippet's opening comment. */
const ANSWER = [
  "# Keras 1's Convolution2D has no padding argument. border_mode only chooses between",
  "#   'valid' (no padding), 'same' (TF's SAME: output ceil(n / stride), the odd cell of padding",
  "#   bottom/right) and 'full' (pads ke - 1 on every side; Theano backend only).",
  '# Any other padding is a layer of its own in front of Convolution2D(border_mode=\'valid\'):',
  '#   - zeros:      ZeroPadding2D(padding=(top, bottom, left, right))  (Keras 1.2; Keras 2+ writes',
  '#                 ZeroPadding2D(padding=((top, bottom), (left, right))))',
  "#   - reflection: Keras has no reflection layer; wrap tf.pad(x, [[0, 0], [top, bottom], [left, right], [0, 0]],",
  "#                 mode='REFLECT') in a Lambda layer (mode='SYMMETRIC' repeats the edge cell,",
  "#                 mode='CONSTANT' with constant_values= pads a constant).",
  '# On the Theano backend (dim_ordering=\'th\', NCHW) Keras 1 used border_mode=\'full\' for full padding,',
  '# and its convolution flipped the kernel (true convolution): weights moved between backends',
  '# need keras.utils.np_utils.convert_kernel.',
];

/** How the dilation is expressed: Atrous layer, baked kernel, or none. */
function dilationPlan(f: Facts): 'none' | 'atrous' | 'bake' {
  if (f.dh === 1 && f.dw === 1) return 'none';
  // Keras 1's TF backend runs dilation through tf.nn.atrous_conv2d: one rate for both axes, stride 1.
  return f.dh === f.dw && f.sh === 1 && f.sw === 1 ? 'atrous' : 'bake';
}

/** The Keras 1 snippet for a Plan. */
export function keras1Snippet(plan: Plan): Snippet {
  const f = planFacts(plan);
  const dil = dilationPlan(f);
  const useSame = !f.noPad && f.zeroFill && f.tfSame;
  const custom = !f.noPad && !f.zeroFill;
  const lines: string[] = [
    `# Padlab export (Keras 1.x, TensorFlow backend): ${summary(f)}`,
    '#',
    ...ANSWER,
    'import numpy as np',
    'import tensorflow as tf',
    'from keras import backend as K',
    'from keras.layers import AtrousConvolution2D, Convolution2D, Lambda, ZeroPadding2D',
    'from keras.models import Sequential',
    '',
    "K.set_floatx('float64')  # Padlab's reference is float64",
    '',
    ...pyInputLines(plan, f),
    '',
    "# dim_ordering='tf' weights are (nb_row, nb_col, input_dim, nb_filter); with dim_ordering='th' they",
    "# would be PyTorch's OIHW order (nb_filter, input_dim, nb_row, nb_col) and the input NCHW.",
    ...pyKernelLines(plan, f, dil === 'bake', "Keras 1's TF backend dilates only with one rate at stride 1 (tf.nn.atrous_conv2d)"),
    '',
  ];
  const pad = pyBorderPad(f);
  if (custom && pad.defs) lines.push(pad.defs);
  // Layer calls without their closing parenthesis: the first one also gets input_shape.
  const layers: { comment: string | null; call: string }[] = [];
  if (custom) {
    const out = pyTuple(f.H + f.T + f.B, f.W + f.L + f.R, f.C);
    layers.push({
      comment: `# ${f.mode} padding: no Keras layer does it, so a Lambda wraps ${pad.how}.`,
      call: `Lambda(lambda x: ${pad.expr('x')}, output_shape=${out}`,
    });
  } else if (!f.noPad && !useSame) {
    layers.push({
      comment: `# Zero padding (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}) is its own layer before the convolution.`,
      call: `ZeroPadding2D(padding=${pyTuple(f.T, f.B, f.L, f.R)}, dim_ordering='tf'`,
    });
  }
  const border = `border_mode='${useSame ? 'same' : 'valid'}'`;
  const convComment = useSame
    ? `# border_mode='same' pads exactly (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}) here.`
    : null;
  const common = `subsample=${pyTuple(f.sh, f.sw)}, dim_ordering='tf', bias=False, weights=[kernel]`;
  if (dil === 'atrous') {
    layers.push({
      comment: convComment,
      call: `AtrousConvolution2D(${f.F}, ${f.KH}, ${f.KW}, atrous_rate=${pyTuple(f.dh, f.dw)}, ${border}, ${common}`,
    });
  } else {
    const [kh, kw] = dil === 'bake' ? [f.keh, f.kew] : [f.KH, f.KW];
    layers.push({ comment: convComment, call: `Convolution2D(${f.F}, ${kh}, ${kw}, ${border}, ${common}` });
  }
  lines.push('model = Sequential()');
  layers.forEach(({ comment, call }, i) => {
    if (comment) lines.push(comment);
    lines.push(`model.add(${call}${i === 0 ? `, input_shape=${pyTuple(f.H, f.W, f.C)}` : ''}))`);
  });
  lines.push(
    '',
    `out = model.predict(x).transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${f.F}, ${f.OH}, ${f.OW})`,
    'print(out)',
    '',
  );
  const notes = [
    'Keras 1 Convolution2D has no padding argument: padding is a ZeroPadding2D (zeros) or a Lambda around tf.pad (reflect, symmetric, constant) before a border_mode=\'valid\' convolution.',
    custom && (f.mode === 'replicate' || f.mode === 'circular') ? `tf.pad has no ${f.mode} mode: the Lambda builds it from slices.` : undefined,
    dil === 'bake' ? "Keras 1's TF backend dilates only with one rate at stride 1: the dilation is baked into the kernel as zeros." : undefined,
    f.flip ? 'Keras (TF backend) computes cross-correlation: the kernel is flipped for true convolution.' : undefined,
  ].filter((n): n is string => n !== undefined);
  return { code: lines.join('\n'), note: notes.join(' ') };
}
