/**
 * What a user should know about a valid pooling layer: the border effects
 * every layer has (dropped or skipped cells), the ceil window and PyTorch's
 * last-window rule, and where frameworks give different numbers for the same
 * layer (design.md, `maxpool`, `avgpool`).
 */
import { AXIS_NAME, AXES } from './config';
import type { Plan } from './plan';
import { geometryWarnings, paddingOnlyWindows } from './warnings';
import type { Warning } from './warningTypes';

const warn = (code: string, severity: Warning['severity'], message: string): Warning => ({ code, severity, message });

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
  for (const axis of AXES) {
    const a = plan[axis];
    if (a.removed) {
      out.push(
        warn(
          `pool-ceil-removed-${axis}`,
          'info',
          `ceil_mode: the last ${AXIS_NAME[axis]} window would start at ${a.out * a.s} (past the input and the top/left padding, ${a.n} + ${a.before}), so PyTorch, Caffe and ONNX drop it: ${a.out} windows, not ${a.out + 1}.`,
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
  if (pool.reduce === 'avg' && config.ceil && config.pad.kind === 'same') {
    out.push(warn('pool-ceil-same', 'info', 'TensorFlow has no ceil_mode: with padding="same" the size is ⌈n/s⌉ already, so ceil changes nothing here.'));
  }
  return out;
}
