import { describe, expect, it } from 'vitest';
import { diffGain, diffMap, maxAbsDiff } from './imageDiff';
import { cornerRect } from './inset';
import { channelPlane, fnv1a, rgbToRgba, rgbaToRgb } from './pixels';
import { crc32, sniffImage } from './sniff';
import { summarizePixels } from './imageSummary';

describe('pixels', () => {
  it('drops alpha and keeps channel order', () => {
    const img = rgbaToRgb([1, 2, 3, 255, 4, 5, 6, 0], 2, 1);
    expect(Array.from(img.rgb)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(channelPlane(img, 1)).toEqual([2, 5]);
  });
  it('maps results to display bytes: clamp, abs, offset', () => {
    const v = [-10, 100.5, 300];
    expect(Array.from(rgbToRgba(v))).toEqual([0, 100, 255, 255]);
    expect(Array.from(rgbToRgba(v, 'abs'))).toEqual([10, 100, 255, 255]);
    expect(Array.from(rgbToRgba(v, 'offset'))).toEqual([118, 228, 255, 255]);
  });
  it('fingerprints bytes with FNV-1a (known vectors)', () => {
    expect(fnv1a([])).toBe('811c9dc5');
    expect(fnv1a([...'a'].map((c) => c.charCodeAt(0)))).toBe('e40c292c');
  });
  it('summarizes small images in full and large ones by their head', () => {
    expect(summarizePixels([1.23456, 2, 3], 1, 1, 3)).toMatchObject({ shape: [1, 1, 3], values: [1.2346, 2, 3], complete: true });
    const big = summarizePixels(new Float32Array(17 * 16 * 3), 17, 16, 3);
    expect(big.complete).toBe(false);
    expect(big.values).toHaveLength(12);
  });
});

describe('difference map', () => {
  it('finds the largest |a−b| and amplifies it to full brightness', () => {
    const a = [0, 0, 0, 10, 10, 10];
    const b = [0, 0, 0, 10, 14, 8];
    const d = diffMap(a, b);
    expect(d.maxAbs).toBe(4);
    expect(d.gain).toBe(255 / 4);
    expect(d.changed).toBe(1);
    expect(Array.from(d.rgba.slice(0, 4))).toEqual([0, 0, 0, 255]);
    expect(d.rgba[4]).toBe(255);
  });
  it('caps the gain and handles equal inputs', () => {
    expect(diffGain(0)).toBe(1);
    expect(diffGain(255)).toBe(1);
    expect(diffGain(1e-6)).toBe(64);
    expect(maxAbsDiff([1, 2], [1])).toBe(Infinity);
  });
});

describe('corner of the inset', () => {
  it('picks a 24x24 square at each corner, smaller for small images', () => {
    expect(cornerRect(100, 50, 'top-left', 24)).toEqual({ x: 0, y: 0, w: 24, h: 24 });
    expect(cornerRect(100, 50, 'bottom-right', 24)).toEqual({ x: 76, y: 26, w: 24, h: 24 });
    expect(cornerRect(10, 5, 'top-right', 24)).toEqual({ x: 0, y: 0, w: 10, h: 5 });
  });
});

describe('sniffing files', () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  it('recognizes a PNG and a truncated PNG', () => {
    expect(sniffImage(png, 'a.png')).toEqual({ ok: true, format: 'png' });
    expect(sniffImage(png.slice(0, 12), 'a.png')).toMatchObject({ ok: false, reason: 'truncated', message: expect.stringMatching(/“a.png” .* cut short/) });
    expect(sniffImage(png.slice(0, 18), 'a.png')).toMatchObject({ reason: 'truncated', message: expect.stringContaining('IEND chunk runs past the end') });
  });
  it('finds a PNG chunk whose checksum does not match (browsers would show garbage)', () => {
    const bad = [...png.slice(0, -1), 0x83];
    expect(sniffImage(bad, 'b.png')).toEqual({ ok: false, reason: 'corrupt', message: '“b.png” is a corrupt PNG file: the checksum of its IEND chunk does not match its data.' });
  });
  it('computes CRC-32 like zlib', () => {
    expect(crc32([...'123456789'].map((c) => c.charCodeAt(0)))).toBe(0xcbf43926);
  });
  it('recognizes JPEG, GIF, WebP, BMP', () => {
    expect(sniffImage([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9], 'j')).toEqual({ ok: true, format: 'jpeg' });
    expect(sniffImage([0xff, 0xd8, 0xff, 0xe0, 1, 2], 'j')).toMatchObject({ reason: 'truncated' });
    expect(sniffImage([...'GIF89a'].map((c) => c.charCodeAt(0)), 'g')).toEqual({ ok: true, format: 'gif' });
    const webp = [...'RIFF'].map((c) => c.charCodeAt(0)).concat([4, 0, 0, 0], [...'WEBP'].map((c) => c.charCodeAt(0)));
    expect(sniffImage(webp, 'w')).toEqual({ ok: true, format: 'webp' });
    expect(sniffImage([...webp.slice(0, 4), 40, 0, 0, 0, ...webp.slice(8)], 'w')).toMatchObject({ reason: 'truncated' });
    const bmp = [0x42, 0x4d, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(sniffImage(bmp, 'b')).toEqual({ ok: true, format: 'bmp' });
  });
  it('refuses empty, text, SVG and TIFF files with messages naming the file', () => {
    expect(sniffImage([], 'e.png')).toMatchObject({ ok: false, reason: 'empty', message: '“e.png” is empty (0 bytes): there is no image in it.' });
    const text = [...'hello, world'].map((c) => c.charCodeAt(0));
    expect(sniffImage(text, '<b>x</b>.txt')).toMatchObject({ ok: false, reason: 'not-image', message: expect.stringContaining('“<b>x</b>.txt” is not an image') });
    const svg = [...'<?xml version="1.0"?><svg xmlns="x">'].map((c) => c.charCodeAt(0));
    expect(sniffImage(svg, 's.svg')).toMatchObject({ reason: 'unsupported' });
    expect(sniffImage([0x49, 0x49, 0x2a, 0, 8], 't.tif')).toMatchObject({ reason: 'unsupported' });
  });
});
