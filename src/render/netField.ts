/**
 * One feature map of the network view with a receptive field drawn on it
 * (design.md, "Network view"): the map, the padding band its next layer adds
 * around it, and the cells one output cell reads (core netFootprint). The
 * footprint is a product of a row set and a column set, so the picture is
 * drawn as runs of rows × runs of columns, a few rectangles however big the
 * map (a 512×512 map is not 270k cell fills per frame).
 */
import { FOCUS_LINE, GRID_LINE, HATCH, INPUT_FILL, PAD_BORDER, PAD_FILL, REGION_LINE, WINDOW_LINE } from './colors';

/** Cells read inside the map: the window blue. */
export const FIELD_READ = WINDOW_LINE;
/** Cells read in the padding: the focus orange, with the padding's hatch over it. */
export const FIELD_PAD_READ = FOCUS_LINE;
/** Cells read past the padding band (only padding cells of the next level reach them): pale orange. */
export const FIELD_BEYOND_READ = '#f2b8a0';
/** Where the cells past the padding band sit: white with a dashed edge. */
export const FIELD_BEYOND_FILL = '#fbfbfd';

/** Where a cell index lies on one axis: in the map, in the padding band, or past it. */
export type FieldRegion = 'map' | 'pad' | 'beyond';

/** One axis of a level: its size, the padding its next layer adds, and the footprint's cells (sorted; <0 or ≥n is padding). */
export interface FieldAxis {
  readonly n: number;
  readonly before: number;
  readonly after: number;
  readonly cells: readonly number[];
}

export interface FieldPicture {
  readonly h: FieldAxis;
  readonly w: FieldAxis;
  /** Outline the footprint's single cell as the selection (the output level); on small cells, a crosshair finds it. */
  readonly selected?: boolean;
  /** Ring the footprint's extent (an overview whose cells are too small to see it). */
  readonly mark?: boolean;
}

/** The part of the picture drawn, per axis (the whole of it, or a zoom around the footprint). */
export interface FieldWindow {
  readonly h: AxisExtent;
  readonly w: AxisExtent;
}

/** The drawn index range of one axis: the padding band, widened to any footprint cell past it. */
export interface AxisExtent {
  readonly first: number;
  readonly count: number;
}

export interface FieldLayout {
  readonly h: AxisExtent;
  readonly w: AxisExtent;
  /** Cell edge, CSS px (at least 1, fractional on big maps). */
  readonly cell: number;
  readonly width: number;
  readonly height: number;
}

/** A run of consecutive read cells on one axis, all in one region. */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly region: FieldRegion;
}

/** Room around the cells for the outlines (CSS px). */
const EDGE = 2;

export function regionOf(axis: FieldAxis, i: number): FieldRegion {
  if (i >= 0 && i < axis.n) return 'map';
  return i >= -axis.before && i < axis.n + axis.after ? 'pad' : 'beyond';
}

export function axisExtent(axis: FieldAxis): AxisExtent {
  const first = Math.min(-axis.before, axis.cells[0] ?? 0);
  const last = Math.max(axis.n - 1 + axis.after, axis.cells[axis.cells.length - 1] ?? 0);
  return { first, count: last - first + 1 };
}

/**
 * Cell size for a picture at most `maxSide` CSS px on its longer side:
 * between `minCell` and `maxCell`, whole pixels while cells are 2 px or more
 * (crisp edges), fractional below (a 520-cell axis in 260 px is 0.5 px: it
 * stays at 1 px, and the container scrolls).
 */
export function fieldLayout(picture: FieldPicture, maxSide: number, maxCell = 24, minCell = 1, window?: FieldWindow): FieldLayout {
  const h = window?.h ?? axisExtent(picture.h);
  const w = window?.w ?? axisExtent(picture.w);
  const fit = maxSide / Math.max(h.count, w.count);
  const cell = Math.max(minCell, Math.min(maxCell, fit >= 2 ? Math.floor(fit) : fit));
  return { h, w, cell, width: w.count * cell + 2 * EDGE, height: h.count * cell + 2 * EDGE };
}

