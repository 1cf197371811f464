/**
 * One grid as SVG markup, from the same plain data the canvas draws
 * (GridPicture, OverlayPicture, GridLayout): the cell fills, the grid lines,
 * the padding's hatch and dashed border, unread crosses, values, the input's
 * outline and the index labels; and the moving layer (window taps, its
 * extent, max pooling's winner, the output cell in focus). A pool's
 * cross-hatch and a transposed convolution's dotted marks are left to their
 * fills here (the raster exports draw them all). Lengths are px.
 */
import { FOCUS_LINE, GRID_LINE, HATCH, INK, LABEL_INK, LABEL_PAD_INK, PAD_BORDER, REGION_LINE, UNREAD_MARK, WINDOW_FILL, WINDOW_LINE, WINNER_MARK } from '../colors';
import type { OverlayPicture } from '../drawOverlay';
import type { CellPaint, GridPicture } from '../gridPicture';
import { boxRect, cellRect, type GridLayout } from '../layout';

/** The id of the hatch pattern (fixed: the same configuration must give the same bytes). */
export const HATCH_ID = 'padlab-hatch';

/** Text for SVG character data and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number as SVG writes it: at most 2 decimals, no trailing zeros. */
export function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** The hatch of padding cells: 45° lines about every 7 px (drawGrid's). */
export function hatchPattern(): string {
  return `<pattern id="${HATCH_ID}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="7" stroke="${HATCH}" stroke-width="1"/></pattern>`;
}

function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" ${attrs}/>`;
}

/** Calls `f` with each cell's paint and top-left corner (px), row-major, for the cells that pass `test`. */
function eachCell(layout: GridLayout, picture: GridPicture, test: (p: CellPaint) => boolean, f: (p: CellPaint, x: number, y: number) => void): void {
  for (let r = 0; r < layout.rows; r++) {
    for (let c = 0; c < layout.cols; c++) {
      const p = picture.cells[r * layout.cols + c];
      if (p && test(p)) f(p, layout.originX + c * layout.cell, layout.originY + r * layout.cell);
    }
  }
}

/** The static layer of one grid, drawn from its layout's origin (0, 0). */
export function gridSvg(layout: GridLayout, picture: GridPicture, font: string): string {
  const { rows, cols, cell } = layout;
  const out: string[] = [];
  eachCell(layout, picture, () => true, (p, x, y) => out.push(rect(x, y, cell, cell, `fill="${p.fill}"`)));
  if (cell >= 14) {
    const d: string[] = [];
    for (let r = 0; r <= rows; r++) d.push(`M${n(layout.originX)} ${n(layout.originY + r * cell + 0.5)}h${cols * cell}`);
    for (let c = 0; c <= cols; c++) d.push(`M${n(layout.originX + c * cell + 0.5)} ${n(layout.originY)}v${rows * cell}`);
    out.push(`<path d="${d.join('')}" stroke="${GRID_LINE}" stroke-width="1" fill="none"/>`);
  }
  eachCell(layout, picture, (p) => p.pad === true, (_, x, y) => {
    out.push(rect(x, y, cell, cell, `fill="url(#${HATCH_ID})"`));
    if (cell >= 14) out.push(rect(x + 2.5, y + 2.5, cell - 5, cell - 5, `fill="none" stroke="${PAD_BORDER}" stroke-width="1" stroke-dasharray="${cell >= 20 ? '3 2' : '2 2'}"`));
  });
  const inset = Math.max(1, cell * 0.18);
  const x: string[] = [];
  eachCell(layout, picture, (p) => p.unread === true, (_, cx, cy) => {
    x.push(`M${n(cx + inset)} ${n(cy + inset)}L${n(cx + cell - inset)} ${n(cy + cell - inset)}M${n(cx + cell - inset)} ${n(cy + inset)}L${n(cx + inset)} ${n(cy + cell - inset)}`);
  });
  if (x.length > 0) out.push(`<path d="${x.join('')}" stroke="${UNREAD_MARK}" stroke-width="${cell >= 20 ? 1.5 : 1}" fill="none"/>`);
  if (layout.values) out.push(textsSvg(layout, picture, font));
  if (picture.region) {
    const b = boxRect(layout, picture.region);
    out.push(rect(b.x, b.y, b.width, b.height, `fill="none" stroke="${REGION_LINE}" stroke-width="${cell >= 10 ? 3 : 2}"`));
  }
  if (layout.labels) out.push(labelsSvg(layout, picture, font));
  return out.join('');
}

