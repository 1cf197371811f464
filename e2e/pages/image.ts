import { deflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import type { PadMode } from '../../src/core';

/** One result in the page's hidden `image-json` (see src/core/image/summary.ts). */
export interface PixelSummary {
  shape: [number, number, number];
  hash: string;
  values: number[];
  complete: boolean;
}

/** The hidden `image-json` of image mode. */
export interface ImageJson {
  source: (PixelSummary & { name: string; origin: string }) | null;
  /** The kernel the results were computed with; `error` when the chosen (custom) kernel cannot be made. */
  kernel: { label: string; h: number; w: number; values: number[] | null; error?: string };
  pads: [number, number, number, number] | null;
  out: [number, number] | null;
  backend: string | null;
  results: Partial<Record<PadMode, PixelSummary>>;
  invalid: Partial<Record<PadMode, string>>;
}

/** One kernel in the page's hidden `checkerboard-json` (src/ui/image/CheckerboardJson.tsx). */
export interface CheckerboardKernelJson {
  k: number;
  s: number;
  padding: number;
  outputPadding: number;
  out: [number, number] | null;
  invalid: string | null;
  /** Distinct taps per pixel over the whole map and inside the border; the first per-axis counts from the top/left. */
  overlap: { distinct: number[]; interior: number[]; rows: number[]; cols: number[] } | null;
  result: (PixelSummary & { backend: string; maxAbsDiff: number; tolerance: number }) | null;
}

/** The hidden `checkerboard-json` of image mode's checkerboard tab. */
export interface CheckerboardJson {
  source: { name: string; shape: [number, number, number]; factor: number } | null;
  stride: number;
  kernels: { uneven: CheckerboardKernelJson; even: CheckerboardKernelJson } | null;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A truecolour 8-bit PNG (no colour profile, so browsers decode it exactly) from
 * interleaved RGB bytes. `bitDepth` other than 8 makes a well-formed file with an
 * impossible header (for the decoder's error path).
 */
export function encodePng(width: number, height: number, rgb: ArrayLike<number>, bitDepth = 8): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 3)] = 0; // filter: none
    for (let i = 0; i < width * 3; i++) raw[y * (1 + width * 3) + 1 + i] = rgb[y * width * 3 + i] ?? 0;
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

/** Page object for image mode; specs talk to the page only through labels and the DOM contract. */
export class ImagePage {
  constructor(readonly page: Page) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./?view=image${query ? `&${query}` : ''}`);
  }

  result(mode: PadMode) {
    return this.page.getByTestId(`image-result-${mode}`);
  }

  /** The load error (role="alert") a bad file gives. */
  fileAlert() {
    return this.page.locator('[data-testid="image-error"][role="alert"]');
  }

  notice() {
    return this.page.getByTestId('image-notice');
  }

  fileInput() {
    return this.page.getByLabel('Your picture');
  }

  async upload(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.fileInput().setInputFiles({ name, mimeType, buffer });
  }

  /** Pastes (`paste`) or drops (`drop`, on the drop zone) a file, as the clipboard or a drag from the desktop would. */
  async deliver(how: 'paste' | 'drop', name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const bytes = [...buffer];
    await this.page.evaluate(
      ({ how, name, mimeType, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        if (how === 'paste') window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        else document.querySelector('[data-testid="image-drop"]')?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { how, name, mimeType, bytes },
    );
  }

  /** Chooses a kernel preset by its label, e.g. `Custom…`. */
  async chooseKernel(label: string): Promise<void> {
    await this.page.getByLabel('Kernel', { exact: true }).selectOption({ label });
  }

  kernelSize() {
    return this.page.getByLabel('Kernel size', { exact: true });
  }

  async typeCustomKernel(text: string): Promise<void> {
    await this.page.getByLabel('Kernel values').fill(text);
  }

  async json(): Promise<ImageJson> {
    return JSON.parse((await this.page.getByTestId('image-json').textContent()) ?? 'null') as ImageJson;
  }

  /** Waits until every mode's result is in for a picture named `name` (any picture when omitted), then reads the JSON. */
  async ready(name?: string): Promise<ImageJson> {
    let json: ImageJson | null = null;
    await expect
      .poll(
        async () => {
          // State and text in one read: a new picture can arrive between two reads.
          const { state, text } = await this.page.getByTestId('image-json').evaluate((el) => ({ state: el.getAttribute('data-state'), text: el.textContent }));
          json = JSON.parse(text ?? 'null') as ImageJson;
          return state === 'ready' && (name === undefined || json.source?.name === name);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    return json!;
  }

  /** How far the six modes have got: one role="status" line that stays in the page. */
  runStatus() {
    return this.page.getByTestId('image-run-status');
  }

  /** The picture's status region (loading, scaled-down notice): always in the page, role="status". */
  sourceStatus() {
    return this.page.getByTestId('image-source-status');
  }

  downloadButton(mode: PadMode) {
    return this.page.locator(`figure[data-mode="${mode}"]`).getByRole('button', { name: /^Download PNG/ });
  }

  /** With the file input focused: Space opens the file chooser (as a keyboard user would), which gets this file. */
  async chooseFileWithKeyboard(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.keyboard.press('Space')]);
    await chooser.setFiles({ name, mimeType, buffer });
  }

  /** The tab of one of image mode's sections. */
  tab(name: 'Padding modes' | 'Checkerboard (transposed convolution)') {
    return this.page.getByRole('tab', { name });
  }

  /** Opens the checkerboard tab with a click. */
  async openCheckerboard(): Promise<void> {
    await this.tab('Checkerboard (transposed convolution)').click();
    await expect(this.page.getByRole('tabpanel', { name: 'Checkerboard (transposed convolution)' })).toBeVisible();
  }

  checkerboardResult(kind: 'uneven' | 'even') {
    return this.page.getByTestId(`checkerboard-result-${kind}`);
  }

  checkerboardOverlap(kind: 'uneven' | 'even') {
    return this.page.getByTestId(`checkerboard-overlap-${kind}`);
  }

  /** Waits until both upsamplings are in for the current settings (and picture `name`, when given), then reads the JSON. */
  async checkerboardReady(name?: string): Promise<CheckerboardJson> {
    let json: CheckerboardJson | null = null;
    await expect
      .poll(
        async () => {
          const { state, text } = await this.page.getByTestId('checkerboard-json').evaluate((el) => ({ state: el.getAttribute('data-state'), text: el.textContent }));
          json = JSON.parse(text ?? 'null') as CheckerboardJson;
          return state === 'ready' && (name === undefined || json.source?.name === name);
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    return json!;
  }

  /** Clicks a result's "Download PNG" and returns the suggested file name and the bytes. */
  async download(mode: PadMode): Promise<{ name: string; bytes: Buffer }> {
    const card = this.page.locator(`figure[data-mode="${mode}"]`);
    const [download] = await Promise.all([this.page.waitForEvent('download'), card.getByRole('button', { name: 'Download PNG' }).click()]);
    const stream = await download.createReadStream();
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(parts) };
  }
}