/**
 * A window around the footprint, `margin` cells each side, within the drawn
 * extent: what a big map's zoom shows (a 27-cell field on a 224 map is
 * a dot at a pixel per cell).
 */
export function zoomWindow(picture: FieldPicture, margin: number): FieldWindow {
  const axis = (a: FieldAxis): AxisExtent => {
    const all = axisExtent(a);
    const first = Math.max(all.first, (a.cells[0] ?? 0) - margin);
    const last = Math.min(all.first + all.count - 1, (a.cells[a.cells.length - 1] ?? 0) + margin);
    return { first, count: last - first + 1 };
  };
  return { h: axis(picture.h), w: axis(picture.w) };
}

/** Runs of consecutive read cells, split where the region changes (so each run has one colour). */
export function readRuns(axis: FieldAxis): Run[] {
  const runs: Run[] = [];
  for (const i of axis.cells) {
    const region = regionOf(axis, i);
    const last = runs[runs.length - 1];
    if (last && last.end === i - 1 && last.region === region) runs[runs.length - 1] = { ...last, end: i };
    else runs.push({ start: i, end: i, region });
  }
  return runs;
}

/** The colour of a read cell whose row and column lie in regions `a` and `b`. */
export function readColour(a: FieldRegion, b: FieldRegion): string {
  if (a === 'beyond' || b === 'beyond') return FIELD_BEYOND_READ;
  return a === 'pad' || b === 'pad' ? FIELD_PAD_READ : FIELD_READ;
}

/** Top-left pixel of index `i` on an axis drawn from `extent.first`. */
function at(extent: AxisExtent, cell: number, i: number): number {
  return EDGE + (i - extent.first) * cell;
}

/** 45° lines about every 6 px inside a rectangle (the padding's pattern, so it differs by more than colour). */
function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  if (width <= 0 || height <= 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.beginPath();
  for (let t = 6; t < width + height; t += 6) {
    ctx.moveTo(x + Math.max(0, t - height), y + Math.min(t, height));
    ctx.lineTo(x + Math.min(t, width), y + Math.max(0, t - width));
  }
  ctx.stroke();
  ctx.restore();
}

