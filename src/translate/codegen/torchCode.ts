/**
 * PyTorch export: `nn.Conv2d` when its own `padding=`/`padding_mode=` can
 * express the Plan, else `F.pad` (or a symmetric helper, since PyTorch has no
 * symmetric mode) followed by `F.conv2d`. float64, batch 1; the result is
 * `out` (N×F×OH×OW), printed, then printed again as one machine-readable
 * `PADLAB_OUT` JSON line (scripts/verify runs the snippet and reads it).
 */
import type { Plan } from '../../core';
import { planFacts, summary, type Facts, type Snippet } from './facts';
import { pyList, pyTuple } from './sourceLiterals';

/** PyTorch's `padding_mode` for the Plan's mode, when it has one that matches. */
export const TORCH_MODE: Partial<Record<Facts['mode'], string>> = {
  zeros: 'zeros',
  reflect: 'reflect',
  replicate: 'replicate',
  circular: 'circular',
};

export const SYMMETRIC_HELPER = `def symmetric_pad(x, left, right, top, bottom):
    """numpy.pad(mode='symmetric') / TF 'SYMMETRIC': mirror that repeats the edge cell
    (b a | a b c d | d c). PyTorch's F.pad has no such mode ('reflect' skips the edge)."""
    w = x.shape[3]
    x = torch.cat([x[:, :, :, :left].flip(3), x, x[:, :, :, w - right:].flip(3)], dim=3)
    h = x.shape[2]
    return torch.cat([x[:, :, :top].flip(2), x, x[:, :, h - bottom:].flip(2)], dim=2)
`;

/** The `padding=` argument nn.Conv2d would need, or null when it cannot express the pads. */
export function convPadding(f: Facts): string | null {
  if (f.noPad) return '0';
  const modeFits = f.zeroFill || TORCH_MODE[f.mode] !== undefined;
  if (!modeFits) return null;
  if (f.symmetric) return pyTuple(f.T, f.L);
  // 'same' pads asymmetrically (extra cell bottom/right) for any padding_mode in torch >= 1.9.
  if (f.torchSame) return "'same'";
  return null;
}

/** Comment explaining the padding that is used, shown above the call. */
function padComment(f: Facts, padding: string | null): string {
  if (f.noPad) return '# No padding: the padding mode never applies.';
  if (padding === "'same'") {
    return `# padding='same' (stride 1 only) pads (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}): the odd cell goes bottom/right, as in TF.`;
  }
  if (padding !== null) return `# nn.Conv2d pads ${f.T} row(s) top and bottom, ${f.L} column(s) left and right.`;
  const why = !f.symmetric
    ? 'nn.Conv2d pads both sides of an axis equally, these pads are asymmetric'
    : f.mode === 'symmetric'
      ? "PyTorch has no 'symmetric' padding_mode"
      : 'padding_mode has no constant value';
  return `# ${why}: pad first (F.pad takes (left, right, top, bottom)), then convolve with no padding.`;
}

/** The `xp = ...` line(s) that pad the input when nn.Conv2d cannot. */
function padLine(f: Facts): string {
  const lrtb = `(${f.L}, ${f.R}, ${f.T}, ${f.B})`;
  if (f.mode === 'symmetric') return `xp = symmetric_pad(x, ${f.L}, ${f.R}, ${f.T}, ${f.B})`;
  if (f.zeroFill) return `xp = F.pad(x, ${lrtb})  # zeros`;
  if (f.mode === 'constant') return `xp = F.pad(x, ${lrtb}, mode='constant', value=${f.fill})`;
  return `xp = F.pad(x, ${lrtb}, mode='${f.mode}')`;
}

