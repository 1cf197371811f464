/**
 * PyTorch export of a pooling layer: `nn.MaxPool2d` / `nn.AvgPool2d` when
 * their own `padding=` (both sides equal, at most ⌊k/2⌋), `ceil_mode` and
 * `count_include_pad` say the Plan; else `F.pad` first — with `-inf` for max
 * pooling, so padding never wins, and with the ceil window's overhang padded
 * too, so rounding down makes the same windows — or, for an average whose
 * divisor PyTorch cannot express, the window sum over the count of cells
 * that count. float64, batch 1; prints `out` and one `PADLAB_OUT` JSON line
 * (−∞ as null, as in golden/pool2d.json) for scripts/verify.
 * Sources: torch/nn/modules/pooling.py, aten Pool.h (`pooling_output_shape`).
 */
import type { Plan } from '../../core';
import type { Snippet } from './facts';
import { countedNote, poolCode, poolSummary, stepNote, type PoolCode } from './poolFacts';
import { pyList, pyTuple } from './sourceLiterals';

/** How the PyTorch code computes the Plan: the layer alone, a padding step then the layer, or sum ÷ count. */
export type TorchPoolForm = 'layer' | 'pad-then-layer' | 'sum-over-count';

export function torchPoolForm(pc: PoolCode): TorchPoolForm {
  if (pc.torchPadding) return 'layer';
  return pc.reduce === 'max' || pc.zeroPadAverage ? 'pad-then-layer' : 'sum-over-count';
}

/** What a PyTorch pooling module is given besides kernel and stride. */
export interface TorchPoolArgs {
  /** `padding=`: a pair (written when not 0, 0) or source text such as `'same'`. */
  readonly padding?: readonly [number, number] | string;
  readonly ceil?: boolean;
  /** Average only: false writes `count_include_pad=False` (True is PyTorch's default). */
  readonly countIncludePad?: boolean;
}

/**
 * `nn.MaxPool2d(...)` / `nn.AvgPool2d(...)`. The stride is always written:
 * PyTorch's default is the kernel, other frameworks' differ.
 */
export function torchPoolCall(pc: PoolCode, a: TorchPoolArgs): string {
  const { f } = pc;
  const args = [pyTuple(f.KH, f.KW), `stride=${pyTuple(f.sh, f.sw)}`];
  const p = a.padding;
  if (typeof p === 'string') args.push(`padding=${p}`);
  else if (p && (p[0] > 0 || p[1] > 0)) args.push(`padding=${pyTuple(p[0], p[1])}`);
  if (pc.dilated) args.push(`dilation=${pyTuple(f.dh, f.dw)}`);
  if (a.ceil) args.push('ceil_mode=True');
  if (pc.reduce === 'avg' && a.countIncludePad === false) args.push('count_include_pad=False');
  return `nn.${pc.reduce === 'max' ? 'MaxPool2d' : 'AvgPool2d'}(${args.join(', ')})`;
}

/**
 * The module for this Plan. `own`: it pads and rounds by itself (padding=,
 * ceil_mode, count_include_pad); otherwise it runs on an input already
 * padded (no padding, rounding down).
 */
export function torchPoolLayer(pc: PoolCode, own: boolean): string {
  if (!own || !pc.torchPadding) return torchPoolCall(pc, {});
  const padded = pc.torchPadding[0] > 0 || pc.torchPadding[1] > 0;
  return torchPoolCall(pc, { padding: pc.torchPadding, ceil: pc.ceil, countIncludePad: padded ? pc.countsPadding : undefined });
}

/** `F.pad(x, (left, right, top, bottom)…)` of the padding step (F.pad's order is last axis first). */
function padCall(pc: PoolCode, v: string): string {
  const [t, b, l, r] = pc.stepPads;
  return `F.pad(${v}, (${l}, ${r}, ${t}, ${b})${pc.reduce === 'max' ? ", value=float('-inf')" : ''})`;
}

/** `F.avg_pool2d(v, …, divisor_override=1)`: the window sum. */
const windowSum = (pc: PoolCode, v: string) =>
  `F.avg_pool2d(${v}, ${pyTuple(pc.f.KH, pc.f.KW)}, stride=${pyTuple(pc.f.sh, pc.f.sw)}, divisor_override=1)`;

/** The counted-cell mask: ones on the cells the divisor counts, zeros elsewhere, as a (1, C, HP, WP) tensor. */
function countedMask(pc: PoolCode): string {
  const [r0, r1] = pc.rows;
  const [c0, c1] = pc.cols;
  return `F.pad(torch.ones(1, ${pc.f.C}, ${r1 - r0}, ${c1 - c0}, dtype=torch.float64), (${c0}, ${pc.WP - c1}, ${r0}, ${pc.HP - r1}))`;
}

