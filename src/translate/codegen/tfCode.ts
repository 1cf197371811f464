/**
 * TensorFlow (`tf.nn.conv2d`) export: zeros go straight into conv2d's
 * explicit `padding=[[0, 0], [T, B], [L, R], [0, 0]]` (or 'VALID'/'SAME' when
 * those equal the Plan); other modes pad first with `tf.pad` (or slices for
 * replicate/circular) and convolve with 'VALID'. NHWC, float64, batch 1.
 */
import type { Plan } from '../../core';
import { planFacts, summary, type Snippet } from './facts';
import { nhwcPads, pyBorderPad, pyInputLines, pyKernelLines, sliceModeNote } from './tfCommon';

/**
 * Why the stride+dilation pair gets a baked kernel. Keras Conv2D and
 * tf.nn.convolution raise for it; the raw Conv2D kernel accepts it in current
 * TF (conv_ops_impl.h passes both to Eigen's SpatialConvolution), but the
 * baked kernel runs the same on every TF version and device.
 */
export const TF_STRIDE_DILATION =
  'Keras and tf.nn.convolution raise "strides > 1 not supported in conjunction with dilation_rate > 1"';

/** The tf.nn.conv2d snippet for a Plan. */
export function tfSnippet(plan: Plan): Snippet {
  const f = planFacts(plan);
  const bake = f.strideAndDilation;
  const lines: string[] = [
    `# Padlab export (TensorFlow, tf.nn.conv2d): ${summary(f)}`,
    'import numpy as np',
    'import tensorflow as tf',
    '',
    ...pyInputLines(plan, f),
    'x = tf.constant(x)',
    '',
    ...pyKernelLines(plan, f, bake, TF_STRIDE_DILATION),
    'kernel = tf.constant(kernel)',
    '',
  ];
  let source = 'x';
  let padding: string;
  if (f.noPad) {
    padding = "'VALID'";
  } else if (f.zeroFill) {
    // conv2d pads with zeros itself; 'SAME' only where it is exactly these pads.
    if (f.tfSame) {
      lines.push(`# 'SAME' pads (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}) here: the odd cell goes bottom/right.`);
      padding = "'SAME'";
    } else {
      lines.push('# Explicit zero padding, NHWC order: [[0, 0], [top, bottom], [left, right], [0, 0]].');
      padding = nhwcPads(f);
    }
  } else {
    const pad = pyBorderPad(f);
    if (pad.defs) lines.push(pad.defs);
    lines.push(`# ${f.mode} border via ${pad.how}, then a convolution without padding.`, `xp = ${pad.expr('x')}`);
    source = 'xp';
    padding = "'VALID'";
  }
  const strides = `[1, ${f.sh}, ${f.sw}, 1]`;
  const dilations = bake ? '[1, 1, 1, 1]' : `[1, ${f.dh}, ${f.dw}, 1]`;
  lines.push(
    `y = tf.nn.conv2d(${source}, kernel, strides=${strides}, padding=${padding}, dilations=${dilations})`,
    `out = tf.transpose(y, [0, 3, 1, 2])  # NHWC -> NCHW: shape (1, ${f.F}, ${f.OH}, ${f.OW})`,
    'print(out)',
    '',
  );
  const notes = [
    sliceModeNote(f),
    bake
      ? `${TF_STRIDE_DILATION}; so the dilation is baked into the kernel as zeros (a ${f.keh}×${f.kew} kernel at dilation 1), which every TF version runs.`
      : undefined,
    f.flip ? 'tf.nn.conv2d computes cross-correlation: the kernel is flipped for true convolution.' : undefined,
  ].filter((n): n is string => n !== undefined);
  const code = lines.join('\n');
  return notes.length > 0 ? { code, note: notes.join(' ') } : { code };
}
