/**
 * One network layer as one PyTorch module expression, for the `nn.Sequential`
 * of the network export (netTorch.ts). The decisions are the single-layer
 * exports': `nn.Conv2d`'s `padding=`/`padding_mode=` (torchCode
 * `convPadding`), `nn.ConvTranspose2d`'s symmetric crop and output padding
 * (convtFacts `torchAxisForm`), `nn.MaxPool2d`/`nn.AvgPool2d`'s own padding,
 * `ceil_mode` and `count_include_pad` (poolFacts, torchPool); where those
 * arguments cannot say the layer, a small module does what the single-layer
 * snippet does inline: `Pad` (F.pad, or numpy's symmetric), `Slice` (a
 * transposed layer's asymmetric crop) or `WindowMean` (an average's window sum
 * over the cells that count). Tensors are `(N, C, H, W)`.
 */
import type { NetLayerPlan, Plan } from '../../core';
import { convtCode, torchAxisForm } from './convtFacts';
import { planFacts } from './facts';
import { poolCode } from './poolFacts';
import { pyNum, pyTuple } from './sourceLiterals';
import { convPadding, SYMMETRIC_HELPER, TORCH_MODE } from './torchCode';
import { torchConvtCall, torchCropArgs } from './torchConvt';
import { torchPoolForm, torchPoolLayer } from './torchPool';

/** The helper modules a layer's expression uses; each is defined once at the top of the snippet. */
export type NetHelper = 'Pad' | 'SymmetricPad' | 'Slice' | 'WindowMean';

/** A layer's module expression and the helpers it needs. */
export interface LayerModule {
  readonly code: string;
  readonly helpers: readonly NetHelper[];
}

/** The helper classes, in Python; `Pad` builds on `symmetric_pad` (torchCode's helper) when the mode is symmetric. */
export const NET_HELPERS: Readonly<Record<NetHelper, string>> = {
  SymmetricPad: SYMMETRIC_HELPER,
  Pad: `class Pad(nn.Module):
    """F.pad with (left, right, top, bottom) and a mode ('constant' with a value, 'reflect', 'replicate',
    'circular', or 'symmetric', which F.pad lacks): what nn.Conv2d / the pools cannot pad themselves."""
    def __init__(self, pads, mode='constant', value=0.0):
        super().__init__()
        self.pads, self.mode, self.value = pads, mode, value
    def forward(self, x):
        if self.mode == 'symmetric':
            return symmetric_pad(x, *self.pads)
        if self.mode == 'constant':
            return F.pad(x, self.pads, value=self.value)
        return F.pad(x, self.pads, mode=self.mode)
`,
  Slice: `class Slice(nn.Module):
    """Rows [top, bottom) and columns [left, right): ConvTranspose2d crops both ends equally, a slice does the rest."""
    def __init__(self, top, bottom, left, right):
        super().__init__()
        self.box = (top, bottom, left, right)
    def forward(self, x):
        t, b, l, r = self.box
        return x[:, :, t:b, l:r]
`,
  WindowMean: `class WindowMean(nn.Module):
    """An average nn.AvgPool2d cannot say: the window sum of the padded input over the number of cells that
    count (rows [r0, r1) and columns [c0, c1) of the padded grid)."""
    def __init__(self, kernel, stride, pads, rows, cols):
        super().__init__()
        self.kernel, self.stride, self.pads, self.rows, self.cols = kernel, stride, pads, rows, cols
    def forward(self, x):
        xp = F.pad(x, self.pads)  # zeros add nothing to a sum
        counted = torch.zeros_like(xp[:1])
        counted[:, :, self.rows[0]:self.rows[1], self.cols[0]:self.cols[1]] = 1.0
        total = F.avg_pool2d(xp, self.kernel, stride=self.stride, divisor_override=1)
        return total / F.avg_pool2d(counted, self.kernel, stride=self.stride, divisor_override=1)
`,
};

/**
 * The layer's single-layer Plan with the network's real channels, filters and
 * groups: deriveNet derives shapes at one channel (they do not depend on it),
 * the module arguments do.
 */
