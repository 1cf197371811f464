/**
 * What PyTorch (and Caffe) code usually writes for "keep the size", one axis
 * at a time, in cells per side. The framework table and the compare view's
 * "TF SAME vs PyTorch padding=k//2" button both read this one function, so
 * they cannot disagree.
 *
 * - `k//2` (`padding=kernel_size // 2`): the form most code writes. It
 *   ignores dilation: the window spans `ke = d(k−1)+1` cells, and with
 *   `d > 1` and `k ≥ 3` `k//2` pads too little to keep the size.
 * - `d*(k−1)//2` (`padding=dilation * (kernel_size - 1) // 2`): the
 *   dilation-aware form, `⌊(ke−1)/2⌋`. At stride 1 with an odd `ke` it keeps
 *   the size and equals PyTorch's `padding='same'`. An even `ke` (even `k`,
 *   odd `d`) needs `ke−1` cells in all, an odd number; this form pads
 *   `(ke−2)/2` on each side, one cell short, so the output loses a cell
 *   (PyTorch's `'same'` adds that cell after). At `d = 1` that is one cell
 *   less per side than `k//2`; with a dilation it can be more (k=4, d=3:
 *   ke=10, 4 against 2).
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
