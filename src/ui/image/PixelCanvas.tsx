/**
 * A canvas showing RGBA pixels 1:1 (CSS scales it). `crop` draws only a part,
 * for the magnified inset; `pixelated` keeps each pixel a sharp square.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties } from 'react';
import type { Rect } from '../../core';

interface Props {
  readonly rgba: Uint8ClampedArray;
  /** Size of the whole picture `rgba` holds. */
  readonly width: number;
  readonly height: number;
  readonly crop?: Rect;
  readonly label: string;
  readonly className?: string;
  readonly testId?: string;
  readonly state?: string;
  readonly style?: CSSProperties;
}

/** The `rect` part of an RGBA picture `width` pixels wide, as its own RGBA array. */
function cropRgba(rgba: Uint8ClampedArray, width: number, rect: Rect): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rect.w * rect.h * 4);
  for (let y = 0; y < rect.h; y++) {
    const from = ((rect.y + y) * width + rect.x) * 4;
    out.set(rgba.subarray(from, from + rect.w * 4), y * rect.w * 4);
  }
  return out;
}

export const PixelCanvas = forwardRef<HTMLCanvasElement, Props>(function PixelCanvas(
  { rgba, width, height, crop, label, className, testId, state, style },
  outer,
) {
  const ref = useRef<HTMLCanvasElement>(null);
  useImperativeHandle(outer, () => ref.current as HTMLCanvasElement);
  const w = crop?.w ?? width;
  const h = crop?.h ?? height;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || rgba.length !== width * height * 4) return;
    const pixels = crop ? cropRgba(rgba, width, crop) : rgba;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(pixels), w, h), 0, 0);
  }, [rgba, width, height, crop, w, h]);
  return (
    <canvas ref={ref} width={w} height={h} role="img" aria-label={label} className={className} data-testid={testId} data-state={state} style={style} />
  );
});
