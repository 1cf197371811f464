/**
 * Step-through export: GIF, SVG and a zip of PNG frames are made through the
 * UI (download events) for a convolution and a max pool with ceil_mode, and
 * decoded here (omggif, pngjs, fflate, the SVG's markup): one frame per
 * output cell, frames of the chosen size, the window at the padded grid's
 * top-left in the first frame and (out−1)·stride cells on in the last, the
 * output cell in focus moving the same way, known cell colours, and the
 * same bytes when exported twice. A big output says it exports its first
 * 400 frames, and an export can be cancelled.
 */
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { ExplorerPage } from './pages/explorer';

type Rgb = readonly [number, number, number];
interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** The window's line (render/colors WINDOW_LINE), the focus ring (FOCUS_LINE), the window's tint over white (WINDOW_FILL at 0.26). */
const WINDOW_LINE: Rgb = [36, 88, 214];
const FOCUS_LINE: Rgb = [217, 72, 15];
const WINDOW_TINT: Rgb = [198, 211, 244];
const WHITE: Rgb = [255, 255, 255];
const CELL = 30;

const CASES = [
  { name: 'conv in=5 k=3 same', query: 'in=5&k=3&pad=same', file: 'padlab-conv-in5x5-k3x3-s1x1-same-zeros', out: [5, 5], step: 1 },
  { name: 'maxpool in=6 k=3 s=2 p=1 ceil', query: 'op=maxpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1', file: 'padlab-maxpool-in6x6-k3x3-s2x2-p1-1-1-1-ceil', out: [4, 4], step: 2 },
] as const;

function near(a: ArrayLike<number>, i: number, c: Rgb, tol: number): boolean {
  return Math.abs((a[i] ?? 0) - c[0]) <= tol && Math.abs((a[i + 1] ?? 0) - c[1]) <= tol && Math.abs((a[i + 2] ?? 0) - c[2]) <= tol;
}

/** Bounding box of the pixels within `tol` of `c`, left of `maxX`. */
function bbox(img: Image, c: Rgb, tol = 30, maxX = img.width): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < maxX; x++) {
      if (!near(img.data, (y * img.width + x) * 4, c, tol)) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, x1, y1 };
}

