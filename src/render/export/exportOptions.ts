/**
 * What a step-through export can be asked for, and its limits: one place
 * for the dialog's inputs, the frame builder and the encoders.
 */

export const EXPORT_FORMATS = ['gif', 'svg', 'zip'] as const;
/** Animated GIF (gifenc), animated SVG (SMIL, no script), or numbered PNG frames in a zip (fflate). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_DRAWS = ['values', 'sources', 'window'] as const;
/** What the cells show: their values, the input cell each copies (as the page's Sources overlay), or nothing but the window. */
export type ExportDraw = (typeof EXPORT_DRAWS)[number];

/** At most this many frames (one per output cell): a 64×64 output would be a 4,096-frame file nobody can put on a slide. */
export const MAX_EXPORT_FRAMES = 400;

/** Cell edge of the exported grids, CSS px = image px (1:1, no devicePixelRatio: the same bytes on every screen). */
export const EXPORT_CELL = { min: 8, max: 64, initial: 32 } as const;
/** Playback speed, frames (output cells) per second. */
export const EXPORT_FPS = { min: 1, max: 20, initial: 2 } as const;

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Cell edge, px. */
  readonly cell: number;
  /** Frames per second. */
  readonly fps: number;
  readonly draw: ExportDraw;
  /** The input channel drawn on the padded grid. */
  readonly channel: number;
  /** The filter (a pool: the channel) whose output is drawn. */
  readonly filter: number;
}

/** A whole number clamped to [min, max]; NaN gives `min`. */
export function clampInt(v: number, min: number, max: number): number {
  return Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : min;
}

/** The frame delay in ms for `fps`, in whole centiseconds (GIF's unit), so every format keeps the same pace. */
export function frameDelayMs(fps: number): number {
  return Math.max(2, Math.round(100 / clampInt(fps, EXPORT_FPS.min, EXPORT_FPS.max))) * 10;
}
