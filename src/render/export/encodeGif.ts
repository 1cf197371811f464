/**
 * Frames to an animated GIF with gifenc, looping forever. Each frame has its
 * own table of 255 colours (the window's translucent blue and the text's
 * anti-aliasing make new colours every frame) plus one transparent entry:
 * from the second frame on, pixels that did not change since the frame
 * before are written transparent over a frame left in place (disposal 1),
 * so the long runs of one index compress to little — a step moves a few
 * cells, not the picture (about a tenth of the size of full frames).
 * gifenc is deterministic, so the same frames give the same bytes.
 */
import { applyPalette, GIFEncoder, quantize, type Encoder } from 'gifenc';
import type { FramePixels } from './drawFrame';

export interface GifWriter {
  add(frame: FramePixels): void;
  finish(): Uint8Array;
}

/** Colours per frame; the 256th index is the transparent "unchanged" one. */
const COLOURS = 255;
/** GIF disposal method 1: leave the frame in place, the next one draws over it. */
const KEEP = 1;

/** A GIF being written, one frame at a time, each shown `delayMs` (rounded to centiseconds by the format). */
export function gifWriter(delayMs: number): GifWriter {
  const gif: Encoder = GIFEncoder();
  let previous: Uint8ClampedArray | null = null;
  return {
    add({ data, width, height }) {
      const palette = quantize(data, COLOURS);
      const index = applyPalette(data, palette);
      const clear = palette.length;
      if (previous && previous.length === data.length) {
        const before = previous;
        for (let i = 0; i < index.length; i++) {
          const p = i * 4;
          if (before[p] === data[p] && before[p + 1] === data[p + 1] && before[p + 2] === data[p + 2]) index[i] = clear;
        }
      }
      gif.writeFrame(index, width, height, { palette: [...palette, [0, 0, 0]], delay: delayMs, repeat: 0, transparent: true, transparentIndex: clear, dispose: KEEP });
      previous = data;
    },
    finish() {
      gif.finish();
      return gif.bytes();
    },
  };
}
