/**
 * Box-average downscaling of an RGB picture by a whole factor (pure): each
 * output pixel is the mean of an f×f block, so no resampling filter of the
 * browser's (which differs between browsers) decides the values a test checks.
 */
import type { RgbImage } from './pixels';

/** The whole factor that brings the longest side to at most `maxSide` pixels (1 when it already fits). */
export function downscaleFactor(width: number, height: number, maxSide: number): number {
  return Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
}

/**
 * The picture averaged over `f×f` blocks, `f = downscaleFactor(...)`: size
 * `⌊W/f⌋×⌊H/f⌋` (at least 1×1); the last `W mod f` columns and `H mod f`
 * rows, which fill no whole block, are left out. Interleaved HWC, 0..255.
 */
export function downscaleRgb(img: RgbImage, maxSide: number): { readonly image: RgbImage; readonly factor: number } {
  const f = downscaleFactor(img.width, img.height, maxSide);
  if (f === 1) return { image: img, factor: 1 };
  const width = Math.max(1, Math.floor(img.width / f));
  const height = Math.max(1, Math.floor(img.height / f));
  // A side shorter than f (a 3000×4 strip) averages what there is of its one block.
  const bh = Math.min(f, img.height);
  const bw = Math.min(f, img.width);
  const rgb = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < bh; dy++) {
          for (let dx = 0; dx < bw; dx++) sum += img.rgb[((y * f + dy) * img.width + x * f + dx) * 3 + c] ?? 0;
        }
        rgb[(y * width + x) * 3 + c] = sum / (bh * bw);
      }
    }
  }
  return { image: { width, height, rgb }, factor: f };
}