/** The commonest colour of a 6×6 patch a quarter cell into the cell at (x, y): its fill, past grid lines, hatch and text. */
function cellColour(img: Image, x: number, y: number): Rgb {
  const counts = new Map<string, number>();
  for (let j = 0; j < 6; j++) {
    for (let i = 0; i < 6; i++) {
      const at = ((y + Math.round(CELL / 4) + j) * img.width + x + Math.round(CELL / 4) + i) * 4;
      const key = `${img.data[at]},${img.data[at + 1]},${img.data[at + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '0,0,0';
  return best.split(',').map(Number) as unknown as Rgb;
}

function expectColour(actual: Rgb, expected: Rgb, tol = 8): void {
  expect(actual.every((v, k) => Math.abs(v - (expected[k] ?? 0)) <= tol), `${actual} ≈ ${expected}`).toBe(true);
}

/**
 * The first and last frames against the step-through: the window's box starts a pixel or two above-left of the
 * padded grid's cell (0, 0) and ends (out−1)·stride cells on; the orange focus ring moves (out−1) output cells.
 */
function checkFrames(first: Image, last: Image, c: (typeof CASES)[number]): void {
  const a = bbox(first, WINDOW_LINE);
  const b = bbox(last, WINDOW_LINE);
  const shift = (c.out[0] - 1) * c.step * CELL;
  expect(Math.abs(b.x0 - a.x0 - shift)).toBeLessThanOrEqual(2);
  expect(Math.abs(b.y0 - a.y0 - shift)).toBeLessThanOrEqual(2);
  // The window's box is three cells wide (k=3, no dilation) plus its stroke.
  expect(Math.abs(a.x1 - a.x0 - 3 * CELL)).toBeLessThanOrEqual(6);
  const f = bbox(first, FOCUS_LINE, 40);
  const g = bbox(last, FOCUS_LINE, 40);
  expect(f.x0).toBeGreaterThan(a.x1);
  expect(Math.abs(g.x0 - f.x0 - (c.out[1] - 1) * CELL)).toBeLessThanOrEqual(2);
  expect(Math.abs(g.y0 - f.y0 - (c.out[0] - 1) * CELL)).toBeLessThanOrEqual(2);
  // Padded cell (1, 1) is an input cell: tinted under the first window, plain white in the last frame.
  const x = a.x0 + 2 + CELL;
  const y = a.y0 + 2 + CELL;
  expectColour(cellColour(first, x, y), WINDOW_TINT, 12);
  expectColour(cellColour(last, x, y), WHITE);
}

async function exportFile(page: Page, format: 'GIF' | 'SVG' | 'PNG frames (zip)'): Promise<{ name: string; bytes: Buffer }> {
  const panel = page.getByTestId('export');
  await panel.getByTestId('export-format').getByLabel(format).check();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('.export-start').click()]);
  await expect(panel.getByTestId('export-status')).toContainText('Saved');
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(path) };
}

async function openExport(page: Page, query: string): Promise<void> {
  const app = new ExplorerPage(page);
  await app.goto(query);
  await app.output();
  await page.getByTestId('export').locator('summary').click();
  await page.getByTestId('export-cell').fill(String(CELL));
  await page.getByTestId('export-fps').fill('5');
}

for (const c of CASES) {
  test(`${c.name}: GIF, SVG and zip decode to the step-through, the same bytes twice`, async ({ page }) => {
    await openExport(page, c.query);
    const frames = c.out[0] * c.out[1];
    await expect(page.getByTestId('export-note')).toContainText(`${frames} frames, one per output cell`);

    const gif = await exportFile(page, 'GIF');
    expect(gif.name).toBe(`${c.file}.gif`);
    expect((await exportFile(page, 'GIF')).bytes.equals(gif.bytes)).toBe(true);
    const reader = new GifReader(new Uint8Array(gif.bytes));
    expect(reader.numFrames()).toBe(frames);
    expect(reader.frameInfo(0).delay).toBe(20);
    // A frame after the first draws only what changed (the rest transparent, disposal 1): blit frames in order.
    const decode = (i: number): Image => {
      const data = new Uint8Array(reader.width * reader.height * 4);
      for (let f = 0; f <= i; f++) reader.decodeAndBlitFrameRGBA(f, data);
      return { width: reader.width, height: reader.height, data };
    };
    checkFrames(decode(0), decode(frames - 1), c);

    const zip = await exportFile(page, 'PNG frames (zip)');
    expect(zip.name).toBe(`${c.file}.zip`);
    expect((await exportFile(page, 'PNG frames (zip)')).bytes.equals(zip.bytes)).toBe(true);
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(frames);
    const png = (name: string | undefined): Image => PNG.sync.read(Buffer.from(files[name ?? ''] ?? new Uint8Array()));
    const first = png(names[0]);
    expect([first.width, first.height]).toEqual([reader.width, reader.height]);
    checkFrames(first, png(names.at(-1)), c);

    const svg = await exportFile(page, 'SVG');
    expect(svg.name).toBe(`${c.file}.svg`);
    expect((await exportFile(page, 'SVG')).bytes.equals(svg.bytes)).toBe(true);
    const text = svg.bytes.toString('utf8');
    // Parsed by the browser's XML parser: frames, their animations, the size, no script.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const root = doc.documentElement;
      const groups = [...doc.querySelectorAll('g.frame')];
      // The window's dashed box in a frame's padded grid (the first transformed group of the frame).
      const boxX = (g: Element | undefined) => Number(g?.querySelector('g rect[stroke-dasharray]')?.getAttribute('x'));
      return {
        error: doc.querySelector('parsererror') !== null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        frames: groups.length,
        animations: doc.querySelectorAll('g.frame > animate').length,
        scripts: doc.querySelectorAll('script').length,
        dur: doc.querySelector('animate')?.getAttribute('dur'),
        firstBox: boxX(groups[0]),
        lastBox: boxX(groups.at(-1)),
      };
    }, text);
    expect(parsed).toMatchObject({ error: false, width: reader.width, height: reader.height, frames, animations: frames, scripts: 0, dur: `${frames / 5}s` });
    expect(parsed.lastBox - parsed.firstBox).toBe((c.out[1] - 1) * c.step * CELL);
  });
}

test('a big output exports its first 400 frames, with progress, and can be cancelled', async ({ page }) => {
  await openExport(page, 'in=30&k=3&pad=same');
  await expect(page.getByTestId('export-note')).toContainText('This output has 900 cells: the export holds the first 400');
  const panel = page.getByTestId('export');
  await panel.getByTestId('export-format').getByLabel('PNG frames (zip)').check();
  let downloads = 0;
  page.on('download', () => downloads++);
  await panel.getByRole('button', { name: 'Export the first 400 frames' }).click();
  await expect(panel.getByTestId('export-progress')).toBeVisible();
  await expect(panel.getByTestId('export-status')).toContainText(/Drawing frame \d+ of 400/);
  await panel.getByTestId('export-cancel').click();
  await expect(panel.getByTestId('export-status')).toHaveText('Export cancelled.');
  await expect(panel.getByTestId('export-progress')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
});
