/**
 * Turns a user's file (picked, dropped or pasted) into RGBA pixels, or a
 * message for that user. The bytes are sniffed first (core/image/sniff.ts),
 * then decoded by the browser (createImageBitmap, else an <img>), and the
 * longest side is capped by drawing onto a smaller canvas. Never throws.
 */
import { IMAGE_LIMITS } from '../../core';
import { sniffImage } from '../../core';

export type LoadResult =
  | { readonly ok: true; readonly name: string; readonly image: ImageData; readonly notice: string | null }
  | { readonly ok: false; readonly message: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function decodeWithImg(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The size a picture is drawn at: the longest side capped at `maxSide`, aspect kept. */
export function cappedSize(width: number, height: number, maxSide: number = IMAGE_LIMITS.maxSide): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Decodes a file into pixels (opaque: transparency is flattened onto white). */
export async function loadImageFile(file: File, name: string = file.name || 'pasted image'): Promise<LoadResult> {
  const quoted = `“${name}”`;
  if (file.size > IMAGE_LIMITS.maxFileBytes) {
    return { ok: false, message: `${quoted} is ${mib(file.size)}; files up to ${mib(IMAGE_LIMITS.maxFileBytes)} are accepted.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, message: `${quoted} could not be read: ${errorText(e)}` };
  }
  const sniff = sniffImage(bytes, name);
  if (!sniff.ok) return { ok: false, message: sniff.message };

  let source: ImageBitmap | HTMLImageElement;
  try {
    source = await createImageBitmap(file);
  } catch (first) {
    try {
      source = await decodeWithImg(file);
    } catch {
      return {
        ok: false,
        message: `${quoted} could not be decoded as a ${sniff.format.toUpperCase()} image: it is probably corrupt. (The browser said: ${errorText(first)})`,
      };
    }
  }
  try {
    const width = source instanceof HTMLImageElement ? source.naturalWidth : source.width;
    const height = source instanceof HTMLImageElement ? source.naturalHeight : source.height;
    if (width === 0 || height === 0) return { ok: false, message: `${quoted} has no pixels (${width}×${height}).` };
    const size = cappedSize(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return { ok: false, message: 'This browser has no 2-D canvas to read the picture with.' };
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, size.width, size.height);
    const image = ctx.getImageData(0, 0, size.width, size.height);
    const notice =
      size.width !== width || size.height !== height
        ? `${quoted} is ${width}×${height}; it was scaled down to ${size.width}×${size.height} (the longest side is capped at ${IMAGE_LIMITS.maxSide} pixels).`
        : null;
    return { ok: true, name, image, notice };
  } catch (e) {
    return { ok: false, message: `${quoted} could not be drawn: ${errorText(e)}` };
  } finally {
    if (!(source instanceof HTMLImageElement)) source.close();
  }
}
