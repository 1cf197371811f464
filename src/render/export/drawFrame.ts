/**
 * Paints the scene's frames as pixels with the page's own drawing code
 * (drawGrid for the static layer, drawOverlay for the moving one). The
 * canvases come from an injected factory, so the same code runs on a page
 * canvas, an OffscreenCanvas, or a recording fake in a Node test. Lengths
 * are px, one canvas pixel per px (no devicePixelRatio: an export must be
 * the same bytes on every screen).
 */
import { INK, LABEL_INK } from '../colors';
import { drawGrid } from '../drawGrid';
import { drawOverlay } from '../drawOverlay';
import { boxRect } from '../layout';
import { PENDING_FILL, SCENE, type ExportScene, type SceneFrame, type SceneGrid } from './exportScene';

/** A canvas to draw on and to draw from (its `canvas` is passed to drawImage). */
export interface ExportSurface {
  readonly canvas: CanvasImageSource;
  readonly ctx: CanvasRenderingContext2D;
}

/** Makes a blank `width × height` px surface. */
export type SurfaceFactory = (width: number, height: number) => ExportSurface;

/** One frame's pixels, RGBA row-major (ImageData's layout). */
export interface FramePixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
export const EXPORT_BACKGROUND = '#ffffff';

function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, px: number, ink: string): void {
  ctx.font = `${px}px ${EXPORT_FONT}`;
  ctx.fillStyle = ink;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(s, x, y);
}

function atGrid(ctx: CanvasRenderingContext2D, grid: SceneGrid, draw: () => void): void {
  ctx.save();
  ctx.translate(grid.x, grid.y);
  draw();
  ctx.restore();
}

/** The part every frame shares: background, titles and both grids' static layers. */
function paintBase(ctx: CanvasRenderingContext2D, scene: ExportScene): void {
  ctx.fillStyle = EXPORT_BACKGROUND;
  ctx.fillRect(0, 0, scene.width, scene.height);
  text(ctx, scene.title, SCENE.margin, SCENE.margin + SCENE.title / 2, 14, INK);
  for (const grid of [scene.padded, scene.output]) {
    text(ctx, grid.title, grid.x, grid.y - SCENE.gridTitle / 2, 12, LABEL_INK);
    atGrid(ctx, grid, () => drawGrid(ctx, grid.layout, grid.picture));
  }
}

/**
 * Returns a painter of the scene's frames: the static layer is drawn once,
 * each frame copies it and adds the moving layers, the veil over the output
 * cells still to come, and the caption.
 */
export function framePainter(scene: ExportScene, make: SurfaceFactory): (frame: SceneFrame) => FramePixels {
  const { width, height } = scene;
  const base = make(width, height);
  paintBase(base.ctx, scene);
  const moving = make(width, height);
  const out = make(width, height);
  return (frame) => {
    const ctx = out.ctx;
    ctx.drawImage(base.canvas, 0, 0);
    const o = scene.output;
    ctx.fillStyle = PENDING_FILL;
    for (const box of frame.pending) {
      const r = boxRect(o.layout, box);
      ctx.fillRect(o.x + r.x, o.y + r.y, r.width, r.height);
    }
    moving.ctx.clearRect(0, 0, width, height);
    atGrid(moving.ctx, scene.padded, () => drawOverlay(moving.ctx, scene.padded.layout, frame.padded));
    atGrid(moving.ctx, o, () => drawOverlay(moving.ctx, o.layout, frame.output));
    ctx.drawImage(moving.canvas, 0, 0);
    text(ctx, frame.caption, SCENE.margin, height - SCENE.margin - SCENE.caption / 2, 13, INK);
    return { width, height, data: ctx.getImageData(0, 0, width, height).data };
  };
}

/** A surface factory for the browser: an OffscreenCanvas where there is one, else a detached <canvas>. */
export function browserSurface(width: number, height: number): ExportSurface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    // The 2-D context of an OffscreenCanvas draws the same calls; drawGrid is typed for the page's context.
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as unknown as CanvasRenderingContext2D | null;
    if (ctx) return { canvas, ctx };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser gives no 2-D canvas: the frames cannot be drawn.');
  return { canvas, ctx };
}
