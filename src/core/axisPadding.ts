/**
 * Padding before/after one axis for each pad spec, with the derivation steps
 * (design.md, Semantics). Pure integer arithmetic; no framework is imported:
 * the rules are cited instead.
 */
import type { Axis, PadKind } from './config';
import type { DerivationStep } from './derivationSteps';

/** Per-axis inputs: `n` input size, `k` kernel taps, `s` stride, `d` dilation (all ≥ 1). */
export interface AxisGeometry {
  readonly n: number;
  readonly k: number;
  readonly s: number;
  readonly d: number;
}

export interface AxisPadding {
  /** Effective kernel extent `ke = d(k−1)+1`, in cells. */
  readonly ke: number;
  /** Padding cells before the input (top or left). */
  readonly before: number;
  /** Padding cells after the input (bottom or right). */
  readonly after: number;
  readonly steps: readonly DerivationStep[];
}

const TF_SAME_SOURCE = 'TensorFlow conv_util / tf.nn "SAME" padding; ONNX auto_pad=SAME_UPPER; PyTorch padding="same"';
const ONNX_LOWER_SOURCE = 'ONNX Conv auto_pad=SAME_LOWER';

/** The two sides of an axis, as the derivation names them. */
const SIDE = {
  before: { symbol: 'pb', where: 'before (top/left)' },
  after: { symbol: 'pa', where: 'after (bottom/right)' },
} as const;

/** `ke = d(k−1)+1`: how many padded cells one window spans. */
export function effectiveKernel(k: number, d: number): number {
  return d * (k - 1) + 1;
}

/**
 * The least total padding of one axis that gives `o` output cells,
 * `(o−1)·s + ke − n` (cells): what `o` windows span minus the input, so that
 * `⌊(n + P − ke)/s⌋ + 1 = o`. Negative when fewer cells than the input suffice.
 */
export function paddingForOutput(o: number, n: number, s: number, ke: number): number {
  return (o - 1) * s + ke - n;
}

/**
 * SAME's total padding of one axis before any clamp, `(⌈n/s⌉−1)·s + ke − n`
 * (cells; design.md, Semantics): `paddingForOutput` for `⌈n/s⌉` cells.
 * Negative when the stride skips more than the kernel covers; TF clamps it
 * with `max(·, 0)` (`axisPadding`), ONNX's auto_pad spec does not.
 */
export function sameTotalPadding(n: number, s: number, ke: number): number {
  return paddingForOutput(Math.ceil(n / s), n, s, ke);
}

/**
 * Padding of one axis for a pad spec. `explicit` = the given before/after
 * (from `T,B` or `L,R`); `axis` matters only to `causal`, which pads the
 * width (time) axis.
 */
