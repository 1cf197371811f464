/**
 * TensorFlow 2 (`tf.nn`) export of a pooling layer: `tf.nn.max_pool2d` /
 * `tf.nn.avg_pool2d` with 'SAME' or 'VALID' when that is exactly the Plan,
 * else the padding step, dilation or sum ÷ count of tfPoolCommon. NHWC,
 * float64, batch 1; `out` is NCHW.
 */
import type { Plan } from '../../core';
import type { Snippet } from './facts';
import { countedNote, poolCode, poolSummary, stepNote, type PoolCode } from './poolFacts';
import { pyCountedMask, pyDilatedMax, pyPadStep, tfNnPool, tfPaddingComment, tfPoolForm } from './tfPoolCommon';
import { pyInputLines } from './tfCommon';

/** Lines computing `y` (NHWC) from `x`, with why. */
export function tfPoolBody(pc: PoolCode): string[] {
  const overhang = stepNote(pc);
  switch (tfPoolForm(pc)) {
    case 'layer':
      return [tfPaddingComment(pc), `y = ${tfNnPool(pc, 'x', pc.tfPadding ?? 'VALID')}`];
    case 'pad-then-pool':
      return [
        pc.reduce === 'max'
          ? `# TF pools pad only as 'SAME': pad with -inf first (zeros would win over negative inputs), then 'VALID'.${overhang}`
          : `# Zero padding first, counted in the divisor like any input cell, then 'VALID'.`,
        `xp = ${pyPadStep(pc, 'x')}`,
        `y = ${tfNnPool(pc, 'xp', 'VALID')}`,
      ];
    case 'dilated':
      return [
        "# TF's max pooling has no dilation; tf.nn.pool does, at stride 1 only: pool every position, then keep every s-th.",
        `# Padding is -inf first, never tf.nn.pool's own 'SAME' (it pads the dilated input with zeros).${overhang}`,
        `xp = ${pyPadStep(pc, 'x')}`,
        `y = ${pyDilatedMax(pc, 'xp', 'dilations')}`,
      ];
    case 'sum-over-count':
      return [
        `# No TF pooling divides this way: the window sum over the number of cells that count (a ratio of two averages).${overhang}`,
        `xp = ${pyPadStep(pc, 'x')}  # zeros add nothing to a sum`,
        `# ${countedNote(pc)}.`,
        pyCountedMask(pc),
        `y = ${tfNnPool(pc, 'xp', 'VALID')} / ${tfNnPool(pc, 'counted', 'VALID')}`,
      ];
  }
}

/** Why the snippet does not use 'SAME'/'VALID' alone (undefined when it does). */
export function tfPoolNote(pc: PoolCode): string | undefined {
  switch (tfPoolForm(pc)) {
    case 'layer':
      return undefined;
    case 'pad-then-pool':
      return pc.reduce === 'max'
        ? 'TF pools pad only as SAME (and have no ceil_mode): the input is padded with -inf first, which, unlike zeros, never wins a max.'
        : 'TF averages never count padding: the zeros are padded first, as input cells.';
    case 'dilated':
      return "TF's max pooling has no dilation: tf.nn.pool pools at stride 1 on a -inf padded input, then every s-th cell is kept.";
    case 'sum-over-count':
      return 'No TF average divides these windows this way: the snippet divides the window sum by the count of cells that count.';
  }
}

/** The tf.nn snippet of a pooling Plan. */
export function tfPoolSnippet(plan: Plan): Snippet {
  const pc = poolCode(plan);
  const { f } = pc;
  const lines = [
    `# Padlab export (TensorFlow, tf.nn): ${poolSummary(pc)}`,
    'import numpy as np',
    'import tensorflow as tf',
    '',
    ...pyInputLines(plan, f),
    'x = tf.constant(x)',
    '',
    ...tfPoolBody(pc),
    `out = tf.transpose(y, [0, 3, 1, 2])  # NHWC -> NCHW: shape (1, ${f.C}, ${f.OH}, ${f.OW})`,
    'print(out)',
    '',
  ];
  const note = tfPoolNote(pc);
  const code = lines.join('\n');
  return note ? { code, note } : { code };
}
