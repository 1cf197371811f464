/**
 * Input and kernel presets (design.md, `x` and `w`). Small integers and
 * dyadic fractions where possible, so sums are exact in float32 and float64
 * and the tfjs result can match the reference to the last bit.
 */
import type { InputPreset, KernelPreset, Pair } from './config';
import { chwIndex } from './flatLayout';
import { randomIntegers } from './random';

/**
 * Input values for a preset, flat `C*H*W` (channel-major, row-major).
 * - ramp: 1, 2, 3, … row-major, continuing across channels (each cell unique,
 *   so a padding cell's value names its source).
 * - ones, checker ((row+col) even → 1), impulse (1 at the centre cell, ⌊H/2⌋, ⌊W/2⌋).
 * - random: integers 0..9 from `seed`.
 */
export function inputPreset(preset: InputPreset, channels: number, size: Pair, seed: number): number[] {
  const { h, w } = size;
  const count = channels * h * w;
  if (preset === 'random') return randomIntegers(count, 0, 9, seed);
  const out: number[] = [];
  for (let c = 0; c < channels; c++) {
    for (let r = 0; r < h; r++) {
      for (let q = 0; q < w; q++) {
        switch (preset) {
          case 'ramp':
            out.push(chwIndex(h, w, c, r, q) + 1);
            break;
          case 'ones':
            out.push(1);
            break;
          case 'checker':
            out.push((r + q) % 2 === 0 ? 1 : 0);
            break;
          case 'impulse':
            out.push(r === Math.floor(h / 2) && q === Math.floor(w / 2) ? 1 : 0);
            break;
        }
      }
    }
  }
  return out;
}

/** Row `n` of Pascal's triangle with `len` entries (binomial smoothing weights). */
function binomial(len: number): number[] {
  let row = [1];
  for (let i = 1; i < len; i++) row = [...row, 0].map((v, j) => v + (j > 0 ? (row[j - 1] ?? 0) : 0));
  return row;
}

/** A derivative of length `len`: binomial(len−1) convolved with [−1, 1]; `[0]` for length 1. */
function derivative(len: number): number[] {
  if (len < 2) return [0];
  const b = binomial(len - 1);
  return Array.from({ length: len }, (_, j) => (j < len - 1 ? -(b[j] ?? 0) : 0) + (j > 0 ? (b[j - 1] ?? 0) : 0));
}

/** A discrete Laplacian at the centre: +1 at the axis neighbours, minus their count at the centre. */
function laplacian(kh: number, kw: number): number[] {
  const k = new Array<number>(kh * kw).fill(0);
  const cr = Math.floor(kh / 2);
  const cc = Math.floor(kw / 2);
  const neighbours: [number, number][] = [];
  if (kh >= 3) neighbours.push([cr - 1, cc], [cr + 1, cc]);
  if (kw >= 3) neighbours.push([cr, cc - 1], [cr, cc + 1]);
  for (const [r, c] of neighbours) k[r * kw + c] = 1;
  k[cr * kw + cc] = -neighbours.length;
  return k;
}

/** One `KH*KW` plane of a kernel preset (row-major). */
function kernelPlane(preset: Exclude<KernelPreset, 'random' | 'identity'>, kh: number, kw: number): number[] {
  const centre = Math.floor(kh / 2) * kw + Math.floor(kw / 2);
  const outer = (col: number[], row: number[]) => col.flatMap((a) => row.map((b) => a * b));
  switch (preset) {
    case 'ones':
      return new Array<number>(kh * kw).fill(1);
    case 'box':
      return new Array<number>(kh * kw).fill(1 / (kh * kw));
    case 'gauss': {
      // Binomial weights sum to 2^(k−1), so the normalised kernel is exact in binary.
      const scale = 2 ** (kh - 1 + kw - 1);
      return outer(binomial(kh), binomial(kw)).map((v) => v / scale);
    }
    case 'sobel-x':
      return outer(binomial(kh), derivative(kw));
    case 'sobel-y':
      return outer(derivative(kh), binomial(kw));
    case 'laplace':
      return laplacian(kh, kw);
    case 'sharpen':
      return laplacian(kh, kw).map((v, i) => (i === centre ? 1 : 0) - v);
  }
}

/**
 * Kernel values for a preset, flat `F*C*KH*KW` (PyTorch OIHW).
 * The same plane is used for every (filter, channel), except:
 * - identity: filter `f` passes channel `f mod C` through (1 at the centre), so
 *   each filter reproduces one input channel;
 * - random: integers −2..2 from `seed` (a different stream from the input's).
 */
export function kernelPreset(preset: KernelPreset, filters: number, channels: number, size: Pair, seed: number): number[] {
  const { h: kh, w: kw } = size;
  const plane = kh * kw;
  if (preset === 'random') return randomIntegers(filters * channels * plane, -2, 2, (seed ^ 0x9e3779b9) >>> 0);
  const out: number[] = [];
  for (let f = 0; f < filters; f++) {
    for (let c = 0; c < channels; c++) {
      if (preset === 'identity') {
        const centre = Math.floor(kh / 2) * kw + Math.floor(kw / 2);
        for (let i = 0; i < plane; i++) out.push(i === centre && c === f % channels ? 1 : 0);
      } else {
        out.push(...kernelPlane(preset, kh, kw));
      }
    }
  }
  return out;
}
