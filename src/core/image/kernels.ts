/**
 * The 2-D kernels of image mode, as plain row-major numbers (pure, no DOM or
 * tfjs). Every one is applied to each colour channel alone (depthwise), as
 * cross-correlation like every DL framework (design.md, Semantics).
 */
import { IMAGE_LIMITS } from './imageLimits';

/** One kernel plane: `h` rows × `w` columns, `values` row-major (length h·w). */
export interface Kernel2D {
  readonly h: number;
  readonly w: number;
  readonly values: readonly number[];
  /** A short human name, e.g. `Gaussian σ=2 (13×13)`. */
  readonly label: string;
}

export const IMAGE_KERNELS = ['box', 'gaussian', 'sobel-x', 'sobel-y', 'laplacian', 'sharpen', 'emboss', 'motion', 'identity', 'custom'] as const;
export type ImageKernelName = (typeof IMAGE_KERNELS)[number];

export const IMAGE_KERNEL_LABEL: Record<ImageKernelName, string> = {
  box: 'Box blur',
  gaussian: 'Gaussian blur',
  'sobel-x': 'Sobel x (vertical edges)',
  'sobel-y': 'Sobel y (horizontal edges)',
  laplacian: 'Laplacian',
  sharpen: 'Sharpen',
  emboss: 'Emboss',
  motion: 'Motion blur (horizontal)',
  identity: 'Identity (shows the padding itself)',
  custom: 'Custom…',
};

/** Which kernels read `size`, and which read `sigma`; the rest are fixed 3×3. */
export const SIZED_KERNELS: readonly ImageKernelName[] = ['box', 'motion', 'identity'];

/** What the user chose: the preset and its parameters (ignored where they do not apply). */
export interface KernelChoice {
  readonly name: ImageKernelName;
  /** Taps per side for box, identity; length for motion. */
  readonly size: number;
  /** Gaussian σ in pixels. */
  readonly sigma: number;
  /** The custom kernel's text: rows separated by new lines or `;`, numbers by spaces or commas. */
  readonly custom: string;
}

/** A kernel the user's input cannot make, with a message for that user. */
export interface KernelProblem {
  readonly ok: false;
  readonly message: string;
}

export type KernelResult = { readonly ok: true; readonly kernel: Kernel2D } | KernelProblem;

const { min: KMIN, max: KMAX } = IMAGE_LIMITS.kernel;

function fixed(rows: readonly (readonly number[])[], label: string): Kernel2D {
  return { h: rows.length, w: rows[0]?.length ?? 0, values: rows.flat(), label };
}

/** `n×n` of `1/n²`: the mean of the window. */
export function boxKernel(n: number): Kernel2D {
  return { h: n, w: n, values: new Array<number>(n * n).fill(1 / (n * n)), label: `Box ${n}×${n}` };
}

/** `1×n` of `1/n`: a horizontal smear (camera moving sideways). */
export function motionKernel(n: number): Kernel2D {
  return { h: 1, w: n, values: new Array<number>(n).fill(1 / n), label: `Motion 1×${n}` };
}

/** `n×n` with a single 1 at the centre tap (`⌊n/2⌋`): the output is the padded input itself. */
export function identityKernel(n: number): Kernel2D {
  const values = new Array<number>(n * n).fill(0);
  const c = Math.floor(n / 2);
  values[c * n + c] = 1;
  return { h: n, w: n, values, label: `Identity ${n}×${n}` };
}

/**
 * The Gaussian's size for σ: `2⌈3σ⌉+1` (±3σ holds 99.7% of the weight),
 * capped at the kernel limit. The tiny slack keeps `3·0.7 = 2.1000000000000001`
 * style float noise from adding two taps.
 */
export function gaussianSize(sigma: number): number {
  return Math.min(2 * Math.ceil(3 * sigma - 1e-9) + 1, KMAX);
}

/**
 * Normalized 2-D Gaussian: `g(i)·g(j) / Σ` with `g(t) = exp(−(t−r)²/(2σ²))`,
 * `r` the centre tap; the weights sum to 1, also when the size is capped.
 */
export function gaussianKernel(sigma: number): Kernel2D {
  const n = gaussianSize(sigma);
  const r = (n - 1) / 2;
  const g = Array.from({ length: n }, (_, t) => Math.exp(-((t - r) ** 2) / (2 * sigma * sigma)));
  const sum = g.reduce((a, b) => a + b, 0);
  const values = g.flatMap((gi) => g.map((gj) => (gi * gj) / (sum * sum)));
  return { h: n, w: n, values, label: `Gaussian σ=${sigma} (${n}×${n})` };
}