function textsSvg(layout: GridLayout, picture: GridPicture, font: string): string {
  const { cell, fontPx } = layout;
  const subPx = Math.max(8, Math.round(fontPx * 0.72));
  const out: string[] = [`<g font-family="${escapeXml(font)}" text-anchor="middle" dominant-baseline="central">`];
  eachCell(layout, picture, (p) => p.text !== undefined || (layout.subText && p.sub !== undefined), (p, x, y) => {
    const sub = layout.subText && p.sub ? p.sub : null;
    const ink = p.ink ?? INK;
    if (p.text) out.push(`<text x="${n(x + cell / 2)}" y="${n(y + (sub ? cell * 0.38 : cell / 2))}" font-size="${fontPx}" fill="${ink}">${escapeXml(p.text)}</text>`);
    if (sub) out.push(`<text x="${n(x + cell / 2)}" y="${n(y + cell * 0.76)}" font-size="${subPx}" fill="${ink}">${escapeXml(sub)}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

function labelsSvg(layout: GridLayout, picture: GridPicture, font: string): string {
  const px = Math.min(11, Math.max(9, Math.round(layout.cell * 0.26)));
  const out: string[] = [`<g font-family="${escapeXml(font)}" font-size="${px}" dominant-baseline="central">`];
  picture.colLabels?.forEach((l, c) => {
    const fill = l.muted ? LABEL_PAD_INK : LABEL_INK;
    out.push(`<text x="${n(layout.originX + (c + 0.5) * layout.cell)}" y="${n(layout.originY - 9)}" text-anchor="middle" fill="${fill}">${escapeXml(l.text)}</text>`);
  });
  picture.rowLabels?.forEach((l, r) => {
    const fill = l.muted ? LABEL_PAD_INK : LABEL_INK;
    out.push(`<text x="${n(layout.originX - 4)}" y="${n(layout.originY + (r + 0.5) * layout.cell)}" text-anchor="end" fill="${fill}">${escapeXml(l.text)}</text>`);
  });
  out.push('</g>');
  return out.join('');
}

/** The moving layer of one grid (drawOverlay's marks), drawn from its layout's origin. */
export function overlaySvg(layout: GridLayout, overlay: OverlayPicture): string {
  const { cell } = layout;
  const thick = cell >= 14;
  const out: string[] = [];
  for (const c of overlay.fill ?? []) {
    const r = cellRect(layout, c.row, c.col);
    out.push(rect(r.x, r.y, r.width, r.height, `fill="${overlay.fillColor ?? WINDOW_FILL}"`));
  }
  for (const c of overlay.outline ?? []) {
    const r = cellRect(layout, c.row, c.col);
    out.push(rect(r.x + 1, r.y + 1, r.width - 2, r.height - 2, `fill="none" stroke="${WINDOW_LINE}" stroke-width="${thick ? 1.5 : 1}"`));
  }
  if (overlay.box) {
    const b = boxRect(layout, overlay.box);
    out.push(rect(b.x - 1, b.y - 1, b.width + 2, b.height + 2, `fill="none" stroke="${WINDOW_LINE}" stroke-width="${thick ? 2.5 : 2}" stroke-dasharray="${thick ? '6 3' : '4 2'}"`));
  }
  if (overlay.winner) {
    const r = cellRect(layout, overlay.winner.row, overlay.winner.col);
    const inset = thick ? 3 : 1.5;
    out.push(rect(r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset, `fill="none" stroke="${WINNER_MARK}" stroke-width="${thick ? 2.5 : 1.5}"`));
  }
  if (overlay.focus) {
    const r = cellRect(layout, overlay.focus.row, overlay.focus.col);
    out.push(rect(r.x - 0.5, r.y - 0.5, r.width + 1, r.height + 1, `fill="none" stroke="${FOCUS_LINE}" stroke-width="${thick ? 3 : 2}"`));
  }
  return out.join('');
}
