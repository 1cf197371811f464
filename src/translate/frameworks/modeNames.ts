/**
 * What each library calls each padding mode (design.md, padding modes
 * table, plus MATLAB `padarray`), and the naming traps: the same word means
 * different borders in different libraries. Sources: tf.pad, torch.nn.Conv2d
 * `padding_mode` and F.pad, numpy.pad, OpenCV BorderTypes, scipy.ndimage
 * filters `mode`, MATLAB padarray `padval`.
 */
import type { PadMode } from '../../core';

export const LIBRARIES = ['tf', 'torch', 'numpy', 'opencv', 'scipy', 'matlab'] as const;
export type Library = (typeof LIBRARIES)[number];

/** Column headings. */
export const LIBRARY_NAMES: Record<Library, string> = {
  tf: 'TF tf.pad',
  torch: 'PyTorch',
  numpy: 'numpy.pad',
  opencv: 'OpenCV',
  scipy: 'scipy.ndimage',
  matlab: 'MATLAB padarray',
};

export interface ModeNames {
  /** The Padlab modes this row describes. */
  readonly modes: readonly PadMode[];
  /** Padlab's name for the behaviour. */
  readonly label: string;
  /** The row `a b c d` padded by 2 on each side. */
  readonly example: string;
  /** Each library's name, or null when it has no such mode. */
  readonly names: Readonly<Record<Library, string | null>>;
  /** Largest pad per side for an input of n cells (TF/PyTorch). */
  readonly limit: string;
}

export const MODE_NAMES: readonly ModeNames[] = [
  {
    modes: ['zeros', 'constant'],
    label: 'zeros / constant c',
    example: '0 0 | a b c d | 0 0',
    names: {
      tf: "'CONSTANT'",
      torch: "'zeros' (F.pad: 'constant')",
      numpy: "'constant'",
      opencv: 'BORDER_CONSTANT',
      scipy: "'constant'",
      matlab: 'a number (0)',
    },
    limit: 'none',
  },
  {
    modes: ['reflect'],
    label: 'reflect',
    example: 'c b | a b c d | c b',
    names: {
      tf: "'REFLECT'",
      torch: "'reflect'",
      numpy: "'reflect'",
      opencv: 'BORDER_REFLECT_101',
      scipy: "'mirror'",
      matlab: null,
    },
    limit: 'pad ≤ n − 1',
  },
  {
    modes: ['symmetric'],
    label: 'symmetric',
    example: 'b a | a b c d | d c',
    names: {
      tf: "'SYMMETRIC'",
      torch: null,
      numpy: "'symmetric'",
      opencv: 'BORDER_REFLECT',
      scipy: "'reflect'",
      matlab: "'symmetric'",
    },
    limit: 'pad ≤ n',
  },
  {
    modes: ['replicate'],
    label: 'replicate',
    example: 'a a | a b c d | d d',
    names: {
      tf: null,
      torch: "'replicate'",
      numpy: "'edge'",
      opencv: 'BORDER_REPLICATE',
      scipy: "'nearest'",
      matlab: "'replicate'",
    },
    limit: 'none',
  },
  {
    modes: ['circular'],
    label: 'circular',
    example: 'c d | a b c d | a b',
    names: {
      tf: null,
      torch: "'circular'",
      numpy: "'wrap'",
      opencv: 'BORDER_WRAP',
      scipy: "'wrap'",
      matlab: "'circular'",
    },
    limit: 'pad ≤ n',
  },
];

/** Where each library takes the constant c. */
export const CONSTANT_ARGS =
  'The constant c: tf.pad constant_values=c, F.pad value=c, numpy.pad constant_values=c, OpenCV copyMakeBorder value=c, scipy.ndimage cval=c, padarray(A, p, c).';

/** The traps, in words: same name, different border (or different name, same border). */
export const NAME_TRAPS: readonly string[] = [
  "scipy.ndimage 'reflect' and OpenCV BORDER_REFLECT repeat the edge cell (b a | a b c d): they are numpy's 'symmetric' and TF's SYMMETRIC, not numpy's 'reflect'.",
  "numpy 'reflect' (= TF REFLECT = PyTorch 'reflect', edge cell not repeated) is OpenCV BORDER_REFLECT_101 — OpenCV's default border — and scipy.ndimage 'mirror'.",
  "MATLAB padarray 'symmetric' is numpy 'symmetric'; MATLAB has no reflect-101 mode, so numpy/PyTorch 'reflect' has no padarray equivalent.",
  "numpy 'edge' = PyTorch 'replicate' = scipy 'nearest'; numpy 'wrap' = PyTorch 'circular' = OpenCV BORDER_WRAP.",
  "PyTorch spells zeros 'zeros' in nn.Conv2d(padding_mode=…) but 'constant' in F.pad(mode=…), and has no symmetric mode at all.",
];

/** The names row describing a mode. */
export function namesFor(mode: PadMode): ModeNames {
  return MODE_NAMES.find((row) => row.modes.includes(mode)) ?? MODE_NAMES[0]!;
}
