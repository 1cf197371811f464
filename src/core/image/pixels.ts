/**
 * Plain pixel arrays of image mode (pure). Images are interleaved HWC:
 * pixel (y, x) channel c at `(y·width + x)·channels + c`, values 0..255.
 */

/** An RGB image as floats, interleaved HWC (length `height·width·3`), values 0..255. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Float32Array;
}

/** How negative or >255 results are shown: cut to 0..255, absolute value, or 128 + value. */
export const DISPLAY_MAPPINGS = ['clamp', 'abs', 'offset'] as const;
export type DisplayMapping = (typeof DISPLAY_MAPPINGS)[number];

export const DISPLAY_MAPPING_LABEL: Record<DisplayMapping, string> = {
  clamp: 'clamp to 0..255',
  abs: '|value| (edge detectors)',
  offset: '128 + value (signed)',
};

/** Drops the alpha channel of RGBA bytes (as `ImageData.data` holds them). */
export function rgbaToRgb(rgba: ArrayLike<number>, width: number, height: number): RgbImage {
  const n = width * height;
  const rgb = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    rgb[i * 3] = rgba[i * 4] ?? 0;
    rgb[i * 3 + 1] = rgba[i * 4 + 1] ?? 0;
    rgb[i * 3 + 2] = rgba[i * 4 + 2] ?? 0;
  }
  return { width, height, rgb };
}

/**
 * Opaque RGBA bytes for display from RGB floats. Uint8ClampedArray does the
 * clamping to 0..255 and the rounding (half to even), as the HTML spec says.
 */
export function rgbToRgba(rgb: ArrayLike<number>, mapping: DisplayMapping = 'clamp'): Uint8ClampedArray {
  const n = Math.floor(rgb.length / 3);
  const out = new Uint8ClampedArray(n * 4);
  const map = mapping === 'abs' ? Math.abs : mapping === 'offset' ? (v: number) => v + 128 : (v: number) => v;
  for (let i = 0; i < n; i++) {
    out[i * 4] = map(rgb[i * 3] ?? 0);
    out[i * 4 + 1] = map(rgb[i * 3 + 1] ?? 0);
    out[i * 4 + 2] = map(rgb[i * 3 + 2] ?? 0);
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** One channel of an RGB image as a flat row-major array (for the core's `C*H*W` layout). */
export function channelPlane(img: RgbImage, c: number): number[] {
  const n = img.width * img.height;
  return Array.from({ length: n }, (_, i) => img.rgb[i * 3 + c] ?? NaN);
}

/** FNV-1a 32-bit over bytes, as 8 hex digits: a short fingerprint of pixels for tests. */
export function fnv1a(bytes: ArrayLike<number>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= (bytes[i] ?? 0) & 0xff;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
