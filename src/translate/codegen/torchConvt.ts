/**
 * PyTorch export of a transposed convolution: `nn.ConvTranspose2d(padding=,
 * output_padding=, groups=, dilation=)` when its symmetric crop and its
 * output padding say the Plan's window (convtFacts `torchAxisForm`), else
 * the same layer with a smaller symmetric `padding` and a slice of its
 * output — PyTorch has no asymmetric crop. float64, batch 1; prints the
 * output and one `PADLAB_OUT` JSON line (scripts/verify runs it).
 */
import type { Plan } from '../../core';
import { convtCode, convtSummary, torchAxisForm, type ConvtCode, type TorchAxisForm } from './convtFacts';
import type { Snippet } from './facts';
import { pyList, pyTuple } from './sourceLiterals';

/** `padding=(ph, pw), output_padding=(qh, qw)` of two axis forms. */
export const torchCropArgs = (fh: Pick<TorchAxisForm, 'padding' | 'outputPadding'>, fw: Pick<TorchAxisForm, 'padding' | 'outputPadding'>): string =>
  `padding=${pyTuple(fh.padding, fw.padding)}, output_padding=${pyTuple(fh.outputPadding, fw.outputPadding)}`;

/** The layer line with its crop arguments (`torchCropArgs`, or a string padding), shared with the framework table. */
export function torchConvtCall(c: ConvtCode, cropArgs: string, extra = ''): string {
  const { h, w } = c;
  return `nn.ConvTranspose2d(${c.C}, ${c.F}, ${pyTuple(h.k, w.k)}, stride=${pyTuple(h.s, w.s)}, ${cropArgs}, groups=${c.g}, dilation=${pyTuple(h.d, w.d)}${extra})`;
}

/** `[:, :, a:b, c:d]` for the axes that need a slice (`:` for the others), or null when none does. */
export function torchSlice(c: ConvtCode, fh: TorchAxisForm, fw: TorchAxisForm): string | null {
  if (fh.sliceStart === null && fw.sliceStart === null) return null;
  const part = (f: TorchAxisForm, out: number) => (f.sliceStart === null ? ':' : `${f.sliceStart}:${f.sliceStart + out}`);
  return `[:, :, ${part(fh, c.h.out)}, ${part(fw, c.w.out)}]`;
}

/** Why the snippet slices, for the UI; undefined when the layer alone is exact. */
function sliceNote(c: ConvtCode, fh: TorchAxisForm, fw: TorchAxisForm): string | undefined {
  if (fh.sliceStart === null && fw.sliceStart === null) return undefined;
  return (
    `ConvTranspose2d crops the same padding from both ends and adds output_padding (< stride or dilation) at the end only: ` +
    `these crops (top, bottom, left, right) = (${c.h.T}, ${c.h.B}, ${c.w.T}, ${c.w.B}) need a slice of its output.`
  );
}

/** The PyTorch snippet for a transposed-convolution Plan. */
export function torchConvtSnippet(plan: Plan): Snippet {
  const c = convtCode(plan);
  const { h, w } = c;
  const fh = torchAxisForm(h);
  const fw = torchAxisForm(w);
  const slice = torchSlice(c, fh, fw);
  const lines = [
    `# Padlab export (PyTorch): ${convtSummary(c)}`,
    'import json',
    'import torch',
    'import torch.nn as nn',
    '',
    `# Input, batch 1: (N, C, H, W) = (1, ${c.C}, ${h.n}, ${w.n}), one row per line.`,
    `x = torch.tensor(${pyList(plan.input, w.n)}, dtype=torch.float64).reshape(1, ${c.C}, ${h.n}, ${w.n})`,
    '',
    `# ConvTranspose2d's weight is (in, out / groups, KH, KW) = (${c.C}, ${c.F / c.g}, ${h.k}, ${w.k}): not Conv2d's (out, in, KH, KW).`,
    `w = torch.tensor(${pyList(plan.weights, w.k)}, dtype=torch.float64).reshape(${c.C}, ${c.F / c.g}, ${h.k}, ${w.k})`,
    '',
    `# Uncropped output (n - 1)·s + d·(k - 1) + 1 = ${h.full}×${w.full}. padding crops that many rows/columns`,
    '# from both ends, output_padding adds rows/columns at the end (only zeros padding_mode exists).',
    `conv = ${torchConvtCall(c, torchCropArgs(fh, fw), ', bias=False, dtype=torch.float64')}`,
    'with torch.no_grad():',
    '    conv.weight.copy_(w)',
    '    y = conv(x)',
  ];
  if (slice) {
    lines.push(
      `# PyTorch crops symmetrically: keep rows ${fh.sliceStart ?? 0}..${(fh.sliceStart ?? 0) + h.out - 1} and columns ${fw.sliceStart ?? 0}..${(fw.sliceStart ?? 0) + w.out - 1}`,
      `# of its ${h.full + fh.outputPadding - 2 * fh.padding}×${w.full + fw.outputPadding - 2 * fw.padding} output for the crops (top, bottom, left, right) = (${h.T}, ${h.B}, ${w.T}, ${w.B}).`,
      `out = y${slice}`,
    );
  } else {
    lines.push('out = y');
  }
  lines.push('', `print(out)  # shape (1, ${c.F}, ${h.out}, ${w.out})`, 'print("PADLAB_OUT", json.dumps(out.flatten().tolist()))', '');
  const note = sliceNote(c, fh, fw);
  const code = lines.join('\n');
  return note === undefined ? { code } : { code, note };
}
