/**
 * Keras 3 export of a transposed convolution: `Conv2DTranspose(padding=
 * 'same'|'valid', output_padding=)` alone when Keras' own rule gives the
 * Plan's window (core derives Keras' same/valid), else
 * `Conv2DTranspose(padding='valid', output_padding=tail)` (the uncropped
 * output) → `Cropping2D` → `ZeroPadding2D` for rows past it. Keras has no
 * groups for Conv2DTranspose (a dense kernel with zeros across groups) and
 * refuses stride > 1 with dilation > 1 (the dilation baked into the kernel).
 * Sources: keras/src/layers/convolutional/base_conv_transpose.py,
 * keras/src/backend/common/backend_utils.py.
 */
import { derivePlan, type Plan } from '../../core';
import { convtCode, convtDilated, convtStrided, convtSummary, tfAxisForm, type ConvtCode, type TfAxisForm } from './convtFacts';
import { hwoiKernel } from './convtKernel';
import type { Snippet } from './facts';
import { pyList, pyTuple } from './sourceLiterals';
import { keras3Header, pyInputLines } from './tfCommon';

export interface KerasConvt {
  readonly c: ConvtCode;
  /** Stride > 1 with dilation > 1: Keras refuses the pair, the kernel is dilated with zeros. */
  readonly bake: boolean;
  /** Keras' own padding word when the layer alone is the Plan; null when a crop follows. */
  readonly word: 'same' | 'valid' | null;
  /** `output_padding=` of the layer alone: null leaves it out (Keras' None: n·s for same). */
  readonly outputPadding: readonly [number, number] | null;
  /** The general form per axis (used when `word` is null). */
  readonly h: TfAxisForm;
  readonly w: TfAxisForm;
}

/**
 * Keras' output_padding is one tuple: None for both axes, or numbers for
 * both — and 0 is not None (`same` with 0 outputs (n−1)s + ke mod 2, not
 * n·s). Padlab's q = 0 is None, so an axis with q = 0 next to one with
 * q > 0 has no Keras spelling; each q must also be below the stride.
 */
function kerasOutputPadding(c: ConvtCode): { ok: boolean; value: readonly [number, number] | null } {
  const { h, w } = c;
  if (h.q === 0 && w.q === 0) return { ok: true, value: null };
  return { ok: h.q > 0 && w.q > 0 && h.q < h.s && w.q < w.s, value: [h.q, w.q] };
}

/** Which Keras form says the Plan (core derives Keras' same and valid for the same q). */
export function kerasConvt(plan: Plan): KerasConvt {
  const c = convtCode(plan);
  const op = kerasOutputPadding(c);
  let word: KerasConvt['word'] = null;
  if (op.ok) {
    // The configuration's own word first: both can fit (k < s), and the user chose one.
    const kinds = plan.config.pad.kind === 'valid' ? (['valid', 'same'] as const) : (['same', 'valid'] as const);
    for (const kind of kinds) {
      const other = derivePlan({ ...plan.config, pad: { kind } });
      if (!other.ok || word) continue;
      const o = convtCode(other);
      if (o.h.T === c.h.T && o.h.out === c.h.out && o.w.T === c.w.T && o.w.out === c.w.out) word = kind;
    }
  }
  return { c, bake: convtStrided(c) && convtDilated(c), word, outputPadding: op.value, h: tfAxisForm(c.h), w: tfAxisForm(c.w) };
}

/** `Conv2DTranspose(...)` with a padding word, an output_padding (null: left out) and the dilation when not baked. */
export function kerasConvtLayer(k: KerasConvt, padding: 'same' | 'valid', outputPadding: readonly [number, number] | null, extra = ''): string {
  const { c } = k;
  const [kh, kw] = k.bake ? [c.h.ke, c.w.ke] : [c.h.k, c.w.k];
  const dilation = !k.bake && convtDilated(c) ? `, dilation_rate=${pyTuple(c.h.d, c.w.d)}` : '';
  const op = outputPadding ? `, output_padding=${pyTuple(...outputPadding)}` : '';
  return `Conv2DTranspose(${c.F}, ${pyTuple(kh, kw)}, strides=${pyTuple(c.h.s, c.w.s)}, padding='${padding}'${op}${dilation}${extra})`;
}

