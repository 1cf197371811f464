/**
 * A canvas stand-in for Node tests of the export: records the rectangles
 * filled (with their fill style) and paints them into an RGBA buffer when
 * the style is a plain `#rrggbb`, so a test can read a cell's colour back.
 * Text, strokes and paths are accepted and ignored.
 */
import type { ExportSurface } from './drawFrame';

function hex(css: unknown): [number, number, number] | null {
  const m = typeof css === 'string' ? /^#([0-9a-f]{6})$/i.exec(css) : null;
  if (!m?.[1]) return null;
  const v = Number.parseInt(m[1], 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

/** A fake `width × height` surface. */
export function fakeSurface(width: number, height: number): ExportSurface {
  const data = new Uint8ClampedArray(width * height * 4);
  let tx = 0;
  let ty = 0;
  const stack: [number, number][] = [];
  const state: Record<string, unknown> = {};
  const fill = (x: number, y: number, w: number, h: number, rgb: [number, number, number] | null) => {
    if (!rgb) return;
    for (let j = Math.max(0, Math.round(y + ty)); j < Math.min(height, Math.round(y + ty + h)); j++) {
      for (let i = Math.max(0, Math.round(x + tx)); i < Math.min(width, Math.round(x + tx + w)); i++) {
        data.set([...rgb, 255], (j * width + i) * 4);
      }
    }
  };
  const methods: Record<string, (...a: never[]) => unknown> = {
    save: () => stack.push([tx, ty]),
    restore: () => ([tx, ty] = stack.pop() ?? [0, 0]),
    translate: (x: number, y: number) => {
      tx += x;
      ty += y;
    },
    fillRect: (x: number, y: number, w: number, h: number) => fill(x, y, w, h, hex(state.fillStyle)),
    clearRect: () => undefined,
    measureText: (s: string) => ({ width: s.length * 6 }),
    getImageData: () => ({ data: Uint8ClampedArray.from(data) }),
    drawImage: (src: { data?: Uint8ClampedArray }) => {
      if (src.data) for (let i = 0; i < data.length; i += 4) if ((src.data[i + 3] ?? 0) > 0) data.set(src.data.subarray(i, i + 4), i);
    },
  };
  const ctx = new Proxy(state, {
    get: (_, key: string) => methods[key] ?? (key in state ? state[key] : () => undefined),
    set: (_, key: string, v) => {
      state[key] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { canvas: { data } as unknown as CanvasImageSource, ctx };
}
