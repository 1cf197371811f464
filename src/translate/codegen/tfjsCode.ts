/**
 * TensorFlow.js export (ES module): NHWC input, HWIO filter, padding by
 * `tf.pad` (constant), `tf.mirrorPad` (reflect/symmetric) or slices +
 * `tf.concat` (replicate/circular), then `tf.conv2d` with the explicit pad
 * tuple — never a single number (tfjs issue 649: it computes the width
 * padding from the kernel height). float32, as tfjs runs.
 */
import { denseConvWeights, hwioLayout, type Plan } from '../../core';
import { planFacts, summary, type Facts, type Snippet } from './facts';
import { jsList, jsNum } from './sourceLiterals';

const SLICE_AXIS = `/** The slice [begin, begin + size) of one axis of an NHWC tensor. */
function sliceAxis(x, axis, begin, size) {
  const b = [0, 0, 0, 0];
  const s = [-1, -1, -1, -1];
  b[axis] = begin;
  s[axis] = size;
  return tf.slice(x, b, s);
}
`;

const REPLICATE = `${SLICE_AXIS}
/** PyTorch 'replicate' / numpy 'edge' (a a | a b c d | d d): tfjs has no such pad mode. */
function replicateAxis(x, axis, before, after) {
  const first = sliceAxis(x, axis, 0, 1);
  const last = sliceAxis(x, axis, x.shape[axis] - 1, 1);
  return tf.concat([...Array(before).fill(first), x, ...Array(after).fill(last)], axis);
}
`;

const CIRCULAR = `${SLICE_AXIS}
/** PyTorch 'circular' / numpy 'wrap' (c d | a b c d | a b): tfjs has no such pad mode. */
function circularAxis(x, axis, before, after) {
  const n = x.shape[axis];
  const parts = [x];
  if (before > 0) parts.unshift(sliceAxis(x, axis, n - before, before));
  if (after > 0) parts.push(sliceAxis(x, axis, 0, after));
  return tf.concat(parts, axis);
}
`;

/** Lines that pad `x` into `xp` (non-zero modes), with their helper functions. */
function padLines(f: Facts, pads: string): string[] {
  switch (f.mode) {
    case 'reflect':
    case 'symmetric':
      return [`const xp = tf.mirrorPad(x, ${pads}, '${f.mode}');`];
    case 'replicate':
      return [REPLICATE, `const xp = replicateAxis(replicateAxis(x, 1, ${f.T}, ${f.B}), 2, ${f.L}, ${f.R});`];
    case 'circular':
      return [CIRCULAR, `const xp = circularAxis(circularAxis(x, 1, ${f.T}, ${f.B}), 2, ${f.L}, ${f.R});`];
    case 'zeros':
    case 'constant':
      return [`const xp = tf.pad(x, ${pads}, ${jsNum(f.fill)});`];
  }
}

/** The TensorFlow.js snippet for a Plan. */
export function tfjsSnippet(plan: Plan): Snippet {
  const f = planFacts(plan);
  // tfjs asserts "Either strides or dilations must be 1": bake the dilation into the kernel.
  const bake = f.strideAndDilation;
  // Groups: tf.depthwiseConv2d for one group per channel (its filter [KH, KW, C, multiplier] holds PyTorch's
  // (F, 1, KH, KW) in the same order); other groups have no tfjs op, so the kernel is dense with zeros.
  const cin = f.depthwise ? 1 : f.C;
  const weights = f.depthwise ? plan.weights : denseConvWeights(plan.weights, f.F, f.C, f.g, f.KH, f.KW);
  const layout = hwioLayout({ weights, filters: f.F, channels: cin, kh: f.KH, kw: f.KW, dh: f.dh, dw: f.dw, bakeDilation: bake });
  const kernel = layout.values;
  const [kh, kw] = layout.shape;
  const [fin, fout] = f.depthwise ? [f.C, f.F / f.C] : [f.C, f.F];
  const pads = `[[0, 0], [${f.T}, ${f.B}], [${f.L}, ${f.R}], [0, 0]]`;
  const lines: string[] = [
    `// Padlab export (TensorFlow.js): ${summary(f)}`,
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `// Input C×H×W = ${f.C}×${f.H}×${f.W} (channel-major, one row per line), as NHWC, batch 1.`,
    `const x = tf.transpose(tf.tensor4d(${jsList(plan.input, f.W)}, [1, ${f.C}, ${f.H}, ${f.W}]), [0, 2, 3, 1]);`,
    '',
    f.depthwise
      ? `// Depthwise filter [KH, KW, in, multiplier] = [${kh}, ${kw}, ${fin}, ${fout}]: output channel c·${fout} + j is input channel c's j-th filter, as PyTorch's groups=${f.g}.`
      : `// Filter in tfjs' HWIO layout [KH, KW, in, out] = [${kh}, ${kw}, ${f.C}, ${f.F}], transposed from PyTorch's OIHW${f.g > 1 ? `, dense over its ${f.g} groups (zeros where a filter does not read a channel)` : ''}; one kernel row per line.`,
  ];
  if (bake) {
    lines.push(
      `// tfjs asserts "Either strides or dilations must be 1": the dilation ${f.dh}×${f.dw} is baked into`,
      '// the kernel as zeros between the taps, and the convolution runs with dilation 1.',
    );
  }
  lines.push(`let filter = tf.tensor4d(${jsList(kernel, kw * fin * fout)}, [${kh}, ${kw}, ${fin}, ${fout}]);`);
  if (f.flip) {
    lines.push(
      '// True convolution: tf.conv2d is cross-correlation, so rotate the kernel 180° (reverse rows and columns).',
      'filter = tf.reverse(filter, [0, 1]);',
    );
  }
  lines.push('');
  let source = 'x';
  let pad = "'valid'";
  if (!f.noPad && f.zeroFill) {
    lines.push('// Zero padding as the explicit tuple [[0, 0], [top, bottom], [left, right], [0, 0]] (NHWC).');
    pad = pads;
  } else if (!f.noPad) {
    lines.push(`// ${f.mode} border first, then a convolution without padding.`, ...padLines(f, pads));
    source = 'xp';
  }
  const dilations = `[${layout.dilations.join(', ')}]`;
  lines.push(
    `const y = tf.${f.depthwise ? 'depthwiseConv2d' : 'conv2d'}(${source}, filter, [${f.sh}, ${f.sw}], ${pad}, 'NHWC', ${dilations});`,
    `const out = tf.transpose(y, [0, 3, 1, 2]); // NHWC -> NCHW: shape [1, ${f.F}, ${f.OH}, ${f.OW}]`,
    'out.print();',
    '',
  );
  const notes = [
    f.mode === 'replicate' || f.mode === 'circular'
      ? f.noPad
        ? undefined
        : `tfjs has no ${f.mode} pad mode: the border is built from slices with tf.concat.`
      : undefined,
    bake ? 'tfjs asserts "Either strides or dilations must be 1": the dilation is baked into the kernel as zeros.' : undefined,
    f.flip ? 'tf.conv2d computes cross-correlation: the kernel is reversed for true convolution.' : undefined,
    f.g > 1 && !f.depthwise ? `tf.conv2d has no groups: the kernel is dense, with zeros where a filter does not read a channel (${f.g} groups).` : undefined,
  ].filter((n): n is string => n !== undefined);
  const code = lines.join('\n');
  return notes.length > 0 ? { code, note: notes.join(' ') } : { code };
}
