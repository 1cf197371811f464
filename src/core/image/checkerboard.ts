/**
 * The checkerboard section of image mode (pure): a picture upsampled ×s by a
 * transposed convolution with a uniform kernel whose size k is not a multiple
 * of s, beside one whose size is (Odena, Dumoulin, Olah, "Deconvolution and
 * Checkerboard Artifacts", Distill 2016). Each is one core Plan (`op: convt`,
 * depthwise: groups = C = F = 3), so the engine, the reference and the
 * overlap counts (transposedScatter.ts) all read the same derivation.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import { LIMITS } from '../limits';
import { derivePlan, type PlanResult } from '../plan';
import { IMAGE_LIMITS } from './imageLimits';
import type { RgbImage } from './pixels';

/** Which of the two kernels: `uneven` (k not a multiple of s) or `even` (k a multiple of s). */
export const CHECKERBOARD_KINDS = ['uneven', 'even'] as const;
export type CheckerboardKind = (typeof CHECKERBOARD_KINDS)[number];

/** What the user picks: the stride and one kernel size of each kind, in pixels. */
export interface CheckerboardChoice {
  readonly stride: number;
  readonly uneven: number;
  readonly even: number;
}

const { stride: STRIDE } = IMAGE_LIMITS.checkerboard;

/** The strides offered (2..4). */
export const CHECKERBOARD_STRIDES: readonly number[] = Array.from({ length: STRIDE.max - STRIDE.min + 1 }, (_, i) => STRIDE.min + i);

/**
 * Kernel sizes of one kind for stride `s`, within the core's kernel limit:
 * uneven `s+1 … 3s−1` without the multiples, even `s, 2s, 3s`.
 */
export function checkerboardKernels(kind: CheckerboardKind, s: number): number[] {
  const sizes = Array.from({ length: 3 * s - s + 1 }, (_, i) => s + i).filter((k) => k <= LIMITS.kernel.max);
  return kind === 'even' ? sizes.filter((k) => k % s === 0) : sizes.filter((k) => k % s !== 0);
}

/**
 * The pair shown for stride `s`: `2s − 1` beside `2s` (k=3 beside k=4 at s=2,
 * the pair of the Distill article), kernels of nearly the same size.
 */
export function defaultCheckerboardChoice(s: number = STRIDE.default): CheckerboardChoice {
  return { stride: s, uneven: 2 * s - 1, even: 2 * s };
}

/** The choice with kernel sizes that fit its stride (a size of the other kind, or out of range, is replaced by the default). */
export function fitCheckerboardChoice(c: CheckerboardChoice): CheckerboardChoice {
  const s = CHECKERBOARD_STRIDES.includes(c.stride) ? c.stride : STRIDE.default;
  const d = defaultCheckerboardChoice(s);
  return {
    stride: s,
    uneven: checkerboardKernels('uneven', s).includes(c.uneven) ? c.uneven : d.uneven,
    even: checkerboardKernels('even', s).includes(c.even) ? c.even : d.even,
  };
}

/**
 * PyTorch's crop for an output of exactly `n·s` (k ≥ s): `padding = ⌈(k−s)/2⌉`,
 * `output_padding = (k−s) mod 2`, so `out = (n−1)s + k − 2·padding + output_padding = n·s`
 * (PyTorch ConvTranspose2d's output-size formula). Keras `Conv2DTranspose(padding='same')`
 * gives the same size but crops the odd row at the bottom instead of the top.
 */
export function torchUpsampleCrop(k: number, s: number): { readonly padding: number; readonly outputPadding: number } {
  const extra = Math.max(k - s, 0);
  return { padding: Math.ceil(extra / 2), outputPadding: extra % 2 };
}

/**
 * The value of every tap of the uniform kernel: `s²/k²`. On average `k²/s²`
 * taps land on an output pixel, so a flat picture keeps its brightness on
 * average; what varies is how many land on each pixel — the checkerboard.
 */
export function uniformTap(k: number, s: number): number {
  return (s * s) / (k * k);
}

/** The picture's `C*H*W` values (channel-major, the core's layout) from interleaved RGB. */
function chwOf(img: RgbImage): number[] {
  const n = img.width * img.height;
  return Array.from({ length: 3 * n }, (_, i) => img.rgb[(i % n) * 3 + Math.floor(i / n)] ?? NaN);
}

/**
 * The core Config of one upsampling: `op: convt`, C = F = groups = 3 (each
 * colour channel on its own), a k×k kernel of `uniformTap` (PyTorch's weight
 * order `(C, F/g, KH, KW)`), stride s, PyTorch's crop `torchUpsampleCrop`.
 * The picture must already fit the grid's input limit (`downscaleRgb`).
 */
export function checkerboardConfig(img: RgbImage, k: number, s: number): Config {
  const { padding: p, outputPadding: q } = torchUpsampleCrop(k, s);
  return {
    ...DEFAULT_CONFIG,
    op: 'convt',
    framework: 'torch',
    input: { h: img.height, w: img.width },
    channels: 3,
    filters: 3,
    groups: 3,
    kernel: { h: k, w: k },
    stride: { h: s, w: s },
    dilation: { h: 1, w: 1 },
    pad: { kind: 'explicit', top: p, bottom: p, left: p, right: p },
    opad: { h: q, w: q },
    mode: 'zeros',
    x: { kind: 'values', values: chwOf(img) },
    w: { kind: 'values', values: new Array<number>(3 * k * k).fill(uniformTap(k, s)) },
  };
}

/** The Plan of one upsampling (or why it cannot run: a picture past the input limit). */
export function checkerboardPlan(img: RgbImage, k: number, s: number): PlanResult {
  return derivePlan(checkerboardConfig(img, k, s));
}
