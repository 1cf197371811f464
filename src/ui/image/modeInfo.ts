/** What each padding mode is called elsewhere (design.md, padding modes table), for the cards' captions. */
import type { PadMode } from '../../core';

export const MODE_ALIASES: Record<PadMode, string> = {
  zeros: 'PyTorch zeros · TF CONSTANT · OpenCV BORDER_CONSTANT',
  constant: 'numpy constant · OpenCV BORDER_CONSTANT with a value',
  reflect: 'PyTorch/TF reflect · OpenCV BORDER_REFLECT_101 · scipy mirror',
  symmetric: 'TF SYMMETRIC · numpy symmetric · OpenCV BORDER_REFLECT · scipy reflect',
  replicate: 'PyTorch replicate · numpy edge · OpenCV BORDER_REPLICATE',
  circular: 'PyTorch circular · numpy wrap · OpenCV BORDER_WRAP',
};

/** The mode's name with its constant, e.g. `constant (c = 128)`. */
export function modeTitle(mode: PadMode, cval: number): string {
  return mode === 'constant' ? `constant (c = ${cval})` : mode;
}
