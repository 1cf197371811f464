/**
 * The numbers and decisions every code generator shares, read off the Plan
 * (nothing here recomputes the padding arithmetic; it only compares the
 * Plan's pads with what each framework's built-in padding would give).
 */
import { axisPadding, isZeroFill, needsBakedDilation, type AxisPlan, type PadMode, type Plan } from '../../core';

/** One exported snippet: the code, and why a workaround is used (when one is). */
export interface Snippet {
  readonly code: string;
  readonly note?: string;
}

export const TARGETS = ['keras1', 'keras', 'tf', 'torch', 'tfjs'] as const;
export type Target = (typeof TARGETS)[number];

export interface Facts {
  readonly C: number;
  readonly F: number;
  readonly H: number;
  readonly W: number;
  readonly KH: number;
  readonly KW: number;
  readonly sh: number;
  readonly sw: number;
  readonly dh: number;
  readonly dw: number;
  /** Effective (dilated) kernel extent per axis. */
  readonly keh: number;
  readonly kew: number;
  /** Pads top, bottom, left, right. */
  readonly T: number;
  readonly B: number;
  readonly L: number;
  readonly R: number;
  readonly OH: number;
  readonly OW: number;
  readonly mode: PadMode;
  /** The value a constant padding cell holds (the Plan's `fill`: cval for constant, else 0). */
  readonly fill: number;
  readonly flip: boolean;
  /** No padding at all: every mode gives the same result, the mode never applies. */
  readonly noPad: boolean;
  /** The pads equal TF/Keras/tfjs `'same'` for these sizes (extra cell bottom/right). */
  readonly tfSame: boolean;
  /** The pads equal PyTorch's `padding='same'` (stride 1 on both axes only). */
  readonly torchSame: boolean;
  /** Both axes pad equally on both sides (what an int `padding=` can express). */
  readonly symmetric: boolean;
  /** Some stride > 1 and some dilation > 1: Keras/TF/tfjs refuse this pair (core's `needsBakedDilation`). */
  readonly strideAndDilation: boolean;
  /** The padding cells hold zeros (zeros mode, or constant 0). */
  readonly zeroFill: boolean;
  /** Groups g (design.md `g`): each filter reads C/g channels; the weights are PyTorch's (F, C/g, KH, KW). */
  readonly g: number;
  /** Depthwise: one group per channel (g = C), F = C·multiplier — Keras DepthwiseConv2D, tfjs depthwiseConv2d. */
  readonly depthwise: boolean;
  /** Keras' causal padding (ke−1 before on the width axis). */
  readonly causal: boolean;
  /** A one-row input with a one-row kernel: the layer is 1-D (Conv1D / Conv1d on a sequence of W steps). */
  readonly oneD: boolean;
}

/** The axis pads as TF/Keras/tfjs `'same'` would give them for its sizes (core's rule, not a copy). */
const padsAsSame = (a: AxisPlan): boolean => {
  const same = axisPadding('same', a);
  return a.before === same.before && a.after === same.after;
};

/** Reads the shared facts off a Plan. */
export function planFacts(plan: Plan): Facts {
  const { h, w, config } = plan;
  const [T, B, L, R] = plan.pads;
  const tfSame = padsAsSame(h) && padsAsSame(w);
  return {
    C: plan.channels,
    F: plan.filters,
    H: h.n,
    W: w.n,
    KH: h.k,
    KW: w.k,
    sh: h.s,
    sw: w.s,
    dh: h.d,
    dw: w.d,
    keh: h.ke,
    kew: w.ke,
    T,
    B,
    L,
    R,
    OH: h.out,
    OW: w.out,
    mode: config.mode,
    fill: plan.fill,
    flip: config.flip,
    noPad: T === 0 && B === 0 && L === 0 && R === 0,
    tfSame,
    // PyTorch's 'same' (torch/nn/modules/conv.py) pads d(k−1) in all, odd cell after: TF SAME's pads at stride 1.
    torchSame: h.s === 1 && w.s === 1 && tfSame,
    symmetric: T === B && L === R,
    strideAndDilation: needsBakedDilation(h, w),
    zeroFill: isZeroFill(config.mode, config.cval),
    g: config.groups,
    depthwise: config.groups > 1 && config.groups === plan.channels,
    causal: config.pad.kind === 'causal',
    oneD: h.n === 1 && h.k === 1,
  };
}

/** A one-line summary for the snippet header: sizes, pads, mode. */
export function summary(f: Facts): string {
  const mode = f.mode === 'constant' ? `constant ${f.fill}` : f.mode;
  return (
    `input ${f.C}×${f.H}×${f.W}, ${f.F} filter(s) ${f.KH}×${f.KW}, stride ${f.sh}×${f.sw}, ` +
    `dilation ${f.dh}×${f.dw}${f.g > 1 ? `, groups ${f.g}` : ''}, pads (top, bottom, left, right) = (${f.T}, ${f.B}, ${f.L}, ${f.R}), ` +
    `mode ${mode}${f.flip ? ', true convolution (flipped kernel)' : ''} -> output ${f.F}×${f.OH}×${f.OW}`
  );
}