/** Sobel x: positive where the image gets brighter to the right (cross-correlation). */
export const SOBEL_X = fixed([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], 'Sobel x 3×3');
/** Sobel y: positive where the image gets brighter downwards. */
export const SOBEL_Y = fixed([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], 'Sobel y 3×3');
/** 4-neighbour Laplacian: zero on flat areas and on linear ramps. */
export const LAPLACIAN = fixed([[0, 1, 0], [1, -4, 1], [0, 1, 0]], 'Laplacian 3×3');
/** Identity plus the negated Laplacian: sums to 1, so flat areas keep their value. */
export const SHARPEN = fixed([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], 'Sharpen 3×3');
/** Emboss towards the bottom-right; sums to 1. */
export const EMBOSS = fixed([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], 'Emboss 3×3');

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** One token of a custom kernel: a decimal number or a fraction `a/b`. NaN when it is neither. */
function parseToken(token: string): number {
  const parts = token.split('/');
  if (parts.length === 2 && NUMBER.test(parts[0] ?? '') && NUMBER.test(parts[1] ?? '')) {
    const den = Number(parts[1]);
    return den === 0 ? NaN : Number(parts[0]) / den;
  }
  return parts.length === 1 && NUMBER.test(token) ? Number(token) : NaN;
}

const problem = (message: string): KernelProblem => ({ ok: false, message });

/**
 * Parses a custom kernel: rows separated by new lines or `;`, numbers by
 * spaces or commas, fractions such as `1/16` allowed (`"1 2 1; 2 4 2; 1 2 1"`).
 * Empty rows (a trailing `;`) are skipped.
 */
export function parseCustomKernel(text: string): KernelResult {
  const rows = text
    .split(/[\n;]/)
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((r) => r.split(/[\s,]+/).filter((t) => t !== ''));
  if (rows.length === 0) {
    return problem("Type the kernel's numbers: rows separated by new lines or ';', numbers by spaces or commas (e.g. 1 2 1; 2 4 2; 1 2 1).");
  }
  if (rows.length > KMAX) return problem(`The kernel has ${rows.length} rows; at most ${KMAX} are allowed.`);
  const w = rows[0]?.length ?? 0;
  const values: number[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.length !== w) {
      return problem(`Row ${i + 1} has ${row.length} number${row.length === 1 ? '' : 's'} but row 1 has ${w}: every row needs the same count.`);
    }
    for (const token of row) {
      const v = parseToken(token);
      if (!Number.isFinite(v)) return problem(`“${token}” in row ${i + 1} is not a number (use decimals such as -0.5, or fractions such as 1/16).`);
      if (Math.abs(v) > IMAGE_LIMITS.kernelValueMaxAbs) {
        return problem(`${token} in row ${i + 1} is too large: kernel values must stay within ±${IMAGE_LIMITS.kernelValueMaxAbs}.`);
      }
      values.push(v);
    }
  }
  if (w > KMAX) return problem(`The kernel has ${w} columns; at most ${KMAX} are allowed.`);
  return { ok: true, kernel: { h: rows.length, w, values, label: `Custom ${rows.length}×${w}` } };
}

const clampSize = (n: number) => Math.min(KMAX, Math.max(KMIN, Math.round(n)));

/** The kernel a choice makes, or why it cannot (only a custom kernel can fail). */
export function buildKernel(choice: KernelChoice): KernelResult {
  const ok = (kernel: Kernel2D): KernelResult => ({ ok: true, kernel });
  switch (choice.name) {
    case 'box':
      return ok(boxKernel(clampSize(choice.size)));
    case 'motion':
      return ok(motionKernel(clampSize(choice.size)));
    case 'identity':
      return ok(identityKernel(clampSize(choice.size)));
    case 'gaussian': {
      const { min, max } = IMAGE_LIMITS.sigma;
      return ok(gaussianKernel(Math.min(max, Math.max(min, choice.sigma))));
    }
    case 'sobel-x':
      return ok(SOBEL_X);
    case 'sobel-y':
      return ok(SOBEL_Y);
    case 'laplacian':
      return ok(LAPLACIAN);
    case 'sharpen':
      return ok(SHARPEN);
    case 'emboss':
      return ok(EMBOSS);
    case 'custom':
      return parseCustomKernel(choice.custom);
  }
}
