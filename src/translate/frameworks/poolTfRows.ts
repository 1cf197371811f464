/**
 * Keras / TensorFlow and TensorFlow.js rows of a pooling layer. Keras
 * `MaxPooling2D` / `AveragePooling2D` and `tf.nn.max_pool2d` / `avg_pool2d`
 * know only 'valid' and 'same' (max ignores SAME's pads, an average divides
 * by the input cells only), no ceil_mode, no dilation. tfjs `tf.maxPool` /
 * `tf.avgPool` also take explicit pads and `dimRoundingMode 'ceil'` (without
 * PyTorch's last-window rule) and never count padding in an average.
 * Sources: Keras pooling layers, tf.nn pooling ops, tfjs-core ops and
 * backend-cpu pool_utils.
 */
import type { Plan } from '../../core';
import { kerasPoolLayer, kerasPoolLine } from '../codegen/kerasPool';
import { poolCode, type PoolCode } from '../codegen/poolFacts';
import { tfNnLine, tfPoolForm } from '../codegen/tfPoolCommon';
import { tfjsPoolForm, tfjsPoolLine } from '../codegen/tfjsPool';
import { nhwcPadList } from '../codegen/tfCommon';
import { exactOutcome } from './geometry';
import { tfjsPoolStrideDilation } from './poolErrors';
import { explicitPad, poolVariantOutcome } from './poolOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow } from './types';

const OFTEN = 'often written';

/** What a port to Keras usually writes when the layers cannot say the Plan. */
function kerasIdioms(plan: Plan, pc: PoolCode): Attempt[] {
  const { f } = pc;
  if (pc.dilated) return [];
  const out: Attempt[] = [];
  if (pc.ceilMatters && f.noPad) {
    out.push({ role: 'idiom', label: OFTEN, code: kerasPoolLayer(pc, 'valid'), outcome: poolVariantOutcome(plan, { ceil: false }), note: 'TF rounds down: no ceil_mode' });
  }
  const pads = explicitPad(plan.pads);
  if (!f.noPad && pc.reduce === 'max') {
    out.push({
      role: 'idiom',
      label: OFTEN,
      code: `ZeroPadding2D(((${f.T}, ${f.B}), (${f.L}, ${f.R}))) → ${kerasPoolLayer(pc, 'valid')}`,
      outcome: poolVariantOutcome(plan, { pad: pads, ceil: false, zeroPaddedMax: true }),
      note: 'zeros are not −∞: where a window’s inputs are all below 0, the padding wins with 0',
    });
  }
  if (!f.noPad && pc.reduce === 'avg' && !pc.countsPadding) {
    out.push({
      role: 'idiom',
      label: OFTEN,
      code: `ZeroPadding2D(((${f.T}, ${f.B}), (${f.L}, ${f.R}))) → ${kerasPoolLayer(pc, 'valid')}`,
      outcome: poolVariantOutcome(plan, { pad: pads, ceil: false, cip: true }),
      note: 'the padded zeros count in the divisor',
    });
  }
  out.push({ role: 'idiom', label: OFTEN, code: kerasPoolLayer(pc, 'same'), outcome: poolVariantOutcome(plan, { pad: { kind: 'same' }, ceil: false }) });
  return out;
}

/** Why Keras' layers cannot say the Plan by themselves, or null. */
function kerasExtraStep(pc: PoolCode): string | null {
  if (tfPoolForm(pc) === 'layer') return null;
  const lacks = [
    pc.tfPadding === null && !pc.f.noPad && !pc.f.tfSame ? "pad only as 'same'" : '',
    pc.ceilMatters ? 'have no ceil_mode' : '',
    pc.dilated ? 'have no dilation' : '',
    pc.reduce === 'avg' && pc.countsPadding && !pc.f.noPad ? 'never count padding in an average' : '',
  ].filter(Boolean);
  const fix = pc.reduce === 'max' ? 'pad with −∞ first' : pc.zeroPadAverage ? 'pad with zeros first' : 'divide the window sum by the cells that count';
  return `Keras and tf.nn pooling ${lacks.join(', ')}: ${fix}`;
}

/** The Keras / TensorFlow row: the Keras layer, then the tf.nn op. */
export function kerasPoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const keras = kerasPoolLine(pc);
  const attempts: Attempt[] = [
    { role: 'exact', code: keras.code, outcome: exactOutcome(plan), note: keras.note },
    { role: 'exact', label: 'exact, tf.nn', code: tfNnLine(pc), outcome: exactOutcome(plan) },
  ];
  if (tfPoolForm(pc) !== 'layer') attempts.push(...kerasIdioms(plan, pc));
  return { id: 'keras', name: TABLE_FRAMEWORK_LABEL.keras, attempts, extraStep: kerasExtraStep(pc) };
}

/** The TensorFlow.js row. */
export function tfjsPoolRow(plan: Plan): FrameworkRow {
  const pc = poolCode(plan);
  const { f } = pc;
  const op = pc.reduce === 'max' ? 'tf.maxPool' : 'tf.avgPool';
  const attempts: Attempt[] = [];
  if (pc.dilated && (f.sh > 1 || f.sw > 1)) {
    attempts.push({
      role: 'literal',
      code: `tf.pool(x, [${f.KH}, ${f.KW}], 'max', ${nhwcPadList(plan.pads)}, [${f.dh}, ${f.dw}], [${f.sh}, ${f.sw}])`,
      outcome: { kind: 'error', error: tfjsPoolStrideDilation(plan) },
    });
  }
  if (pc.removed && tfjsPoolForm(pc) === 'op') {
    attempts.push({
      role: 'literal',
      code: `${op}(x, [${f.KH}, ${f.KW}], [${f.sh}, ${f.sw}], ${nhwcPadList(plan.pads)}, 'ceil')`,
      outcome: poolVariantOutcome(plan, { keepsRemovedWindow: true }),
      note: "dimRoundingMode 'ceil' has no last-window rule: it keeps the window PyTorch removes, which reads no input cell",
    });
  }
  attempts.push({ role: 'exact', code: tfjsPoolLine(pc), outcome: exactOutcome(plan) });
  const form = tfjsPoolForm(pc);
  const extraStep =
    form === 'zero-pad-then-op'
      ? `${op} never counts padding in an average: pad the zeros first`
      : form === 'dilated'
        ? 'tf.maxPool has no dilation: tf.pool at stride 1 on a −Infinity padded input, then every s-th cell'
        : null;
  return { id: 'tfjs', name: TABLE_FRAMEWORK_LABEL.tfjs, attempts, extraStep };
}