function realPlan(l: NetLayerPlan): Plan {
  const config = { ...l.plan.config, channels: l.in[0], filters: l.layer.filters, groups: l.layer.groups };
  return { ...l.plan, config, channels: l.in[0], filters: l.out[0] };
}

/** `Pad((left, right, top, bottom), …)` from `[T, B, L, R]`. */
function padModule(pads: readonly number[], mode: string, value: number): string {
  const [t, b, l, r] = pads;
  const extra = mode === 'constant' ? (value === 0 ? '' : `, value=${pyNum(value)}`) : `, mode='${mode}'`;
  return `Pad((${l}, ${r}, ${t}, ${b})${extra})`;
}

function convModule(plan: Plan): LayerModule {
  const f = planFacts(plan);
  const padding = convPadding(f);
  const groups = f.g > 1 ? `, groups=${f.g}` : '';
  const head = `nn.Conv2d(${f.C}, ${f.F}, ${pyTuple(f.KH, f.KW)}, stride=${pyTuple(f.sh, f.sw)}`;
  const tail = `dilation=${pyTuple(f.dh, f.dw)}${groups}, bias=False)`;
  if (padding !== null) {
    const mode = f.noPad || f.zeroFill ? '' : `padding_mode='${TORCH_MODE[f.mode] ?? 'zeros'}', `;
    return { code: `${head}, padding=${padding}, ${mode}${tail}`, helpers: [] };
  }
  const mode = f.mode === 'symmetric' ? 'symmetric' : f.zeroFill || f.mode === 'constant' ? 'constant' : f.mode;
  const pad = padModule(plan.pads, mode, f.fill);
  const helpers: NetHelper[] = f.mode === 'symmetric' ? ['SymmetricPad', 'Pad'] : ['Pad'];
  return { code: `nn.Sequential(${pad}, ${head}, ${tail})`, helpers };
}

function convtModule(plan: Plan): LayerModule {
  const c = convtCode(plan);
  const fh = torchAxisForm(c.h);
  const fw = torchAxisForm(c.w);
  const layer = torchConvtCall(c, torchCropArgs(fh, fw), ', bias=False');
  if (fh.sliceStart === null && fw.sliceStart === null) return { code: layer, helpers: [] };
  // The layer's output is (full + outputPadding − 2·padding) per axis; keep [start, start + out).
  const bounds = (start: number | null, out: number, size: number) => (start === null ? [0, size] : [start, start + out]);
  const [t, b] = bounds(fh.sliceStart, c.h.out, c.h.full + fh.outputPadding - 2 * fh.padding);
  const [l, r] = bounds(fw.sliceStart, c.w.out, c.w.full + fw.outputPadding - 2 * fw.padding);
  return { code: `nn.Sequential(${layer}, Slice(${t}, ${b}, ${l}, ${r}))`, helpers: ['Slice'] };
}

function poolModule(plan: Plan): LayerModule {
  const pc = poolCode(plan);
  const [t, b, l, r] = pc.stepPads;
  switch (torchPoolForm(pc)) {
    case 'layer':
      return { code: torchPoolLayer(pc, true), helpers: [] };
    case 'pad-then-layer': {
      // −inf padding never wins a max; an average that counts its padding takes zeros.
      const pad = pc.reduce === 'max' ? `Pad((${l}, ${r}, ${t}, ${b}), value=float('-inf'))` : padModule(pc.stepPads, 'constant', 0);
      return { code: `nn.Sequential(${pad}, ${torchPoolLayer(pc, false)})`, helpers: ['Pad'] };
    }
    case 'sum-over-count': {
      const { f } = pc;
      const args = `${pyTuple(f.KH, f.KW)}, ${pyTuple(f.sh, f.sw)}, (${l}, ${r}, ${t}, ${b}), ${pyTuple(...pc.rows)}, ${pyTuple(...pc.cols)}`;
      return { code: `WindowMean(${args})`, helpers: ['WindowMean'] };
    }
  }
}

/** The PyTorch module of one derived network layer. */
export function layerModule(l: NetLayerPlan): LayerModule {
  const plan = realPlan(l);
  if (l.layer.op === 'conv') return convModule(plan);
  if (l.layer.op === 'convt') return convtModule(plan);
  return poolModule(plan);
}
