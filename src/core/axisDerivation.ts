/**
 * The one per-axis derivation of a convolution layer (design.md, Semantics):
 * pads from the pad spec, padded size, output size, the cells `floor` drops,
 * the padding index map and which padded positions are padding. `derivePlan`
 * (grid view) and `deriveImagePlan` (image view) both build their axes here,
 * and check them with `checkAxes`, so no reader writes the arithmetic again.
 */
import { AXES, AXIS_NAME, type Axis, type PadMode, type PadSpec } from './config';
import { axisPadding, poolOutputLength, sizeSteps, trailingUnread, type AxisGeometry, type Rounding } from './axisPadding';
import { axisSourceMap } from './indexMap';
import { invalid, type Invalid } from './invalid';
import { checkModeLimit } from './modeLimits';
import type { DerivationStep } from './derivationSteps';

/** One derived axis (`h` rows or `w` columns); every length is in cells (pixels in image mode). */
export interface DerivedAxis {
  readonly axis: Axis;
  /** Input size. */
  readonly n: number;
  /** Kernel taps, stride, dilation. */
  readonly k: number;
  readonly s: number;
  readonly d: number;
  /** Effective kernel extent `d(k−1)+1`. */
  readonly ke: number;
  /** Padding before (top/left) and after (bottom/right). */
  readonly before: number;
  readonly after: number;
  /**
   * Length of the grid the windows slide over: the padded size
   * `np = before + n + after`, plus `overhang` cells for a pooling ceil window.
   */
  readonly padded: number;
  /** Cells past `np` that the last `ceil_mode` window hangs over (never counted); 0 for `floor`. */
  readonly overhang: number;
  /** Output size `⌊(np − ke)/s⌋ + 1` (or the ceil form); 0 when no window fits (the plan is then invalid). */
  readonly out: number;
  /** Whether PyTorch's last-window rule removed a `ceil_mode` window that would start past `n + before`. */
  readonly removed: boolean;
  /** Trailing grid cells no window reads: `(np − ke) mod s` for `floor` (0 when no window fits). */
  readonly remainder: number;
  /** For each padded position: the input index it copies, or CONSTANT (−1). */
  readonly source: readonly number[];
  /** For each padded position: true outside the input (`p < before` or `p ≥ before + n`), whatever the mode copies there. */
  readonly isPadding: readonly boolean[];
  /** The output-size derivation with numbers substituted. */
  readonly steps: readonly DerivationStep[];
}

/** The sides an explicit pad spec gives one axis (`T,B` for `h`, `L,R` for `w`); zeros for the named specs. */
function explicitSides(pad: PadSpec, axis: Axis): { before: number; after: number } {
  if (pad.kind !== 'explicit') return { before: 0, after: 0 };
  return axis === 'h' ? { before: pad.top, after: pad.bottom } : { before: pad.left, after: pad.right };
}

/**
 * Derives one axis of a layer: `g` in cells, `pad` the layer's pad spec,
 * `mode` what the padding holds, `rounding` the window count's (`ceil` only
 * for pooling's `ceil_mode`).
 */
export function deriveAxis(axis: Axis, g: AxisGeometry, pad: PadSpec, mode: PadMode, rounding: Rounding = 'floor'): DerivedAxis {
  const p = axisPadding(pad.kind, g, explicitSides(pad, axis), axis);
  const np = p.before + g.n + p.after;
  const { out, removed } = poolOutputLength(np, p.ke, g.s, g.n, p.before, rounding);
  const overhang = out < 1 ? 0 : Math.max(0, (out - 1) * g.s + p.ke - np);
  const padded = np + overhang;
  // Overhang cells are read like constant padding (zeros, or −∞ for max pooling): past the after-padding.
  const source = axisSourceMap(mode, g.n, p.before, p.after + overhang);
  return {
    axis,
    ...g,
    ke: p.ke,
    before: p.before,
    after: p.after,
    padded,
    overhang,
    out,
    removed,
    remainder: trailingUnread(padded, p.ke, g.s, out),
    source,
    isPadding: source.map((_, i) => i < p.before || i >= p.before + g.n),
    steps: [...p.steps, ...sizeSteps(g.n, p.ke, g.s, p.before, p.after, rounding)],
  };
}

/**
 * The first axis problem PyTorch/TF would raise, or null. Mode limits come
 * before the empty-output check: a mirror that cannot be built is the first
 * error (F.pad runs before conv2d). `unit` names the cells in the message
 * (`cells` in the grid, `pixels` for an image); `said` is what a framework
 * raises, when worth quoting.
 */
export function checkAxes(
  mode: PadMode,
  axes: Readonly<Record<Axis, DerivedAxis>>,
  unit: 'cells' | 'pixels',
  said = '',
): Invalid | null {
  const steps = { h: axes.h.steps, w: axes.w.steps };
  for (const axis of AXES) {
    const a = axes[axis];
    const problem = checkModeLimit(mode, axis, a.n, a.before, a.after);
    if (problem) return { ...problem, steps };
  }
  for (const axis of AXES) {
    const a = axes[axis];
    if (a.out < 1) {
      return invalid(
        'empty-output',
        `The output would be empty: the padded ${AXIS_NAME[axis]} is ${a.padded} (${a.before} + ${a.n} + ${a.after}) ` +
          `but one window spans ke = ${a.ke} ${unit}. ${said}Fix: add padding (same or full), or use a smaller kernel or dilation.`,
        { axis, steps },
      );
    }
  }
  return null;
}

/** Whether padded cell (row, col) is padding (outside the input on either axis), for any mode. */
export function isPaddingCell(axes: { readonly h: DerivedAxis; readonly w: DerivedAxis }, row: number, col: number): boolean {
  return (axes.h.isPadding[row] ?? true) || (axes.w.isPadding[col] ?? true);
}
