/**
 * A short, stable summary of pixels for the page's hidden `image-json`
 * (the e2e tests' view of image mode): shape, a fingerprint, and the values
 * themselves only for small images, so the DOM stays small.
 */
import { IMAGE_LIMITS } from './imageLimits';
import { fnv1a } from './pixels';

export interface PixelSummary {
  /** `[height, width, channels]`. */
  readonly shape: [number, number, number];
  /** FNV-1a of the values rounded to bytes (what the canvas shows, clamped). */
  readonly hash: string;
  /** All values (rounded to 1e-4) when the image has at most `jsonValuesMaxPixels` pixels, else the first few. */
  readonly values: number[];
  readonly complete: boolean;
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Summarizes interleaved `height×width×channels` values. */
export function summarizePixels(values: ArrayLike<number>, height: number, width: number, channels: number): PixelSummary {
  const complete = height * width <= IMAGE_LIMITS.jsonValuesMaxPixels;
  const count = complete ? values.length : Math.min(values.length, IMAGE_LIMITS.jsonHeadValues);
  return {
    shape: [height, width, channels],
    hash: fnv1a(new Uint8ClampedArray(values as ArrayLike<number>)),
    values: Array.from({ length: count }, (_, i) => round4(values[i] ?? NaN)),
    complete,
  };
}