/** Draws `picture` in `layout` on a context already scaled to CSS px (canvas.ts prepareCanvas). */
export function drawField(ctx: CanvasRenderingContext2D, layout: FieldLayout, picture: FieldPicture): void {
  const { h, w, cell } = layout;
  const x = (c: number) => at(w, cell, c);
  const y = (r: number) => at(h, cell, r);
  const span = (a: number, b: number) => (b - a + 1) * cell;
  // A zoom draws part of the picture: everything is placed as in the whole, and clipped to the window.
  ctx.save();
  ctx.beginPath();
  ctx.rect(EDGE, EDGE, w.count * cell, h.count * cell);
  ctx.clip();
  // Past the padding band, then the band, then the map on top.
  ctx.fillStyle = FIELD_BEYOND_FILL;
  ctx.fillRect(EDGE, EDGE, w.count * cell, h.count * cell);
  const band = { x: x(-picture.w.before), y: y(-picture.h.before), width: span(-picture.w.before, picture.w.n - 1 + picture.w.after), height: span(-picture.h.before, picture.h.n - 1 + picture.h.after) };
  ctx.fillStyle = PAD_FILL;
  ctx.fillRect(band.x, band.y, band.width, band.height);
  const map = { x: x(0), y: y(0), width: picture.w.n * cell, height: picture.h.n * cell };
  ctx.fillStyle = INPUT_FILL;
  ctx.fillRect(map.x, map.y, map.width, map.height);

  const rows = readRuns(picture.h);
  const cols = readRuns(picture.w);
  for (const r of rows) {
    for (const c of cols) {
      ctx.fillStyle = readColour(r.region, c.region);
      ctx.fillRect(x(c.start), y(r.start), span(c.start, c.end), span(r.start, r.end));
    }
  }

  if (cell >= 6) {
    // Lines between cells once they are big enough to count by eye.
    ctx.strokeStyle = GRID_LINE;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let r = 0; r <= h.count; r++) {
      ctx.moveTo(EDGE, EDGE + r * cell + 0.5);
      ctx.lineTo(EDGE + w.count * cell, EDGE + r * cell + 0.5);
    }
    for (let c = 0; c <= w.count; c++) {
      ctx.moveTo(EDGE + c * cell + 0.5, EDGE);
      ctx.lineTo(EDGE + c * cell + 0.5, EDGE + h.count * cell);
    }
    ctx.stroke();
  }

  // The padding band's hatch (four strips around the map), over read and unread padding cells alike.
  ctx.strokeStyle = HATCH;
  ctx.lineWidth = 1;
  hatch(ctx, band.x, band.y, band.width, map.y - band.y);
  hatch(ctx, band.x, map.y + map.height, band.width, band.y + band.height - map.y - map.height);
  hatch(ctx, band.x, map.y, map.x - band.x, map.height);
  hatch(ctx, map.x + map.width, map.y, band.x + band.width - map.x - map.width, map.height);

  ctx.lineWidth = 1;
  ctx.strokeStyle = PAD_BORDER;
  ctx.setLineDash([3, 2]);
  ctx.strokeRect(band.x + 0.5, band.y + 0.5, band.width - 1, band.height - 1);
  ctx.setLineDash([]);
  ctx.strokeStyle = REGION_LINE;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(map.x, map.y, map.width, map.height);

  ctx.restore();
  drawMarks(ctx, layout, picture);
}

/** The selection (with a crosshair when cells are small) and the overview's ring, on top of everything. */
function drawMarks(ctx: CanvasRenderingContext2D, layout: FieldLayout, picture: FieldPicture): void {
  const { h, w, cell } = layout;
  const r0 = picture.h.cells[0];
  const c0 = picture.w.cells[0];
  if (r0 === undefined || c0 === undefined) return;
  const x0 = at(w, cell, c0);
  const y0 = at(h, cell, r0);
  ctx.strokeStyle = FOCUS_LINE;
  if (picture.selected) {
    if (cell < 8) {
      ctx.globalAlpha = 0.45;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(EDGE, y0 + cell / 2);
      ctx.lineTo(EDGE + w.count * cell, y0 + cell / 2);
      ctx.moveTo(x0 + cell / 2, EDGE);
      ctx.lineTo(x0 + cell / 2, EDGE + h.count * cell);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 - 1, y0 - 1, cell + 2, cell + 2);
  }
  if (picture.mark) {
    // At least 8 px, so a field of a few 1 px cells is still found.
    const r1 = picture.h.cells[picture.h.cells.length - 1] ?? r0;
    const c1 = picture.w.cells[picture.w.cells.length - 1] ?? c0;
    const width = Math.max((c1 - c0 + 1) * cell, 8);
    const height = Math.max((r1 - r0 + 1) * cell, 8);
    const cx = x0 + ((c1 - c0 + 1) * cell) / 2;
    const cy = y0 + ((r1 - r0 + 1) * cell) / 2;
    ctx.lineWidth = 2;
    ctx.strokeRect(cx - width / 2 - 1, cy - height / 2 - 1, width + 2, height + 2);
  }
}

/** The cell (row, column in level coordinates) under CSS px (`px`, `py`) of a picture, or null off the cells. */
export function cellAtPoint(layout: FieldLayout, px: number, py: number): { row: number; col: number } | null {
  const col = Math.floor((px - EDGE) / layout.cell);
  const row = Math.floor((py - EDGE) / layout.cell);
  if (row < 0 || col < 0 || row >= layout.h.count || col >= layout.w.count) return null;
  return { row: row + layout.h.first, col: col + layout.w.first };
}