/** Why a workaround is used, for the UI (undefined when nn.Conv2d does it all). */
function torchNote(f: Facts, padding: string | null): string | undefined {
  const notes: string[] = [];
  if (padding === null) {
    if (!f.symmetric) notes.push('nn.Conv2d pads both sides of an axis equally, so asymmetric pads go through F.pad.');
    if (f.mode === 'symmetric') notes.push('PyTorch has no symmetric padding mode: the snippet mirrors with torch.cat of flipped slices.');
    else if (f.mode === 'constant' && !f.zeroFill) notes.push('padding_mode has no constant value: F.pad(..., value=) does it.');
  }
  if (f.flip) notes.push('PyTorch computes cross-correlation: the kernel is flipped for true convolution.');
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** The PyTorch snippet for a Plan. */
export function torchSnippet(plan: Plan): Snippet {
  const f = planFacts(plan);
  const padding = convPadding(f);
  const stride = pyTuple(f.sh, f.sw);
  const dilation = pyTuple(f.dh, f.dw);
  const lines: string[] = [
    `# Padlab export (PyTorch): ${summary(f)}`,
    'import json',
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
  ];
  if (padding === null && f.mode === 'symmetric') lines.push(SYMMETRIC_HELPER);
  lines.push(
    `# Input, batch 1: (N, C, H, W) = (1, ${f.C}, ${f.H}, ${f.W}), one row per line.`,
    `x = torch.tensor(${pyList(plan.input, f.W)}, dtype=torch.float64).reshape(1, ${f.C}, ${f.H}, ${f.W})`,
    '',
    f.g > 1
      ? `# Kernel in PyTorch's OIHW order, grouped: (out, in / groups, KH, KW) = (${f.F}, ${f.C / f.g}, ${f.KH}, ${f.KW}); filter f reads group f // ${f.F / f.g}'s channels.`
      : `# Kernel in PyTorch's OIHW order: (out, in, KH, KW) = (${f.F}, ${f.C}, ${f.KH}, ${f.KW}).`,
    `w = torch.tensor(${pyList(plan.weights, f.KW)}, dtype=torch.float64).reshape(${f.F}, ${f.C / f.g}, ${f.KH}, ${f.KW})`,
  );
  if (f.flip) {
    lines.push(
      '# True convolution: conv2d is cross-correlation, so rotate the kernel 180° (flip rows and columns).',
      'w = torch.flip(w, [2, 3])',
    );
  }
  lines.push('');
  if (f.causal) {
    lines.push(`# Causal (Keras Conv1D(padding='causal')): ke - 1 = ${f.L} column(s) on the left only, so output t reads inputs up to t.`);
    if (f.oneD) {
      lines.push(`# As a 1-D layer: F.pad(x1d, (${f.L}, 0)) then nn.Conv1d(${f.C}, ${f.F}, ${f.KW}, stride=${f.sw}, dilation=${f.dw}${f.g > 1 ? `, groups=${f.g}` : ''}).`);
    }
  }
  lines.push(padComment(f, padding));
  const groups = f.g > 1 ? `, groups=${f.g}` : '';
  if (padding !== null) {
    const modeArg = f.noPad || f.zeroFill ? '' : `, padding_mode='${TORCH_MODE[f.mode] ?? 'zeros'}'`;
    lines.push(
      `conv = nn.Conv2d(${f.C}, ${f.F}, ${pyTuple(f.KH, f.KW)}, stride=${stride}, padding=${padding}, ` +
        `dilation=${dilation}${groups}, bias=False${modeArg}, dtype=torch.float64)`,
      'with torch.no_grad():',
      '    conv.weight.copy_(w)',
      '    out = conv(x)',
    );
  } else {
    lines.push(padLine(f), `out = F.conv2d(xp, w, stride=${stride}, dilation=${dilation}${groups})`);
  }
  lines.push(
    '',
    `print(out)  # shape (1, ${f.F}, ${f.OH}, ${f.OW})`,
    'print("PADLAB_OUT", json.dumps(out.flatten().tolist()))',
    '',
  );
  const note = torchNote(f, padding);
  return note === undefined ? { code: lines.join('\n') } : { code: lines.join('\n'), note };
}
