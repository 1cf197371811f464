/**
 * What PyTorch (and Caffe) code usually writes for "keep the size", one axis
 * at a time, in cells per side. The framework table and the compare view's
 * "TF SAME vs PyTorch padding=k//2" button both read this one function, so
 * they cannot disagree.
 *
 * - `k//2` (`padding=kernel_size // 2`): the form most code writes. It
 *   ignores dilation: with `d > 1` the window spans `ke = d(k−1)+1` cells and
 *   `k//2` pads too little to keep the size.
 * - `d*(k−1)//2` (`padding=dilation * (kernel_size - 1) // 2`): the
 *   dilation-aware form, `⌊(ke−1)/2⌋`. At stride 1 with an odd `ke` it keeps
 *   the size and equals PyTorch's `padding='same'`; for an even `ke` (even `k`
 *   at `d = 1`) it pads one cell less than `k//2`.
 */

/** Both forms for one axis: `k` kernel taps, `d` dilation. */
export interface HalfKernelPad {
  /** `k//2`: PyTorch's usual literal idiom. */
  readonly literal: number;
  /** `d*(k−1)//2`: the dilation-aware idiom. */
  readonly dilated: number;
}

/** `k//2` and `d*(k−1)//2` for one axis (cells per side). */
export function halfKernelPad(k: number, d: number): HalfKernelPad {
  return { literal: Math.floor(k / 2), dilated: Math.floor((d * (k - 1)) / 2) };
}

/** The two forms as code, for labels: `k//2` and `d*(k-1)//2` (Python spelling). */
export const HALF_KERNEL_FORM: Readonly<Record<keyof HalfKernelPad, string>> = {
  literal: 'k//2',
  dilated: 'd*(k-1)//2',
};
