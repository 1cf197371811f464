/**
 * Kernel layouts on plain arrays: PyTorch's OIHW (`F*C*KH*KW`, the URL's and
 * the Plan's order) to the HWIO filter of tfjs, TF and Keras (`KH*KW*C*F`),
 * and the dilation baked into the kernel as zeros where a framework refuses
 * stride > 1 together with dilation > 1. The engine makes its tensors from
 * this; the code generators embed the same arrays in the snippets.
 */
import { effectiveKernel } from './axisPadding';
import { oihwIndex } from './flatLayout';

/**
 * Stride above 1 and dilation above 1 together (on any axes): tfjs conv2d
 * asserts "Either strides or dilations must be 1", Keras and tf.nn.convolution
 * raise "strides > 1 not supported in conjunction with dilation_rate > 1";
 * PyTorch allows it. Then the dilation is baked into the kernel (`dilateHwio`).
 */
export function needsBakedDilation(h: { readonly s: number; readonly d: number }, w: { readonly s: number; readonly d: number }): boolean {
  return (h.s > 1 || w.s > 1) && (h.d > 1 || w.d > 1);
}

/**
 * OIHW (PyTorch, `F*C*KH*KW`) to HWIO (TF/Keras/tfjs filter, `KH*KW*C*F`):
 * `hwio[i, j, c, f] = oihw[f, c, i, j]`. A missing value becomes NaN.
 */
export function oihwToHwio(oihw: readonly number[], F: number, C: number, KH: number, KW: number): number[] {
  const out = new Array<number>(F * C * KH * KW);
  for (let i = 0; i < KH; i++) {
    for (let j = 0; j < KW; j++) {
      for (let c = 0; c < C; c++) {
        for (let f = 0; f < F; f++) {
          out[((i * KW + j) * C + c) * F + f] = oihw[oihwIndex(C, KH, KW, f, c, i, j)] ?? NaN;
        }
      }
    }
  }
  return out;
}

/**
 * An HWIO kernel with its dilation baked in as zeros: tap (i, j) moves to
 * (i·dh, j·dw) in a `keh×kew` kernel (`ke = d(k−1)+1`). A dilation-1
 * convolution with it equals the dilated one, so it stands in where a
 * framework refuses stride > 1 together with dilation > 1.
 */
export function dilateHwio(
  hwio: readonly number[],
  KH: number,
  KW: number,
  C: number,
  F: number,
  dh: number,
  dw: number,
): number[] {
  const keh = effectiveKernel(KH, dh);
  const kew = effectiveKernel(KW, dw);
  const out = new Array<number>(keh * kew * C * F).fill(0);
  for (let i = 0; i < KH; i++) {
    for (let j = 0; j < KW; j++) {
      for (let q = 0; q < C * F; q++) {
        out[(i * dh * kew + j * dw) * C * F + q] = hwio[(i * KW + j) * C * F + q] ?? NaN;
      }
    }
  }
  return out;
}

/** An OIHW kernel and how a conv2d that wants HWIO will run it. */
export interface OihwKernel {
  /** OIHW values as applied (rotated for true convolution), length `filters*channels*kh*kw`. */
  readonly weights: readonly number[];
  readonly filters: number;
  readonly channels: number;
  /** Taps per axis, before dilation. */
  readonly kh: number;
  readonly kw: number;
  /** Dilation per axis. */
  readonly dh: number;
  readonly dw: number;
  /** Bake the dilation into the kernel as zeros (`needsBakedDilation`). */
  readonly bakeDilation: boolean;
}

export interface HwioLayout {
  /** HWIO values, length `shape[0]*shape[1]*channels*filters`. */
  readonly values: readonly number[];
  /** `[KH', KW', C, F]`: KH', KW' the dilated extents `ke` when the dilation is baked in. */
  readonly shape: readonly [number, number, number, number];
  /** The dilation to run the filter with (1 when baked in). */
  readonly dilations: readonly [number, number];
}

/** An OIHW kernel as the HWIO filter of `tf.conv2d` / Keras / tf.nn, dilation baked in when asked. */
export function hwioLayout(k: OihwKernel): HwioLayout {
  const hwio = oihwToHwio(k.weights, k.filters, k.channels, k.kh, k.kw);
  if (!k.bakeDilation) return { values: hwio, shape: [k.kh, k.kw, k.channels, k.filters], dilations: [k.dh, k.dw] };
  return {
    values: dilateHwio(hwio, k.kh, k.kw, k.channels, k.filters, k.dh, k.dw),
    shape: [effectiveKernel(k.kh, k.dh), effectiveKernel(k.kw, k.dw), k.channels, k.filters],
    dilations: [1, 1],
  };
}
