/**
 * Frames to an animated GIF with gifenc: each frame quantized to its own
 * 256-colour table (the window's translucent blue and the text's
 * anti-aliasing make new colours every frame), looping forever. gifenc is
 * deterministic, so the same frames give the same bytes.
 */
import { applyPalette, GIFEncoder, quantize, type Encoder } from 'gifenc';
import type { FramePixels } from './drawFrame';

export interface GifWriter {
  add(frame: FramePixels): void;
  finish(): Uint8Array;
}

/** A GIF being written, one frame at a time, each shown `delayMs` (rounded to centiseconds by the format). */
export function gifWriter(delayMs: number): GifWriter {
  const gif: Encoder = GIFEncoder();
  return {
    add({ data, width, height }) {
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay: delayMs, repeat: 0 });
    },
    finish() {
      gif.finish();
      return gif.bytes();
    },
  };
}
