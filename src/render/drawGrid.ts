/**
 * The static layer: every cell's fill, border, hatch, unread mark and text,
 * the input region's outline and the index labels. Drawn once per picture
 * (plan, channel, overlay choice, size); the moving window is drawOverlay's.
 */
import { GRID_LINE, HATCH, HATCH_ON_DARK, INK, LABEL_INK, LABEL_PAD_INK, PAD_BORDER, REGION_LINE, UNREAD_MARK, WHITE_INK } from './colors';
import { forCells, strokeCells } from './cellLoop';
import { boxRect, cellRect, type GridLayout } from './layout';
import type { GridPicture } from './gridPicture';
import { drawPoolOutlines, drawPoolPatterns } from './drawPoolMarks';
import { drawCropLines, drawTransposedPatterns } from './drawTransposedMarks';

export type { AxisLabel, CellPaint, CropSides, GridPicture } from './gridPicture';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Draws `picture` on a context already scaled to CSS px (prepareCanvas). */
export function drawGrid(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const { rows, cols, cell } = layout;
  const at = (r: number, c: number) => picture.cells[r * cols + c];

  if (!fillAsImage(ctx, layout, picture)) {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const p = at(r, c);
        if (!p) continue;
        const { x, y } = cellRect(layout, r, c);
        ctx.fillStyle = p.fill;
        ctx.fillRect(x, y, cell, cell);
      }
    }
  }

  // Thin solid lines between cells; dashed inset borders on padding cells (large cells only:
  // below 14 px they turn the grid into noise, and the hatch and the region outline suffice).
  if (cell >= 14) {
    ctx.strokeStyle = GRID_LINE;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let r = 0; r <= rows; r++) {
      const y = layout.originY + r * cell + 0.5;
      ctx.moveTo(layout.originX, y);
      ctx.lineTo(layout.originX + cols * cell, y);
    }
    for (let c = 0; c <= cols; c++) {
      const x = layout.originX + c * cell + 0.5;
      ctx.moveTo(x, layout.originY);
      ctx.lineTo(x, layout.originY + rows * cell);
    }
    ctx.stroke();
    strokeCells(ctx, layout, picture, (p) => p.pad === true, PAD_BORDER, cell >= 20 ? [3, 2] : [2, 2], 2.5);
  }

  // Hatch: 45° lines about every 7 px, at least one per cell.
  const step = Math.max(cell / Math.max(1, Math.round(cell / 7)), 1);
  ctx.lineWidth = cell >= 10 ? 1 : 0.8;
  for (const dark of [false, true]) {
    ctx.strokeStyle = dark ? HATCH_ON_DARK : HATCH;
    ctx.beginPath();
    forCells(layout, picture, (p) => p.pad === true && (p.dark === true) === dark, (x, y) => {
      for (let t = step; t < 2 * cell; t += step) {
        ctx.moveTo(x + Math.max(0, t - cell), y + Math.min(t, cell));
        ctx.lineTo(x + Math.min(t, cell), y + Math.max(0, t - cell));
      }
    });
    ctx.stroke();
  }
  if (picture.pool) drawPoolPatterns(ctx, layout, picture);
  if (picture.transposed) drawTransposedPatterns(ctx, layout, picture);

  // Unread: a grey X.
  const inset = Math.max(1, cell * 0.18);
  ctx.strokeStyle = UNREAD_MARK;
  ctx.lineWidth = cell >= 20 ? 1.5 : 1;
  ctx.beginPath();
  forCells(layout, picture, (p) => p.unread === true, (x, y) => {
    ctx.moveTo(x + inset, y + inset);
    ctx.lineTo(x + cell - inset, y + cell - inset);
    ctx.moveTo(x + cell - inset, y + inset);
    ctx.lineTo(x + inset, y + cell - inset);
  });
  ctx.stroke();

  if (layout.values) drawTexts(ctx, layout, picture);

  if (picture.region) {
    const b = boxRect(layout, picture.region);
    ctx.strokeStyle = REGION_LINE;
    ctx.lineWidth = cell >= 10 ? 3 : 2;
    ctx.setLineDash([]);
    ctx.strokeRect(b.x, b.y, b.width, b.height);
  }
  if (picture.pool) drawPoolOutlines(ctx, layout, picture);
  if (picture.transposed) drawCropLines(ctx, layout, picture.transposed.kept, picture.transposed.cut);

  if (layout.labels) drawLabels(ctx, layout, picture);
}

