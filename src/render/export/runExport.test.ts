import { unzipSync } from 'fflate';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../testing/planFromKeys';
import { INPUT_FILL, PAD_FILL } from '../colors';
import { cellRect } from '../layout';
import { exportScene } from './exportScene';
import { fakeSurface } from './fakeSurface';
import { runExport } from './runExport';

const PLAN = planFor('in=5&k=3&pad=same');
const OPTS = { cell: 24, fps: 5, draw: 'values', channel: 0, filter: 0 } as const;
const RUN = { surface: fakeSurface, pause: () => Promise.resolve() };

function rgb(css: string): number[] {
  const v = Number.parseInt(css.slice(1), 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

describe('runExport', () => {
  it('writes a looping GIF of 25 frames at the scene size, the same bytes twice', async () => {
    const a = await runExport(PLAN, { ...OPTS, format: 'gif' }, RUN);
    const b = await runExport(PLAN, { ...OPTS, format: 'gif' }, RUN);
    expect(a.name).toBe('padlab-conv-in5x5-k3x3-s1x1-same-zeros.gif');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const gif = new GifReader(a.bytes);
    const scene = exportScene(PLAN, OPTS);
    expect([gif.width, gif.height, gif.numFrames(), gif.loopCount()]).toEqual([scene.width, scene.height, 25, 0]);
    expect(gif.frameInfo(0).delay).toBe(20); // centiseconds: 5 frames a second
    // A padding cell (0, 0) and an input cell (1, 1) of the padded grid keep their fills.
    // Frames after the first leave unchanged pixels transparent over the frame before: blit them in order.
    const px = new Uint8Array(gif.width * gif.height * 4);
    for (let i = 0; i < 25; i++) gif.decodeAndBlitFrameRGBA(i, px);
    expect(gif.frameInfo(24).disposal).toBe(1);
    const at = (r: number, c: number) => {
      const { x, y } = cellRect(scene.padded.layout, r, c);
      const i = ((scene.padded.y + y + 3) * gif.width + scene.padded.x + x + 3) * 4;
      return Array.from(px.subarray(i, i + 3));
    };
    expect(at(0, 0)).toEqual(rgb(PAD_FILL));
    expect(at(1, 1)).toEqual(rgb(INPUT_FILL));
  });

  it('writes numbered PNG frames in a zip with a fixed date, decodable', async () => {
    const a = await runExport(PLAN, { ...OPTS, format: 'zip' }, RUN);
    const b = await runExport(PLAN, { ...OPTS, format: 'zip' }, RUN);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const files = unzipSync(a.bytes);
    const names = Object.keys(files);
    expect(names).toHaveLength(25);
    expect(names[0]).toBe('frame-001.png');
    expect(names[24]).toBe('frame-025.png');
    const png = PNG.sync.read(Buffer.from(files['frame-001.png'] as Uint8Array));
    const scene = exportScene(PLAN, OPTS);
    expect([png.width, png.height]).toEqual([scene.width, scene.height]);
    // Input cell (3, 3) is outside the first frame's window: plain white.
    const { x, y } = cellRect(scene.padded.layout, 3, 3);
    const i = ((scene.padded.y + y + 5) * png.width + scene.padded.x + x + 5) * 4;
    expect(Array.from(png.data.subarray(i, i + 3))).toEqual(rgb(INPUT_FILL));
  });

  it('writes an SVG with one animated group per frame and no script', async () => {
    const file = await runExport(PLAN, { ...OPTS, format: 'svg' }, RUN);
    const svg = new TextDecoder().decode(file.bytes);
    expect(svg.match(/<g class="frame"/g)).toHaveLength(25);
    expect(svg.match(/<animate /g)).toHaveLength(25);
    expect(svg).toContain('dur="5s"');
    expect(svg).not.toContain('<script');
    expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runExport(PLAN, { ...OPTS, format: 'gif' }, { ...RUN, signal: controller.signal })).rejects.toThrow(/cancelled/);
  });
});
