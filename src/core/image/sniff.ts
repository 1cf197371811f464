/**
 * Tells what a file is from its first bytes, not its name or claimed type,
 * and catches the commonest corruption — a file cut short — before the
 * browser's decoder sees it (some decoders show a truncated image half grey
 * instead of failing). Pure: bytes in, a verdict with a user message out.
 */

export const IMAGE_FORMATS = ['png', 'jpeg', 'gif', 'webp', 'bmp', 'avif', 'ico'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export type SniffResult =
  | { readonly ok: true; readonly format: ImageFormat }
  | { readonly ok: false; readonly reason: 'empty' | 'not-image' | 'unsupported' | 'truncated' | 'corrupt'; readonly message: string };

const ascii = (b: ArrayLike<number>, at: number, len: number): string =>
  String.fromCharCode(...Array.from({ length: len }, (_, i) => b[at + i] ?? 0));

const startsWith = (b: ArrayLike<number>, sig: readonly number[]): boolean => sig.every((v, i) => b[i] === v);

const u32le = (b: ArrayLike<number>, at: number): number =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;

const u32be = (b: ArrayLike<number>, at: number): number =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, as PNG uses) of `b[from..to)`. */
export function crc32(b: ArrayLike<number>, from = 0, to = b.length): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = (CRC_TABLE[(c ^ (b[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Walks a PNG's chunks (length, type, data, CRC) up to IEND. Browsers decode
 * a PNG with damaged pixel data without complaint (showing garbage), so the
 * checksums are the reliable way to tell the user the file is corrupt.
 */
function pngProblem(b: ArrayLike<number>): { reason: 'truncated' | 'corrupt'; what: string } | null {
  let at = 8;
  while (at + 8 <= b.length) {
    const len = u32be(b, at);
    const rawType = ascii(b, at + 4, 4);
    const type = /^[A-Za-z]{4}$/.test(rawType) ? rawType : 'a';
    if (at + 12 + len > b.length) return { reason: 'truncated', what: `its ${type} chunk runs past the end of the file` };
    if (crc32(b, at + 4, at + 8 + len) !== u32be(b, at + 8 + len)) {
      return { reason: 'corrupt', what: `the checksum of its ${type} chunk does not match its data` };
    }
    if (rawType === 'IEND') return null;
    at += 12 + len;
  }
  return { reason: 'truncated', what: 'no IEND chunk at the end' };
}

/** Index of the last occurrence of `sig` in `b`, or −1. */
function lastIndexOf(b: ArrayLike<number>, sig: readonly number[]): number {
  for (let i = b.length - sig.length; i >= 0; i--) if (sig.every((v, j) => b[i + j] === v)) return i;
  return -1;
}

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIG = [0xff, 0xd8, 0xff];
const JPEG_EOI = [0xff, 0xd9];

const SUPPORTED = 'PNG, JPEG, GIF, WebP, BMP, AVIF or ICO';

/** What kind of file the bytes hold; `name` is only used in the messages (shown as text). */
export function sniffImage(bytes: ArrayLike<number>, name: string): SniffResult {
  const quoted = `“${name}”`;
  const truncated = (format: ImageFormat, what: string): SniffResult => ({
    ok: false,
    reason: 'truncated',
    message: `${quoted} looks like a ${format.toUpperCase()} file but it is cut short (${what}): it is corrupt or was not fully downloaded.`,
  });
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: `${quoted} is empty (0 bytes): there is no image in it.` };

  if (startsWith(bytes, PNG_SIG)) {
    const p = pngProblem(bytes);
    if (!p) return { ok: true, format: 'png' };
    if (p.reason === 'truncated') return truncated('png', p.what);
    return { ok: false, reason: 'corrupt', message: `${quoted} is a corrupt PNG file: ${p.what}.` };
  }
  if (startsWith(bytes, JPEG_SIG)) return lastIndexOf(bytes, JPEG_EOI) < 0 ? truncated('jpeg', 'no end-of-image marker') : { ok: true, format: 'jpeg' };
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return { ok: true, format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return bytes.length < u32le(bytes, 4) + 8 ? truncated('webp', `${bytes.length} of ${u32le(bytes, 4) + 8} bytes`) : { ok: true, format: 'webp' };
  }
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 14) {
    return bytes.length < u32le(bytes, 2) ? truncated('bmp', `${bytes.length} of ${u32le(bytes, 2)} bytes`) : { ok: true, format: 'bmp' };
  }
  if (ascii(bytes, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(bytes, 8, 4))) return { ok: true, format: 'avif' };
  if (startsWith(bytes, [0, 0, 1, 0])) return { ok: true, format: 'ico' };

  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0]) || startsWith(bytes, [0x4d, 0x4d, 0, 0x2a])) {
    return { ok: false, reason: 'unsupported', message: `${quoted} is a TIFF image, which browsers cannot decode. Save it as ${SUPPORTED}.` };
  }
  if (ascii(bytes, 4, 4) === 'ftyp' && /^(heic|heix|mif1|msf1)$/.test(ascii(bytes, 8, 4))) {
    return { ok: false, reason: 'unsupported', message: `${quoted} is a HEIC/HEIF image, which most browsers cannot decode. Save it as ${SUPPORTED}.` };
  }
  if (/<svg[\s>]/i.test(ascii(bytes, 0, Math.min(bytes.length, 1024)))) {
    return { ok: false, reason: 'unsupported', message: `${quoted} is an SVG drawing, not a pixel image. Export it as PNG first.` };
  }
  return {
    ok: false,
    reason: 'not-image',
    message: `${quoted} is not an image: its first bytes are not those of a ${SUPPORTED} file.`,
  };
}
