/**
 * Canvas set-up shared by both layers: the backing store gets
 * `devicePixelRatio` device pixels per CSS px so lines and text stay sharp,
 * and the context is scaled so every drawing call works in CSS px.
 */
import type { GridLayout } from './layout';

/** Sizes `canvas` for `layout` at `dpr` and returns a cleared context in CSS px, or null without 2-D support. */
export function prepareCanvas(canvas: HTMLCanvasElement, layout: Pick<GridLayout, 'width' | 'height'>, dpr: number): CanvasRenderingContext2D | null {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  const w = Math.max(1, Math.round(layout.width * ratio));
  const h = Math.max(1, Math.round(layout.height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${layout.width}px`;
  canvas.style.height = `${layout.height}px`;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  return ctx;
}
