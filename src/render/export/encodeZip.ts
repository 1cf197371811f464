/**
 * Numbered PNG frames in a zip (fflate): `frame-001.png`, … in playing
 * order, stored without recompression (PNG is deflated already), every
 * entry dated 2000-01-01 00:00 so the same frames give the same bytes on any
 * day (fflate writes the DOS date from the Date's local fields, so the date
 * is built from local fields too: no time zone shifts it).
 */
import { zipSync, type Zippable } from 'fflate';
import type { FramePixels } from './drawFrame';
import { encodePng } from './encodePng';

/** The fixed date of every entry. */
export const ZIP_DATE = new Date(2000, 0, 1, 0, 0, 0);

/** `frame-007.png`: zero-padded to the digits of `count` (at least 3), so the names sort in playing order. */
export function frameName(index: number, count: number): string {
  return `frame-${String(index + 1).padStart(Math.max(3, String(count).length), '0')}.png`;
}

export interface ZipWriter {
  add(frame: FramePixels): void;
  finish(): Uint8Array;
}

/** A zip being written, one PNG frame at a time; `count` frames in all (for the names' width). */
export function zipWriter(count: number): ZipWriter {
  const files: Zippable = {};
  let n = 0;
  return {
    add(frame) {
      files[frameName(n, count)] = [encodePng(frame), { level: 0, mtime: ZIP_DATE }];
      n++;
    },
    finish() {
      return zipSync(files, { level: 0, mtime: ZIP_DATE });
    },
  };
}
