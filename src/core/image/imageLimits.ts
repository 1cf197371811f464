/**
 * The limits of image mode, in one place (style.md, "Habits"): the loader,
 * the kernel builders, the controls and their messages all read these.
 * The grid view's limits (stride, dilation, explicit pads) live in
 * `src/core/limits.ts` and apply here unchanged.
 */
import { LIMITS } from '../limits';

export const IMAGE_LIMITS = {
  /** Longest image side in pixels; larger images are scaled down to it (with a notice). */
  maxSide: 2048,
  /** Largest file accepted, in bytes (a bigger one would stall the tab while it decodes). */
  maxFileBytes: 64 * 1024 * 1024,
  /** Side of the procedurally drawn sample images, in pixels. */
  sampleSide: 512,
  /** Kernel height/width in taps (before dilation). */
  kernel: { min: 1, max: 31 },
  /** Gaussian σ in pixels; the size 2⌈3σ⌉+1 is capped at `kernel.max`. */
  sigma: { min: 0.2, max: 10 },
  /** Largest magnitude of a custom kernel value. */
  kernelValueMaxAbs: 1e6,
  /** The magnified corner: `inset` output pixels square, drawn `insetScale` times larger. */
  inset: 24,
  insetScale: 6,
  /** Outputs with at most this many pixels expose all their values in the hidden JSON (e2e). */
  jsonValuesMaxPixels: 256,
  /** How many leading values the hidden JSON shows for larger outputs. */
  jsonHeadValues: 12,
  /** The difference map's gain is chosen so the largest difference is bright, but never above this. */
  diffMaxGain: 64,
  /**
   * The checkerboard section (checkerboard.ts): upsampling strides offered, and the
   * longest side the picture is box-averaged down to first. That side is the grid's
   * input limit, so the whole result goes through the core's own Plan and reference.
   */
  checkerboard: { stride: { min: 2, max: 4, default: 2 }, side: LIMITS.input.max },
  /** The checkerboard's results are drawn at the largest whole-pixel scale that keeps them within this many CSS pixels (whole, so no pixel is drawn wider than its neighbour). */
  checkerboardDisplay: 384,
} as const;
