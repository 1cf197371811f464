/**
 * The PyTorch row of a transposed convolution. nn.ConvTranspose2d crops
 * `padding` from both ends of the uncropped output and adds
 * `output_padding` (< stride or dilation) at the end; it takes no string
 * padding and only the zeros padding_mode. Crops it cannot say symmetrically
 * are a slice of its output. Sources: torch/nn/modules/conv.py
 * (ConvTranspose2d, `_output_padding`), aten ConvUtils.h.
 */
import type { Plan } from '../../core';
import { convtCode, torchAxisForm, torchOutputPaddingLimit, type ConvtAxis } from '../codegen/convtFacts';
import { torchConvtCall, torchCropArgs, torchSlice } from '../codegen/torchConvt';
import { TORCH_CONVT_STRING_PADDING, torchOutputPaddingError } from './convtErrors';
import { convtVariantOutcome, exactConvtOutcome } from './convtOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow } from './types';

/**
 * What a PyTorch port writes for Keras' `same` (q = 0, output n·s): the
 * smallest symmetric `padding` whose `output_padding = s − ke + 2p` is below
 * the stride — `p = ⌈(ke − s)/2⌉`, `output_padding = (ke − s) mod 2`. It
 * crops one cell more at the top than TF when `ke − s` is odd.
 */
function sameIdiom(a: ConvtAxis): { padding: number; outputPadding: number } {
  const over = Math.max(a.ke - a.s, 0);
  return { padding: Math.ceil(over / 2), outputPadding: a.s - a.ke + 2 * Math.ceil(over / 2) };
}

/** An output padding PyTorch refuses on this axis (at stride 1 an odd ke − s needs 1). */
const tooMuch = (a: ConvtAxis, q: number) => q >= torchOutputPaddingLimit(a);

/** The PyTorch row of a transposed-convolution Plan. */
export function torchConvtRow(plan: Plan): FrameworkRow {
  const c = convtCode(plan);
  const kind = plan.config.pad.kind;
  const fh = torchAxisForm(c.h);
  const fw = torchAxisForm(c.w);
  const attempts: Attempt[] = [];
  if (kind === 'same' || kind === 'valid' || kind === 'same-lower') {
    const word = kind === 'valid' ? 'valid' : 'same';
    attempts.push({
      role: 'literal',
      code: torchConvtCall(c, `padding='${word}'`),
      outcome: { kind: 'error', error: TORCH_CONVT_STRING_PADDING },
      note: 'raised when the layer is called: ConvTranspose2d takes integer crops only',
    });
  }
  const slice = torchSlice(c, fh, fw);
  attempts.push({ role: 'exact', code: `${torchConvtCall(c, torchCropArgs(fh, fw))}${slice ? ` → y${slice}` : ''}`, outcome: exactConvtOutcome(plan) });
  if (kind === 'same' && c.h.q === 0 && c.w.q === 0) {
    const ih = sameIdiom(c.h);
    const iw = sameIdiom(c.w);
    attempts.push({
      role: 'idiom',
      code: `${torchConvtCall(c, torchCropArgs(ih, iw))}  # ⌈(ke−s)/2⌉, (ke−s) mod 2`,
      outcome: tooMuch(c.h, ih.outputPadding) || tooMuch(c.w, iw.outputPadding)
        ? { kind: 'error', error: torchOutputPaddingError([ih.outputPadding, iw.outputPadding], [c.h.s, c.w.s], [c.h.d, c.w.d]) }
        : convtVariantOutcome(plan, {
            pad: { kind: 'explicit', top: ih.padding, bottom: ih.padding, left: iw.padding, right: iw.padding },
            opad: { h: ih.outputPadding, w: iw.outputPadding },
          }),
      note: 'the same size as TF; when ke − s is odd it crops the odd cell at the top/left, TF at the bottom/right',
    });
  }
  return {
    id: 'torch',
    name: TABLE_FRAMEWORK_LABEL.torch,
    attempts,
    extraStep: slice ? 'ConvTranspose2d crops the same padding from both ends and pads the output only at the end: slice its output' : null,
  };
}
