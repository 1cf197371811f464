/**
 * Canvas set-up shared by both layers: the backing store gets
 * `devicePixelRatio` device pixels per CSS px so lines and text stay sharp,
 * and the context is scaled so every drawing call works in CSS px.
 */
import type { GridLayout } from './layout';

/** Backing stores are allocated in steps of this many CSS px (see prepareCanvas). */
export const CANVAS_STEP = 64;

/** The backing-store length for `need` device px: kept from `current` while it fits and is not over twice too big. */
export function backingLength(current: number, need: number, step: number): number {
  if (current >= need && current <= 2 * need) return current;
  return Math.max(step, Math.ceil(need / step) * step);
}

/**
 * Sizes `canvas` for `layout` at `dpr` and returns a cleared context in CSS px, or null without 2-D support.
 * The backing store may be larger than the layout (the container clips it, see .canvas-stack), so a grid
 * a few cells bigger or smaller keeps it: reallocating it was the larger part of a redraw when a size
 * slider moved (npm run bench). The canvas' CSS size is its backing store's, so 1 CSS px = `dpr` pixels.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, layout: Pick<GridLayout, 'width' | 'height'>, dpr: number): CanvasRenderingContext2D | null {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  const step = Math.round(CANVAS_STEP * ratio);
  const w = backingLength(canvas.width, Math.max(1, Math.round(layout.width * ratio)), step);
  const h = backingLength(canvas.height, Math.max(1, Math.round(layout.height * ratio)), step);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${w / ratio}px`;
  canvas.style.height = `${h / ratio}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w / ratio, h / ratio);
  return ctx;
}
