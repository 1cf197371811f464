/**
 * The words of the "TF SAME vs PyTorch padding=k//2" button, read off what
 * the click sets (`tfSameVsTorch`), so the label cannot promise other pads
 * than B gets. With a dilation it also names the dilation-aware
 * `d*(k−1)//2`, which `k//2` ignores (core's halfKernelPad).
 */
import { halfKernelPad, HALF_KERNEL_FORM, type Config } from '../../core';
import { tfSameVsTorch } from './compareState';

/** `2` when both axes agree, else `height×width`. */
const perAxis = (h: number, w: number): string => (h === w ? String(h) : `${h}×${w}`);

export interface LaunchLabel {
  /** The button's text (its accessible name). */
  readonly text: string;
  /** The tooltip: what A and B are, with B's pads. */
  readonly title: string;
}

/** The button's text and tooltip for the current configuration. */
export function tfSameVsTorchLabel(config: Config): LaunchLabel {
  const { b } = tfSameVsTorch(config);
  const p = b.pad.kind === 'explicit' ? perAxis(b.pad.top, b.pad.left) : '';
  const dilated = config.dilation.h > 1 || config.dilation.w > 1;
  const aware = perAxis(halfKernelPad(config.kernel.h, config.dilation.h).dilated, halfKernelPad(config.kernel.w, config.dilation.w).dilated);
  const base = `TF SAME vs PyTorch padding=${HALF_KERNEL_FORM.literal}`;
  const title =
    `A: TF/Keras padding='same'. B: the same layer in PyTorch with padding=${HALF_KERNEL_FORM.literal} = ${p} per side, as PyTorch code usually writes it.` +
    (dilated ? ` It ignores the dilation: the dilation-aware padding=${HALF_KERNEL_FORM.dilated} would be ${aware} (the framework table shows both).` : '');
  return {
    text: dilated ? `${base} = ${p} (not ${HALF_KERNEL_FORM.dilated} = ${aware})` : base,
    title,
  };
}
