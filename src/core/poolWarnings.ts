/**
 * What a user should know about a valid pooling layer: the border effects
 * every layer has (dropped or skipped cells), the ceil window and PyTorch's
 * last-window rule, and where frameworks give different numbers for the same
 * layer (design.md, `maxpool`, `avgpool`): an average's divisor (PyTorch's
 * count_include_pad=True and Caffe against TF, tfjs and ONNX's default),
 * rounding (PyTorch's ceil_mode and Caffe's default ceil against TF's
 * floor), and zero padding under a max. A difference is a `warning` when
 * the chosen framework (`fw`) is the one that gives other numbers, else `info`.
 */
import { AXIS_NAME, AXES, type Framework } from './config';
import { poolOutputLength, type Rounding } from './axisPadding';
import { chwIndex } from './flatLayout';
import type { AxisPlan, Plan } from './plan';
import { geometryWarnings, paddingOnlyWindows } from './warnings';
import type { Warning } from './warningTypes';
import { axisTaps } from './windows';

const warn = (code: string, severity: Warning['severity'], message: string): Warning => ({ code, severity, message });

/** `warning` when the chosen framework is one of those that differ, else `info`. */
const against = (plan: Plan, differ: readonly Framework[]): Warning['severity'] => (differ.includes(plan.config.framework) ? 'warning' : 'info');

/** The padded length the layer declares, `np = pb + n + pa` (the grid without the ceil overhang). */
const declared = (a: AxisPlan) => a.padded - a.overhang;

/** Output indices along an axis whose window reads a declared padding cell (the overhang is not padding). */
function windowsOnPadding(a: AxisPlan): number[] {
  const out: number[] = [];
  for (let o = 0; o < a.out; o++) if (axisTaps(a, o).some((p) => p < declared(a) && a.isPadding[p])) out.push(o);
  return out;
}

/** How many output cells of one channel lie on a row or a column of those windows. */
function borderCells(plan: Plan): number {
  const rows = windowsOnPadding(plan.h).length;
  const cols = windowsOnPadding(plan.w).length;
  return rows * plan.w.out + cols * plan.h.out - rows * cols;
}

/** An average whose border windows hold padding divides there by another count in other frameworks. */
function divisorWarning(plan: Plan): Warning | null {
  const { pool } = plan;
  if (pool?.reduce !== 'avg') return null;
  const cells = borderCells(plan);
  if (cells === 0) return null;
  const of = `${cells} of ${plan.h.out * plan.w.out} output cells`;
  if (pool.countsPadding) {
    return warn(
      'pool-divisor-frameworks',
      against(plan, ['keras']),
      `This average counts the padding in its divisor (PyTorch's count_include_pad=True, its default; Caffe always): ${of} have padding in their window. ` +
        "Keras/TF ('same', or ZeroPadding2D's zeros aside), TensorFlow.js and ONNX's default count_include_pad=0 divide by the input cells only: ported as is, those cells differ.",
    );
  }
  return warn(
    'pool-divisor-frameworks',
    against(plan, ['caffe']),
    `This average divides by the input cells only (${plan.config.pad.kind === 'same' ? "TF's 'same'" : 'count_include_pad=False'}): ${of} have padding in their window. ` +
      "PyTorch's AvgPool2d counts the padding unless count_include_pad=False, and Caffe always does: ported as is, those cells differ.",
  );
}

/** Both axes' sizes under one rounding over the layer's own pads (core's rule, applied once more). */
function sizesWith(plan: Plan, rounding: Rounding): string {
  const size = (a: AxisPlan) => poolOutputLength(declared(a), a.ke, a.s, a.n, a.before, rounding).out;
  return `${size(plan.h)}×${size(plan.w)}`;
}

/** PyTorch's ceil_mode and Caffe's default ceil against TF's floor: another size for the same numbers. */
function roundingWarning(plan: Plan): Warning | null {
  const here = `${plan.h.out}×${plan.w.out}`;
  if (plan.config.ceil) {
    const floor = sizesWith(plan, 'floor');
    if (floor === here) return null;
    return warn(
      'pool-rounding-frameworks',
      against(plan, ['keras']),
      `ceil_mode gives ${here} here, as PyTorch, ONNX (ceil_mode=1) and Caffe (its default) do; Keras/TF have no ceil_mode and round down: ${floor}.`,
    );
  }
  const ceil = sizesWith(plan, 'ceil');
  if (ceil === here) return null;
  return warn(
    'pool-rounding-frameworks',
    against(plan, ['caffe']),
    `Caffe rounds pooling up by default: the same layer there gives ${ceil}, not ${here} (round_mode: FLOOR keeps ${here}); PyTorch's ceil_mode=True gives ${ceil} too.`,
  );
}