/** The layers after the general form's Conv2DTranspose: a Cropping2D and a ZeroPadding2D, each when needed. */
export function kerasConvtTail(k: KerasConvt): string[] {
  const { h, w } = k;
  const out: string[] = [];
  if (h.cropStart + h.cropEnd + w.cropStart + w.cropEnd > 0) out.push(`Cropping2D(((${h.cropStart}, ${h.cropEnd}), (${w.cropStart}, ${w.cropEnd})))`);
  if (h.zeros + w.zeros > 0) out.push(`ZeroPadding2D(((0, ${h.zeros}), (0, ${w.zeros})))`);
  return out;
}

/** The exact Keras line for the table: the layer alone, or the general form with its tail. */
export function kerasConvtLine(k: KerasConvt): string {
  if (k.word) return kerasConvtLayer(k, k.word, k.outputPadding);
  return [kerasConvtLayer(k, 'valid', [k.h.tail, k.w.tail]), ...kerasConvtTail(k)].join(' → ');
}

/** Why a workaround is used, for the snippet's note and the table. */
export function kerasConvtNotes(k: KerasConvt): string[] {
  const { c } = k;
  return [
    c.g > 1 ? `Keras' Conv2DTranspose has no groups: the kernel is dense, with zeros between a channel and the filters of other groups (${c.g} groups).` : '',
    k.bake ? 'Keras refuses strides > 1 with dilation_rate > 1: the dilation is baked into the kernel as zeros between the taps.' : '',
    !k.word ? "Keras' padding='same'/'valid' cannot say these crops: padding='valid' gives the uncropped output, Cropping2D cuts it." : '',
  ].filter(Boolean);
}

/** The Keras 3 snippet for a transposed-convolution Plan. */
export function kerasConvtSnippet(plan: Plan): Snippet {
  const k = kerasConvt(plan);
  const { c } = k;
  const kernel = hwoiKernel(plan, c, k.bake);
  const [kh, kw, F, C] = kernel.shape;
  const f = { C: c.C, H: c.h.n, W: c.w.n };
  const lines = [
    ...keras3Header(convtSummary(c), null),
    '',
    ...pyInputLines(plan, f),
    '',
    `# Conv2DTranspose's kernel is (KH, KW, filters, in_channels) = (${kh}, ${kw}, ${F}, ${C}): out before in, unlike Conv2D's.`,
    `kernel = np.array(${pyList(kernel.values, kw * F * C)}, dtype=np.float64).reshape(${kh}, ${kw}, ${F}, ${C})`,
    '',
    `inputs = keras.Input((${c.h.n}, ${c.w.n}, ${c.C}))  # NHWC without the batch axis`,
  ];
  if (k.word) {
    lines.push(
      `# padding='${k.word}'${k.outputPadding ? ` with output_padding=${pyTuple(...k.outputPadding)}` : ' (output_padding None)'} crops exactly (top, bottom, left, right) = (${c.h.T}, ${c.h.B}, ${c.w.T}, ${c.w.B}) here.`,
      `conv = keras.layers.${kerasConvtLayer(k, k.word, k.outputPadding, ', use_bias=False')}`,
      'h = conv(inputs)',
    );
  } else {
    lines.push(
      `# padding='valid' with output_padding=${pyTuple(k.h.tail, k.w.tail)} gives the uncropped ${c.h.full + k.h.tail}×${c.w.full + k.w.tail} output;`,
      '# the crops follow as layers of their own.',
      `conv = keras.layers.${kerasConvtLayer(k, 'valid', [k.h.tail, k.w.tail], ', use_bias=False')}`,
      'h = conv(inputs)',
      ...kerasConvtTail(k).map((layer) => `h = keras.layers.${layer}(h)`),
    );
  }
  lines.push(
    'model = keras.Model(inputs, h)',
    'conv.set_weights([kernel])',
    '',
    'y = model.predict(x, verbose=0)',
    `out = y.transpose(0, 3, 1, 2)  # NHWC -> NCHW: shape (1, ${c.F}, ${c.h.out}, ${c.w.out})`,
    'print(out)',
    '',
  );
  const notes = kerasConvtNotes(k);
  const code = lines.join('\n');
  return notes.length > 0 ? { code, note: notes.join(' ') } : { code };
}
