/**
 * How the TensorFlow family (tf.nn, Keras 3, Keras 1) computes a pooling
 * Plan, and the Python expressions for it over NHWC tensors. TF's pooling
 * knows only 'VALID' and 'SAME' (max ignores SAME's pads, an average divides
 * by the input cells only), has no ceil_mode and no dilation in its pooling
 * layers. So: the layer alone when that is exactly the Plan; else a padding
 * step — `-np.inf` for max (zeros would win over negative inputs), zeros for
 * an average that counts them — with the ceil overhang padded too; dilation
 * through `tf.nn.pool` at stride 1, then every s-th cell (tf.nn.pool refuses
 * dilation with strides); any other average as the window sum over the
 * counted cells (a ratio of two averages). Sources: tf.nn.max_pool2d,
 * tf.nn.avg_pool2d, tf.nn.pool, keras MaxPooling2D / AveragePooling2D.
 */
import { nhwcPadList } from './tfCommon';
import type { PoolCode } from './poolFacts';
import { padsSomething } from './poolFacts';
import { pyTuple } from './sourceLiterals';

export type TfPoolForm = 'layer' | 'pad-then-pool' | 'dilated' | 'sum-over-count';

export function tfPoolForm(pc: PoolCode): TfPoolForm {
  if (pc.tfPadding) return 'layer';
  if (pc.reduce === 'max') return pc.dilated ? 'dilated' : 'pad-then-pool';
  return pc.zeroPadAverage ? 'pad-then-pool' : 'sum-over-count';
}

/** The comment over TF's own 'SAME' / 'VALID' (Keras spells them padding='same'): what it pads and how the pool treats it. */
export function tfPaddingComment(pc: PoolCode, keras = false): string {
  const { f } = pc;
  const word = (w: 'SAME' | 'VALID') => (keras ? `padding='${w.toLowerCase()}'` : `'${w}'`);
  if (pc.tfPadding !== 'SAME') return `# ${word('VALID')}: no padding.`;
  const how = pc.reduce === 'max' ? 'max ignores the padding' : 'the average divides by the input cells only';
  return `# ${word('SAME')} pads (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}) here; ${how}.`;
}

/** TF's word for the reduction: `max` / `avg` in op names, `MAX` / `AVG` in tf.nn.pool. */
const opName = (pc: PoolCode) => (pc.reduce === 'max' ? 'max' : 'avg');

/**
 * `tf.pad(v, …)` of the padding step (stepPads: with the ceil overhang), or
 * `v` when there is nothing to pad. Max pads `-np.inf`.
 */
export function pyPadStep(pc: PoolCode, v: string): string {
  if (!padsSomething(pc.stepPads)) return v;
  return `tf.pad(${v}, ${nhwcPadList(pc.stepPads)}${pc.reduce === 'max' ? ', constant_values=-np.inf' : ''})`;
}

/** `tf.nn.max_pool2d(v, …, 'VALID'|'SAME')` / `tf.nn.avg_pool2d(…)` (TF 2 names). */
export function tfNnPool(pc: PoolCode, v: string, padding: 'VALID' | 'SAME'): string {
  const { f } = pc;
  return `tf.nn.${opName(pc)}_pool2d(${v}, ${pyTuple(f.KH, f.KW)}, ${pyTuple(f.sh, f.sw)}, '${padding}')`;
}

/**
 * Dilated max pooling of an already padded `v`: tf.nn.pool at stride 1
 * (it refuses dilation together with strides), then every s-th row and
 * column. `dilationKey` is `dilations` in TF 2, `dilation_rate` in TF 1.
 */
export function pyDilatedMax(pc: PoolCode, v: string, dilationKey: 'dilations' | 'dilation_rate'): string {
  const { f } = pc;
  const pooled = `tf.nn.pool(${v}, window_shape=${pyTuple(f.KH, f.KW)}, pooling_type='MAX', padding='VALID', ${dilationKey}=${pyTuple(f.dh, f.dw)})`;
  return f.sh > 1 || f.sw > 1 ? `${pooled}[:, ::${f.sh}, ::${f.sw}, :]` : pooled;
}

/** `counted = …`: 1 on the grid cells an average's divisor counts, 0 elsewhere, NHWC (1, HP, WP, C). */
export function pyCountedMask(pc: PoolCode): string {
  const [r0, r1] = pc.rows;
  const [c0, c1] = pc.cols;
  return `counted = np.pad(np.ones((1, ${r1 - r0}, ${c1 - c0}, ${pc.f.C})), [(0, 0), (${r0}, ${pc.HP - r1}), (${c0}, ${pc.WP - c1}), (0, 0)])`;
}

/**
 * The average as window sum ÷ counted cells, over a zero-padded `v`: both
 * averages divide by KH·KW, so their ratio is sum / count. `pool` writes one
 * VALID average of a tensor (TF 1 and TF 2 spell it differently).
 */
export function pySumOverCount(pc: PoolCode, v: string, pool: (t: string) => string): string {
  return `${pool(pyPadStep(pc, v))} / ${pool('counted')}`;
}

/** The whole tf.nn computation of `out` from `x` in one expression (the table's tf.nn line). */
export function tfNnLine(pc: PoolCode): string {
  switch (tfPoolForm(pc)) {
    case 'layer':
      return tfNnPool(pc, 'x', pc.tfPadding ?? 'VALID');
    case 'pad-then-pool':
      return tfNnPool(pc, pyPadStep(pc, 'x'), 'VALID');
    case 'dilated':
      return pyDilatedMax(pc, pyPadStep(pc, 'x'), 'dilations');
    case 'sum-over-count':
      return pySumOverCount(pc, 'x', (t) => tfNnPool(pc, t, 'VALID'));
  }
}