export function axisPadding(
  kind: PadKind,
  g: AxisGeometry,
  explicit: { before: number; after: number } = { before: 0, after: 0 },
  axis: Axis = 'w',
): AxisPadding {
  const { n, k, s, d } = g;
  const ke = effectiveKernel(k, d);
  const steps: DerivationStep[] = [
    { label: 'effective kernel', symbol: 'ke', formula: 'd·(k−1)+1', substituted: `${d}·(${k}−1)+1`, value: ke },
  ];
  const both = (before: number, after: number): AxisPadding => ({ ke, before, after, steps });

  switch (kind) {
    case 'valid':
      steps.push({ label: 'valid: no padding', symbol: 'pb = pa', formula: '0', substituted: '', value: 0 });
      return both(0, 0);
    case 'same':
    case 'same-lower': {
      const o = Math.ceil(n / s);
      const total = Math.max(sameTotalPadding(n, s, ke), 0);
      const small = Math.floor(total / 2);
      const source = kind === 'same' ? TF_SAME_SOURCE : ONNX_LOWER_SOURCE;
      steps.push(
        { label: 'target output', symbol: 'o', formula: '⌈n/s⌉', substituted: `⌈${n}/${s}⌉`, value: o, source },
        {
          label: 'total padding',
          symbol: 'P',
          formula: 'max((o−1)·s + ke − n, 0)',
          substituted: `max((${o}−1)·${s} + ${ke} − ${n}, 0)`,
          value: total,
          source,
        },
      );
      // SAME puts the odd cell after (bottom/right), SAME_LOWER before (top/left): one split, mirrored.
      const [even, odd] = kind === 'same' ? [SIDE.before, SIDE.after] : [SIDE.after, SIDE.before];
      steps.push(
        { label: `padding ${even.where}`, symbol: even.symbol, formula: '⌊P/2⌋', substituted: `⌊${total}/2⌋`, value: small },
        {
          label: `padding ${odd.where} takes the odd cell`,
          symbol: odd.symbol,
          formula: `P − ${even.symbol}`,
          substituted: `${total} − ${small}`,
          value: total - small,
        },
      );
      return kind === 'same' ? both(small, total - small) : both(total - small, small);
    }
    case 'full': {
      const p = ke - 1;
      steps.push({
        label: 'full: every window that touches the input',
        symbol: 'pb = pa',
        formula: 'ke − 1',
        substituted: `${ke} − 1`,
        value: p,
        source: 'Theano conv2d border_mode="full"',
      });
      return both(p, p);
    }
    case 'half': {
      const p = Math.floor(ke / 2);
      steps.push({
        label: 'half: keeps the size for odd kernels at stride 1',
        symbol: 'pb = pa',
        formula: '⌊ke/2⌋',
        substituted: `⌊${ke}/2⌋`,
        value: p,
        source: 'Theano conv2d border_mode="half"',
      });
      return both(p, p);
    }
    case 'causal': {
      // Keras Conv1D(padding='causal'): the output at t sees inputs up to t only, so all padding goes before.
      const p = axis === 'w' ? ke - 1 : 0;
      steps.push(
        {
          label: axis === 'w' ? 'causal: all padding before (left), so no output sees a later input' : 'causal pads the width (time) axis only',
          symbol: 'pb',
          formula: axis === 'w' ? 'ke − 1' : '0',
          substituted: axis === 'w' ? `${ke} − 1` : '',
          value: p,
          source: "Keras Conv1D(padding='causal')",
        },
        { label: 'causal: nothing after', symbol: 'pa', formula: '0', substituted: '', value: 0 },
      );
      return both(p, 0);
    }
    case 'explicit':
      steps.push(
        { label: 'padding before, as given', symbol: 'pb', formula: String(explicit.before), substituted: '', value: explicit.before },
        { label: 'padding after, as given', symbol: 'pa', formula: String(explicit.after), substituted: '', value: explicit.after },
      );
      return both(explicit.before, explicit.after);
  }
}

/**
 * Output length of one axis of a convolution, the one copy of design.md's
 * `o = ⌊(np − ke)/s⌋ + 1` with `np = pb + n + pa` the padded size (cells);
 * 0 when one window (`ke` cells) does not fit in `np`.
 */
export function outputLength(padded: number, ke: number, s: number): number {
  return padded < ke ? 0 : Math.floor((padded - ke) / s) + 1;
}

/**
 * `(np − ke) mod s`: the trailing padded cells `floor` never reads, after the
 * last window (cells); 0 when no window fits.
 */
export function floorRemainder(padded: number, ke: number, s: number): number {
  return padded < ke ? 0 : (padded - ke) % s;
}

/**
 * How an axis rounds its window count: `floor` (every convolution, pooling by
 * default) or `ceil` (pooling `ceil_mode=True`, Caffe's pooling).
 */
export type Rounding = 'floor' | 'ceil';

/**
 * Output length of one pooling axis (cells), PyTorch's `pooling_output_shape`
 * and Caffe's: `o = ⌊(np − ke)/s⌋ + 1`, or with `ceil` `⌈(np − ke)/s⌉ + 1`
 * less the last window when it would start at or past `n + pb` (it must start
 * inside the input or the top/left padding; `removed` says it was dropped).
 * With `ceil` one window may hang past `np`. Below 1 the layer is empty.
 */