/** What the table's "exact" PyTorch line says: one line, `→` after a padding step. */
export function torchPoolLine(pc: PoolCode): { code: string; note?: string } {
  switch (torchPoolForm(pc)) {
    case 'layer':
      return { code: torchPoolLayer(pc, true) };
    case 'pad-then-layer':
      return { code: `${padCall(pc, 'x')} → ${torchPoolLayer(pc, false)}` };
    case 'sum-over-count':
      return {
        code: `${windowSum(pc, padCall(pc, 'x'))} / ${windowSum(pc, 'counted')}`,
        note: countedNote(pc),
      };
  }
}

/** Why the layer alone cannot do it, as a comment (null when it can). */
function whyStep(pc: PoolCode): string | null {
  if (pc.torchPadding) return null;
  const { f } = pc;
  const why = !f.symmetric
    ? 'pads both sides of an axis equally, and these pads are not'
    : `pads at most ⌊k/2⌋ = (${pc.torchLimit[0]}, ${pc.torchLimit[1]}) per side, and these pads are (${f.T}, ${f.L})`;
  const name = pc.reduce === 'max' ? 'nn.MaxPool2d' : 'nn.AvgPool2d';
  return `# ${name} ${why}: pad first.`;
}

/** The lines that compute `out` from `x`. */
function bodyLines(pc: PoolCode): string[] {
  const form = torchPoolForm(pc);
  const { f } = pc;
  if (form === 'layer') {
    const comment = f.noPad
      ? '# No padding.'
      : `# The layer pads ${f.T} row(s) top and bottom, ${f.L} column(s) left and right` +
        (pc.reduce === 'max' ? ' with -inf (padding never wins).' : pc.countsPadding ? ', counted in the divisor.' : ', not counted in the divisor.');
    return [comment, `pool = ${torchPoolLayer(pc, true)}`, 'out = pool(x)'];
  }
  const overhang = stepNote(pc);
  const lines = [whyStep(pc) ?? ''];
  if (form === 'pad-then-layer') {
    lines.push(
      pc.reduce === 'max'
        ? `# -inf padding never wins a max (zeros would, over negative inputs).${overhang}`
        : '# Zero padding counts in the divisor, as count_include_pad=True does.',
      `xp = ${padCall(pc, 'x')}`,
      `out = ${torchPoolLayer(pc, false)}(xp)`,
    );
    return lines;
  }
  lines.push(
    `# The average PyTorch cannot say in one layer: the window sum over the number of cells that count.${overhang}`,
    `xp = ${padCall(pc, 'x')}  # zeros add nothing to a sum`,
    '# 1 on the cells the divisor counts, 0 elsewhere (the same grid as xp).',
    `counted = ${countedMask(pc)}`,
    `out = ${windowSum(pc, 'xp')} / ${windowSum(pc, 'counted')}`,
  );
  return lines;
}

/** The PyTorch snippet of a pooling Plan. */
export function torchPoolSnippet(plan: Plan): Snippet {
  const pc = poolCode(plan);
  const { f } = pc;
  const lines = [
    `# Padlab export (PyTorch): ${poolSummary(pc)}`,
    'import json',
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    `# Input, batch 1: (N, C, H, W) = (1, ${f.C}, ${f.H}, ${f.W}), one row per line.`,
    `x = torch.tensor(${pyList(plan.input, f.W)}, dtype=torch.float64).reshape(1, ${f.C}, ${f.H}, ${f.W})`,
    '',
    ...bodyLines(pc),
    '',
    `print(out)  # shape (1, ${f.C}, ${f.OH}, ${f.OW})`,
    '# -inf (a max over padding only) is written null: JSON has no infinity.',
    `print("PADLAB_OUT", json.dumps([None if v == float('-inf') else v for v in out.flatten().tolist()]))`,
    '',
  ];
  const form = torchPoolForm(pc);
  const note =
    form === 'layer'
      ? undefined
      : form === 'sum-over-count'
        ? 'nn.AvgPool2d cannot divide these windows this way: the snippet divides the window sum by the count of cells that count.'
        : `nn.${pc.reduce === 'max' ? 'MaxPool2d' : 'AvgPool2d'} pads both sides equally and at most ⌊k/2⌋: F.pad pads first${pc.reduce === 'max' ? ' with -inf' : ''}.`;
  const code = lines.join('\n');
  return note ? { code, note } : { code };
}
