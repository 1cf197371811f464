/**
 * The groups rule of a convolution or transposed convolution (design.md,
 * `g`): channels and filters both divisible by the groups, with PyTorch's
 * own words (nn.Conv2d / nn.ConvTranspose2d raise ValueError).
 */
import type { Config } from './config';
import { invalid, type Invalid } from './invalid';

/** PyTorch's refusal of `c.groups`, or null when C and F both divide into it. */
export function checkGroups(c: Config): Invalid | null {
  const g = c.groups;
  if (c.channels % g !== 0) {
    return invalid('groups', `PyTorch raises ValueError: in_channels must be divisible by groups (C = ${c.channels}, groups = ${g}). Fix: channels a multiple of ${g}, or fewer groups.`);
  }
  if (c.filters % g !== 0) {
    return invalid('groups', `PyTorch raises ValueError: out_channels must be divisible by groups (F = ${c.filters}, groups = ${g}). Fix: filters a multiple of ${g}, or fewer groups.`);
  }
  return null;
}