/** The integer of the digits at `text[i..]` up to the first non-digit, and where it ended; -1 when there are none. */
function digitsAt(text: string, i: number): [number, number] {
  let v = 0;
  let j = i;
  for (; j < text.length; j++) {
    const d = text.charCodeAt(j) - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  return j === i ? [-1, j] : [v, j];
}

/**
 * `#rrggbb` or `rgb(r, g, b)` (what colors.ts makes) as 0xRRGGBB; null for any
 * other CSS colour. Parsed by hand: it runs once per cell of every redraw.
 */
export function parseFill(css: string): number | null {
  if (css.length === 7 && css.charCodeAt(0) === 35) {
    let v = 0;
    for (let i = 1; i < 7; i++) {
      const d = Number.parseInt(css.charAt(i), 16);
      if (Number.isNaN(d)) return null;
      v = v * 16 + d;
    }
    return v;
  }
  if (!css.startsWith('rgb(')) return null;
  let i = 4;
  let rgb = 0;
  for (let k = 0; k < 3; k++) {
    while (css.charCodeAt(i) === 32) i++;
    const [v, j] = digitsAt(css, i);
    if (v < 0 || v > 255) return null;
    rgb = (rgb << 8) | v;
    i = j;
    while (css.charCodeAt(i) === 32) i++;
    if (css.charCodeAt(i) !== (k < 2 ? 44 : 41)) return null;
    i++;
  }
  return i === css.length ? rgb : null;
}

let scratch: HTMLCanvasElement | null = null;

/** parseFill per colour string: a grid has a handful of colours, each met thousands of times a redraw. */
const fills = new Map<string, number | null>();

function fillOf(css: string): number | null {
  let v = fills.get(css);
  if (v === undefined) {
    if (fills.size > 4096) fills.clear();
    v = parseFill(css);
    fills.set(css, v);
  }
  return v;
}

/**
 * Fills every cell with one draw call: an image with one pixel per cell,
 * scaled up by the cell size without smoothing. A 68×68 grid otherwise takes
 * 4624 fillRect calls, each with a fillStyle to parse (the bulk of a redraw).
 * False (nothing drawn) when a fill is not a plain opaque colour or there is
 * no DOM; the caller then fills cell by cell.
 */
function fillAsImage(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): boolean {
  const { rows, cols, cell } = layout;
  if (typeof document === 'undefined' || typeof ImageData === 'undefined') return false;
  const px = new Uint8ClampedArray(rows * cols * 4);
  for (let i = 0; i < rows * cols; i++) {
    const p = picture.cells[i];
    if (!p) continue;
    const v = fillOf(p.fill);
    if (v === null) return false;
    px[i * 4] = v >> 16;
    px[i * 4 + 1] = (v >> 8) & 0xff;
    px[i * 4 + 2] = v & 0xff;
    px[i * 4 + 3] = 255;
  }
  scratch ??= document.createElement('canvas');
  if (scratch.width < cols) scratch.width = cols;
  if (scratch.height < rows) scratch.height = rows;
  const sctx = scratch.getContext('2d');
  if (!sctx) return false;
  sctx.putImageData(new ImageData(px, cols, rows), 0, 0);
  const smoothing = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, 0, 0, cols, rows, layout.originX, layout.originY, cols * cell, rows * cell);
  ctx.imageSmoothingEnabled = smoothing;
  return true;
}

/** The font size last set on the context by drawTexts, so a grid of same-size numbers sets (and parses) its font once. */
interface FontState {
  px: number;
}

function setFont(ctx: CanvasRenderingContext2D, state: FontState, px: number): void {
  if (state.px === px) return;
  ctx.font = `${px}px ${FONT}`;
  state.px = px;
}

/** Text widths by font size and text: the same numbers are drawn again and again (the reference, then tfjs's). */
const widths = new Map<string, number>();

function textWidth(ctx: CanvasRenderingContext2D, px: number, text: string): number {
  const key = `${px}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear();
    w = ctx.measureText(text).width;
    widths.set(key, w);
  }
  return w;
}

/** Draws `text` centred at (cx, cy), shrunk to fit `room` px; skipped if it would be under 7 px. */
function fitText(ctx: CanvasRenderingContext2D, font: FontState, text: string, cx: number, cy: number, room: number, px: number, halo: string | null): void {
  setFont(ctx, font, px);
  const w = textWidth(ctx, px, text);
  if (w > room) {
    const size = Math.floor((px * room) / w);
    if (size < 7) return;
    setFont(ctx, font, size);
  }
  if (halo) {
    ctx.lineWidth = 3;
    ctx.strokeStyle = halo;
    ctx.lineJoin = 'round';
    ctx.strokeText(text, cx, cy);
  }
  ctx.fillText(text, cx, cy);
}

function drawTexts(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const { cell, fontPx } = layout;
  const subPx = Math.max(8, Math.round(fontPx * 0.72));
  const font: FontState = { px: -1 };
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let r = 0; r < layout.rows; r++) {
    for (let c = 0; c < layout.cols; c++) {
      const p = picture.cells[r * layout.cols + c];
      if (!p) continue;
      const { x, y } = cellRect(layout, r, c);
      const sub = layout.subText && p.sub ? p.sub : null;
      const ink = p.ink ?? INK;
      // A halo keeps text readable over the hatch: light behind dark text, dark behind white text.
      const halo = p.pad || p.uncounted || p.cropped ? (ink === WHITE_INK || p.dark ? 'rgba(16, 38, 110, 0.7)' : 'rgba(255, 255, 255, 0.85)') : null;
      ctx.fillStyle = ink;
      if (p.text) fitText(ctx, font, p.text, x + cell / 2, y + (sub ? cell * 0.38 : cell / 2), cell - 6, fontPx, halo);
      if (sub) fitText(ctx, font, sub, x + cell / 2, y + cell * 0.76, cell - 5, subPx, halo);
    }
  }
}

function drawLabels(ctx: CanvasRenderingContext2D, layout: GridLayout, picture: GridPicture): void {
  const px = Math.min(11, Math.max(9, Math.round(layout.cell * 0.26)));
  ctx.font = `${px}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  picture.colLabels?.forEach((l, c) => {
    ctx.fillStyle = l.muted ? LABEL_PAD_INK : LABEL_INK;
    ctx.fillText(l.text, layout.originX + (c + 0.5) * layout.cell, layout.originY - 9, layout.cell);
  });
  ctx.textAlign = 'right';
  picture.rowLabels?.forEach((l, r) => {
    ctx.fillStyle = l.muted ? LABEL_PAD_INK : LABEL_INK;
    ctx.fillText(l.text, layout.originX - 4, layout.originY + (r + 0.5) * layout.cell, 16);
  });
}
