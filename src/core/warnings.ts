/**
 * What a user should know about a valid configuration: border effects that
 * hold in every framework (windows of pure padding, skipped or dropped cells,
 * tfjs' stride+dilation limit) and the chosen framework's own rules
 * (frameworkWarnings.ts).
 */
import type { Config } from './config';
import { frameworkWarnings } from './frameworkWarnings';
import { axisTaps } from './windows';
import type { AxisFacts, Warning } from './warningTypes';

export type { AxisFacts, Severity, Warning } from './warningTypes';

/** Output indices along an axis whose window lies wholly in the padding. */
export function paddingOnlyWindows(ax: AxisFacts): number {
  let count = 0;
  for (let o = 0; o < ax.out; o++) {
    if (axisTaps(ax, o).every((p) => ax.isPadding[p] ?? true)) count++;
  }
  return count;
}

/** Input indices (0-based) along an axis that no window reads, by reason. */
function unreadInput(ax: AxisFacts, reason: 'floor' | 'gap'): number[] {
  const out: number[] = [];
  for (let i = 0; i < ax.n; i++) if (ax.unread[ax.before + i] === reason) out.push(i);
  return out;
}

const AXIS_WORDS = { h: ['rows', 'row'], w: ['columns', 'column'] } as const;

function list(indices: readonly number[]): string {
  return indices.length > 6 ? `${indices.slice(0, 6).join(', ')}, …` : indices.join(', ');
}

export function geometryWarnings(h: AxisFacts, w: AxisFacts): Warning[] {
  const out: Warning[] = [];
  const onlyH = paddingOnlyWindows(h);
  const onlyW = paddingOnlyWindows(w);
  const onlyPadding = onlyH * w.out + onlyW * h.out - onlyH * onlyW;
  if (onlyPadding > 0) {
    out.push({
      code: 'padding-only-windows',
      severity: 'warning',
      message: `${onlyPadding} of ${h.out * w.out} output cells read only padding: their value comes from the border mode, not from the input.`,
    });
  }
  for (const [axis, ax] of [['h', h], ['w', w]] as const) {
    const [plural] = AXIS_WORDS[axis];
    const gaps = unreadInput(ax, 'gap');
    if (gaps.length > 0) {
      out.push({
        code: `skipped-${axis}`,
        severity: 'warning',
        message: `Stride ${ax.s} is larger than the kernel's reach (ke = ${ax.ke}${ax.d > 1 ? `, dilation ${ax.d}` : ''}): input ${plural} ${list(gaps)} are never read.`,
      });
    }
    if (ax.remainder > 0) {
      const dropped = unreadInput(ax, 'floor');
      const what = dropped.length > 0 ? `input ${plural} ${list(dropped)}` : `${ax.remainder} padding ${plural} only`;
      out.push({
        code: `floor-drops-${axis}`,
        severity: dropped.length > 0 ? 'warning' : 'info',
        message: `(np − ke) mod s = ${ax.remainder}: floor drops the last ${ax.remainder} padded ${plural}; no window reads ${what}.`,
      });
    }
  }
  return out;
}

/** Every warning for a valid configuration, general ones first. */
export function configWarnings(config: Config, h: AxisFacts, w: AxisFacts): Warning[] {
  const out = geometryWarnings(h, w);
  const strided = config.stride.h > 1 || config.stride.w > 1;
  const dilated = config.dilation.h > 1 || config.dilation.w > 1;
  if (strided && dilated) {
    out.push({
      code: 'tfjs-stride-dilation',
      severity: 'info',
      message:
        'TensorFlow.js refuses stride > 1 together with dilation > 1 ("Either strides or dilations must be 1"); Padlab runs it with a zero-dilated kernel at the given stride. PyTorch accepts it directly.',
    });
  }
  return [...out, ...frameworkWarnings(config, h, w)];
}
