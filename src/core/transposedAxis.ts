/**
 * One axis of a transposed convolution (design.md, `convt`), in cells: the
 * uncropped output `full = (n−1)s + ke`, what is cropped from it (explicit
 * pads are crops; Keras/TF `same`/`valid` decide the crop from the output
 * size), the output padding `q`, and the direct-convolution picture the grid
 * draws — `s−1` zeros inserted between input cells, a border of `ke−1−T`
 * before and `ke−1−B+q` after (negative = cropped), a window sliding at
 * stride 1. Pure arithmetic; frameworks are cited, not imported.
 */
import type { Axis, PadKind, PadSpec } from './config';
import type { DerivedAxis } from './axisDerivation';
import { effectiveKernel, type AxisGeometry } from './axisPadding';
import { CONSTANT } from './indexMap';
import type { DerivationStep } from './derivationSteps';

/** What a transposed axis adds to the direct picture's DerivedAxis. */
export interface TransposedAxisFacts {
  /** The layer's stride `s` (the direct picture's window moves 1 cell). */
  readonly stride: number;
  /** Output padding `q` (`output_padding`). */
  readonly q: number;
  /** Uncropped output `(n−1)s + ke`. */
  readonly full: number;
  /** Cells cropped from the top/left of `full` (T or L; Keras/TF's `⌊P/2⌋` for same). */
  readonly cropBefore: number;
  /** Cells cropped from the bottom/right of `full + q`; negative when the output runs past `full` (zeros there). */
  readonly cropAfter: number;
  /** Length of the zero-inserted input, `(n−1)s + 1`. */
  readonly span: number;
  /** For each padded position: true for a zero inserted between two input cells. */
  readonly inserted: readonly boolean[];
}

export type TransposedAxis = DerivedAxis & { readonly transposed: TransposedAxisFacts };

/**
 * Whether one axis's output padding `q` is accepted: Keras/TF `same`/`valid`
 * need `q < s` (Conv2DTranspose: "Stride … must be greater than output
 * padding"), every other spec PyTorch's `q < s or q < d` ("output padding
 * must be smaller than either stride or dilation"). The Plan's check and the
 * solver's both read this.
 */
export function outputPaddingAllowed(kind: PadKind, s: number, d: number, q: number): boolean {
  return kind === 'same' || kind === 'valid' ? q < s : q < s || q < d;
}

/**
 * PyTorch 1.13's refusal of an output padding (aten ConvUtils.h, the
 * transposed shape check), without the exception type; `q`, `s`, `d` are
 * `[height, width]`.
 */
export function torchOutputPaddingMessage(q: readonly [number, number], s: readonly [number, number], d: readonly [number, number]): string {
  return (
    'output padding must be smaller than either stride or dilation, but got ' +
    `output_padding_height: ${q[0]} output_padding_width: ${q[1]} stride_height: ${s[0]} stride_width: ${s[1]} dilation_height: ${d[0]} dilation_width: ${d[1]}`
  );
}

/**
 * ONNX ConvTranspose's crop for an output of `out` cells on one axis
 * (onnx Operators.md): `total = (n−1)s + output_padding + ke − out`, i.e.
 * `full + q − out` — output padding counted in the crop, unlike Keras —
 * split with the odd cell at the end (`upper`: SAME_UPPER) or at the start.
 * A negative total has no valid ONNX pads.
 */
export function onnxTransposedCrop(full: number, q: number, out: number, upper: boolean): { readonly total: number; readonly start: number } {
  const total = full + q - out;
  return { total, start: upper ? Math.floor(total / 2) : total - Math.floor(total / 2) };
}

const KERAS_SOURCE = 'Keras Conv2DTranspose / tf.nn.conv2d_transpose (conv_utils.deconv_output_length)';
const TORCH_SOURCE = 'PyTorch ConvTranspose2d(padding, output_padding)';

/** `T,B` or `L,R` of an explicit spec. */
function sides(pad: PadSpec, axis: Axis): { before: number; after: number } {
  if (pad.kind !== 'explicit') return { before: 0, after: 0 };
  return axis === 'h' ? { before: pad.top, after: pad.bottom } : { before: pad.left, after: pad.right };
}

/**
 * The crop and output size of one axis for a pad spec that a transposed
 * convolution takes (explicit, same, same-lower, valid), with its steps.
 */