/** Output values a max over zero padding would change: border windows whose input cells are all below 0 (or none). */
function zeroWins(plan: Plan): number {
  const { h, w, channels, input } = plan;
  const rows = new Set(windowsOnPadding(h));
  const cols = new Set(windowsOnPadding(w));
  const inputTaps = (a: AxisPlan, o: number) => axisTaps(a, o).filter((p) => !a.isPadding[p]).map((p) => p - a.before);
  let n = 0;
  for (let c = 0; c < channels; c++) {
    for (let oy = 0; oy < h.out; oy++) {
      for (let ox = 0; ox < w.out; ox++) {
        if (!rows.has(oy) && !cols.has(ox)) continue;
        const qs = inputTaps(w, ox);
        const best = inputTaps(h, oy).reduce((m, r) => qs.reduce((mm, q) => Math.max(mm, input[chwIndex(h.n, w.n, c, r, q)] ?? -Infinity), m), -Infinity);
        if (best < 0) n++;
      }
    }
  }
  return n;
}

/** ZeroPadding2D / F.pad zeros before a max: the padding wins where the inputs are all negative. */
function zeroPaddingWarning(plan: Plan): Warning | null {
  if (plan.pool?.reduce !== 'max') return null;
  const n = zeroWins(plan);
  if (n === 0) return null;
  const explicitOnly = plan.config.pad.kind !== 'same' && plan.config.pad.kind !== 'valid';
  return warn(
    'pool-zero-padding',
    explicitOnly ? against(plan, ['keras']) : 'info',
    `Zero padding is not −∞ padding: ZeroPadding2D (or F.pad's zeros) before this max pooling would turn ${n} of ${plan.channels * plan.h.out * plan.w.out} output values into 0 on this input, ` +
      "where their window's inputs are all below 0. Pad with −∞ (tf.pad(..., constant_values=-np.inf), F.pad(..., value=float('-inf'))), as the exported code does.",
  );
}

/** Every warning for a valid pooling Plan, general ones first. */
export function poolWarnings(plan: Plan): Warning[] {
  const { h, w, pool, config } = plan;
  if (!pool) return [];
  // A pool's padding-only window is −∞ or an average of zeros, not "the border mode": said below instead.
  const out = geometryWarnings(h, w).filter((x) => x.code !== 'padding-only-windows');
  const onlyH = paddingOnlyWindows(h);
  const onlyW = paddingOnlyWindows(w);
  const onlyPadding = onlyH * w.out + onlyW * h.out - onlyH * onlyW;
  if (onlyPadding > 0 && pool.reduce === 'max') {
    out.push(warn('pool-padding-only', 'warning', `${onlyPadding} of ${h.out * w.out} output cells read only padding: max pooling gives −∞ there (PyTorch pads with −∞).`));
  }
  const noPad = plan.pads.every((p) => p === 0);
  for (const axis of AXES) {
    const a = plan[axis];
    if (a.removed) {
      // Caffe checks the last window only when it pads; tfjs' dimRoundingMode 'ceil' never does.
      const others = noPad
        ? "Caffe checks this only when it pads, so it keeps the window, as does TensorFlow.js's dimRoundingMode 'ceil'"
        : "Caffe drops it too; TensorFlow.js's dimRoundingMode 'ceil' keeps it";
      out.push(
        warn(
          `pool-ceil-removed-${axis}`,
          'info',
          `ceil_mode: the last ${AXIS_NAME[axis]} window would start at ${a.out * a.s} (past the input and the top/left padding, ${a.n} + ${a.before}), so PyTorch and ONNX drop it: ${a.out} windows, not ${a.out + 1}. ${others}.`,
        ),
      );
    }
    if (a.overhang > 0) {
      out.push(
        warn(
          `pool-ceil-overhang-${axis}`,
          'info',
          `ceil_mode: the last ${AXIS_NAME[axis]} window hangs ${a.overhang} cell${a.overhang > 1 ? 's' : ''} past the padding; those cells never count${pool.reduce === 'avg' ? ', not even in the divisor' : ''}.`,
        ),
      );
    }
  }
  if (config.ceil && config.pad.kind === 'same') {
    out.push(warn('pool-ceil-same', 'info', 'TensorFlow has no ceil_mode: with padding="same" the size is ⌈n/s⌉ already, so ceil changes nothing here.'));
  }
  return [...out, ...[divisorWarning(plan), roundingWarning(plan), zeroPaddingWarning(plan)].filter((x): x is Warning => x !== null)];
}