export function poolOutputLength(
  padded: number,
  ke: number,
  s: number,
  n: number,
  before: number,
  rounding: Rounding,
): { readonly out: number; readonly removed: boolean } {
  if (rounding === 'floor') return { out: outputLength(padded, ke, s), removed: false };
  // Floor division of a possibly negative numerator, as PyTorch's div_rtn.
  const ceilOut = Math.floor((padded - ke + s - 1) / s) + 1;
  const removed = ceilOut >= 1 && (ceilOut - 1) * s >= n + before;
  return { out: Math.max(0, removed ? ceilOut - 1 : ceilOut), removed };
}

/**
 * Trailing grid cells after the last window (cells): for `floor` this is
 * `(np − ke) mod s`; after a window removed by the last-window rule, every
 * cell past the kept windows.
 */
export function trailingUnread(padded: number, ke: number, s: number, out: number): number {
  return out < 1 ? 0 : Math.max(0, padded - ((out - 1) * s + ke));
}

/**
 * Steps shared by every pad spec once the pads are known: padded size,
 * output size (floor, or ceil with the last-window rule), remainder.
 */
export function sizeSteps(n: number, ke: number, s: number, before: number, after: number, rounding: Rounding = 'floor'): DerivationStep[] {
  const padded = before + n + after;
  const steps: DerivationStep[] = [
    { label: 'padded size', symbol: 'np', formula: 'pb + n + pa', substituted: `${before} + ${n} + ${after}`, value: padded },
  ];
  if (rounding === 'ceil') return [...steps, ...ceilSteps(n, ke, s, before, padded)];
  if (padded < ke) return steps;
  const out = outputLength(padded, ke, s);
  steps.push(
    {
      label: 'output size',
      symbol: 'o',
      formula: '⌊(np − ke)/s⌋ + 1',
      substituted: `⌊(${padded} − ${ke})/${s}⌋ + 1`,
      value: out,
    },
    {
      label: 'trailing cells floor drops',
      symbol: 'r',
      formula: '(np − ke) mod s',
      substituted: `(${padded} − ${ke}) mod ${s}`,
      value: floorRemainder(padded, ke, s),
    },
  );
  return steps;
}

const CEIL_SOURCE = 'PyTorch pooling ceil_mode=True (pooling_output_shape); Caffe pooling; ONNX ceil_mode=1';

/** The ceil_mode output size: round up, then PyTorch's last-window rule, then the overhang past `np`. */
function ceilSteps(n: number, ke: number, s: number, before: number, padded: number): DerivationStep[] {
  const up = Math.floor((padded - ke + s - 1) / s) + 1;
  const { out, removed } = poolOutputLength(padded, ke, s, n, before, 'ceil');
  const steps: DerivationStep[] = [
    {
      label: 'windows, rounded up',
      symbol: 'o′',
      formula: '⌈(np − ke)/s⌉ + 1',
      substituted: `⌈(${padded} − ${ke})/${s}⌉ + 1`,
      value: up,
      source: CEIL_SOURCE,
    },
  ];
  if (up < 1) return steps;
  const start = (up - 1) * s;
  steps.push({
    label: removed
      ? 'last window starts past the input and the top/left padding: removed'
      : 'last window starts inside the input or the top/left padding: kept',
    symbol: 'o',
    formula: removed ? 'o′ − 1, since (o′−1)·s ≥ n + pb' : 'o′, since (o′−1)·s < n + pb',
    substituted: `(${up}−1)·${s} = ${start} ${removed ? '≥' : '<'} ${n} + ${before}`,
    value: out,
    source: CEIL_SOURCE,
  });
  if (out < 1) return steps;
  const overhang = Math.max(0, (out - 1) * s + ke - padded);
  steps.push({
    label: 'cells the last window hangs past the padding (never counted)',
    symbol: 'h',
    formula: 'max((o−1)·s + ke − np, 0)',
    substituted: `max((${out}−1)·${s} + ${ke} − ${padded}, 0)`,
    value: overhang,
  });
  return steps;
}