function outputAndCrop(pad: PadSpec, axis: Axis, n: number, s: number, ke: number, q: number): { out: number; crop: number; steps: DerivationStep[] } {
  const full = (n - 1) * s + ke;
  if (pad.kind === 'explicit') {
    const { before: t, after: b } = sides(pad, axis);
    const out = full + q - t - b;
    return {
      out,
      crop: t,
      steps: [
        { label: 'cropped before (top/left), as given', symbol: 'T', formula: String(t), substituted: '', value: t, source: TORCH_SOURCE },
        { label: 'cropped after (bottom/right), as given', symbol: 'B', formula: String(b), substituted: '', value: b },
        { label: 'output size', symbol: 'o', formula: 'full + q − T − B', substituted: `${full} + ${q} − ${t} − ${b}`, value: out },
      ],
    };
  }
  if (pad.kind === 'valid') {
    const out = q === 0 ? n * s + Math.max(ke - s, 0) : full + q;
    const formula = q === 0 ? 'n·s + max(ke − s, 0)' : '(n−1)·s + ke + q';
    const substituted = q === 0 ? `${n}·${s} + max(${ke} − ${s}, 0)` : `(${n}−1)·${s} + ${ke} + ${q}`;
    return {
      out,
      crop: 0,
      steps: [
        { label: 'valid: output size', symbol: 'o', formula, substituted, value: out, source: KERAS_SOURCE },
        { label: 'valid: nothing cropped', symbol: 'T', formula: '0', substituted: '', value: 0 },
      ],
    };
  }
  // same (Keras/TF) and same-lower (its mirror, ONNX SAME_LOWER): the output size decides the crop.
  const m = q === 0 ? n * s : full - 2 * Math.floor(ke / 2) + q;
  const total = Math.max(full - m, 0);
  const small = Math.floor(total / 2);
  const crop = pad.kind === 'same' ? small : total - small;
  return {
    out: m,
    crop,
    steps: [
      {
        label: 'same: output size',
        symbol: 'o',
        formula: q === 0 ? 'n·s' : '(n−1)·s + ke − 2·⌊ke/2⌋ + q',
        substituted: q === 0 ? `${n}·${s}` : `(${n}−1)·${s} + ${ke} − 2·⌊${ke}/2⌋ + ${q}`,
        value: m,
        source: KERAS_SOURCE,
      },
      { label: 'cells cropped in all', symbol: 'P', formula: 'max(full − o, 0)', substituted: `max(${full} − ${m}, 0)`, value: total },
      {
        label: pad.kind === 'same' ? 'cropped before (top/left)' : 'cropped before takes the odd cell (SAME_LOWER)',
        symbol: 'T',
        formula: pad.kind === 'same' ? '⌊P/2⌋' : 'P − ⌊P/2⌋',
        substituted: pad.kind === 'same' ? `⌊${total}/2⌋` : `${total} − ⌊${total}/2⌋`,
        value: crop,
      },
    ],
  };
}

/**
 * Derives one axis of a transposed convolution as its direct-convolution
 * picture. `g.s` is the layer's stride; the returned axis slides at `s = 1`.
 * The pad spec must be explicit, same, same-lower or valid (the caller refuses the others).
 */
export function deriveTransposedAxis(axis: Axis, g: AxisGeometry, pad: PadSpec, q: number): TransposedAxis {
  const { n, k, s, d } = g;
  const ke = effectiveKernel(k, d);
  const full = (n - 1) * s + ke;
  const span = (n - 1) * s + 1;
  const { out, crop, steps: cropSteps } = outputAndCrop(pad, axis, n, s, ke, q);
  const before = ke - 1 - crop;
  // The direct picture slides a window of ke at stride 1: np − ke + 1 = out.
  const padded = Math.max(out + ke - 1, 0);
  const after = padded - before - span;
  const source = Array.from({ length: padded }, (_, p) => {
    const u = p - before;
    return u >= 0 && u < span && u % s === 0 ? u / s : CONSTANT;
  });
  const inserted = source.map((src, p) => src === CONSTANT && p - before >= 0 && p - before < span);
  const steps: DerivationStep[] = [
    { label: 'effective kernel', symbol: 'ke', formula: 'd·(k−1)+1', substituted: `${d}·(${k}−1)+1`, value: ke },
    { label: 'uncropped output', symbol: 'full', formula: '(n−1)·s + ke', substituted: `(${n}−1)·${s} + ${ke}`, value: full },
    ...(q > 0 ? [{ label: 'output padding (rows/columns added after)', symbol: 'q', formula: String(q), substituted: '', value: q }] : []),
    ...cropSteps,
    { label: 'direct picture: zeros inserted between input cells', symbol: 's−1', formula: 's − 1', substituted: `${s} − 1`, value: s - 1 },
    { label: 'direct picture: border before (negative = cropped)', symbol: 'pb', formula: 'ke − 1 − T', substituted: `${ke} − 1 − ${crop}`, value: before },
    { label: 'direct picture: border after (negative = cropped)', symbol: 'pa', formula: 'o + ke − 1 − pb − ((n−1)·s + 1)', substituted: `${out} + ${ke} − 1 − ${before} − ${span}`, value: after },
  ];
  return {
    axis,
    n,
    k,
    s: 1,
    d,
    ke,
    before,
    after,
    padded,
    overhang: 0,
    out: Math.max(out, 0),
    removed: false,
    remainder: 0,
    source,
    isPadding: source.map((_, p) => p < before || p >= before + span),
    steps,
    transposed: { stride: s, q, full, cropBefore: crop, cropAfter: full + q - crop - out, span, inserted },
  };
}
