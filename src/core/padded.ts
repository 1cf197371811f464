/**
 * The padded input, built from the Plan's index maps (one mechanism for every
 * mode): padded cell (r, q) of channel c holds input (c, source_h[r],
 * source_w[q]), or the constant when either source is CONSTANT.
 */
import type { PadMode } from './config';
import { chwIndex } from './flatLayout';
import { CONSTANT } from './indexMap';
import type { Plan } from './plan';

/**
 * The value a CONSTANT padding cell holds (design.md, padding modes): `cval`
 * for `constant`, 0 for `zeros`; the mirroring modes hold no constant, and 0
 * is what their (never shown) CONSTANT cells would read. The Plan keeps it as
 * `plan.fill`; image mode, which has no Plan per config, calls this.
 */
export function fillValue(mode: PadMode, cval: number): number {
  return mode === 'constant' ? cval : 0;
}

/**
 * The padding cells hold zeros: mode `zeros`, or `constant` with 0 — what a
 * framework's built-in zero padding (Conv2D `padding=`, nn.Conv2d zeros)
 * reproduces.
 */
export function isZeroFill(mode: PadMode, cval: number): boolean {
  return (mode === 'zeros' || mode === 'constant') && fillValue(mode, cval) === 0;
}

/** Padded input, flat `C*HP*WP` (channel-major, row-major). */
export function paddedInput(plan: Plan): number[] {
  const { h, w, channels, input, fill } = plan;
  const out = new Array<number>(channels * h.padded * w.padded);
  let i = 0;
  for (let c = 0; c < channels; c++) {
    for (let r = 0; r < h.padded; r++) {
      const sr = h.source[r] ?? CONSTANT;
      for (let q = 0; q < w.padded; q++) {
        const sq = w.source[q] ?? CONSTANT;
        out[i++] = sr === CONSTANT || sq === CONSTANT ? fill : (input[chwIndex(h.n, w.n, c, sr, sq)] ?? NaN);
      }
    }
  }
  return out;
}

/** Splits a flat `A*B*C` array into `[A][B][C]`. */
export function nest(flat: readonly number[], a: number, b: number, c: number): number[][][] {
  return Array.from({ length: a }, (_, i) =>
    Array.from({ length: b }, (_, j) => flat.slice((i * b + j) * c, (i * b + j + 1) * c)),
  );
}
