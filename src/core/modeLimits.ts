/**
 * Each mirroring/wrapping mode can only copy so far from one input (design.md,
 * padding modes "limit" column). Past the limit the frameworks raise, so the
 * configuration is invalid, with a message that names the limit and the error.
 */
import { AXIS_NAME, type Axis, type PadMode } from './config';
import { invalid, type Invalid } from './invalid';

interface ModeLimit {
  readonly code: 'reflect-limit' | 'symmetric-limit' | 'circular-limit';
  /** Largest pad per side for an input of size n. */
  readonly max: (n: number) => number;
  readonly rule: string;
  readonly frameworks: string;
  readonly fix: string;
}

const MODE_LIMITS: Partial<Record<PadMode, ModeLimit>> = {
  reflect: {
    code: 'reflect-limit',
    max: (n) => n - 1,
    rule: 'reflect mirrors about the edge cell, so it can pad at most n−1 cells per side',
    frameworks:
      'PyTorch raises "Padding size should be less than the corresponding input dimension"; TF tf.pad(mode="REFLECT") requires paddings smaller than the dimension',
    fix: 'use symmetric (allows n) or replicate (no limit), pad less, or use a larger input',
  },
  symmetric: {
    code: 'symmetric-limit',
    max: (n) => n,
    rule: 'symmetric mirrors the whole input once, so it can pad at most n cells per side',
    frameworks: 'TF tf.pad(mode="SYMMETRIC") requires paddings no greater than the dimension (PyTorch has no symmetric mode)',
    fix: 'use replicate (no limit), pad less, or use a larger input',
  },
  circular: {
    code: 'circular-limit',
    max: (n) => n,
    rule: 'circular wraps the input around once, so it can pad at most n cells per side',
    frameworks: 'PyTorch raises "Padding value causes wrapping around more than once"',
    fix: 'pad less, or use a larger input',
  },
};

/**
 * Checks one axis's pads against the mode's limit.
 * @param n input size along the axis, in cells
 */
export function checkModeLimit(mode: PadMode, axis: Axis, n: number, before: number, after: number): Invalid | null {
  const limit = MODE_LIMITS[mode];
  if (!limit) return null;
  const max = limit.max(n);
  const worst = Math.max(before, after);
  if (worst <= max) return null;
  const side = before >= after ? (axis === 'h' ? 'top' : 'left') : axis === 'h' ? 'bottom' : 'right';
  return invalid(
    limit.code,
    `${mode[0]?.toUpperCase()}${mode.slice(1)} padding is limited to ${max} cell${max === 1 ? '' : 's'} per side here ` +
      `(input ${AXIS_NAME[axis]} ${n}), but the ${side} needs ${worst}: ${limit.rule}. ` +
      `${limit.frameworks}. Fix: ${limit.fix}.`,
    { axis },
  );
}
