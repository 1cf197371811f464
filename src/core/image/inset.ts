/** Which part of a result the magnified inset shows (pure). */

export const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type Corner = (typeof CORNERS)[number];

/** A rectangle in pixels of a result: left `x`, top `y`, width `w`, height `h`. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The `size`×`size` square at a corner of a `width`×`height` image (smaller when the image is). */
export function cornerRect(width: number, height: number, corner: Corner, size: number): Rect {
  const w = Math.min(size, width);
  const h = Math.min(size, height);
  return {
    x: corner.endsWith('right') ? width - w : 0,
    y: corner.startsWith('bottom') ? height - h : 0,
    w,
    h,
  };
}
