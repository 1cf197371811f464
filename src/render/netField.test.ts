import { describe, expect, it } from 'vitest';
import { FIELD_BEYOND_READ, FIELD_PAD_READ, FIELD_READ, axisExtent, cellAtPoint, drawField, fieldLayout, readRuns, regionOf, zoomWindow, type FieldAxis } from './netField';

// in=8 through conv k3 p1 and conv k3 s2 p1: output cell 0 reads input rows −2..2 (−1 is padding of the first
// layer; −2 is read only through the second layer's padding cell −1, so it lies past the 1-row band).
const stem: FieldAxis = { n: 8, before: 1, after: 1, cells: [-2, -1, 0, 1, 2] };
// One conv k3 d2 p2 on n=6: output cell 0 reads −2, 0, 2 (holes at −1 and 1).
const dilated: FieldAxis = { n: 6, before: 2, after: 2, cells: [-2, 0, 2] };

describe('regions and runs of one axis', () => {
  it('n=8 pad 1/1: −2 is past the band, −1 and 8 padding, 0..7 the map', () => {
    expect([-2, -1, 0, 7, 8, 9].map((i) => regionOf(stem, i))).toEqual(['beyond', 'pad', 'map', 'map', 'pad', 'beyond']);
  });

  it('n=8 pad 1/1 read −2..2 -> drawn −2..8 (11 cells)', () => {
    expect(axisExtent(stem)).toEqual({ first: -2, count: 11 });
  });

  it('n=8 pad 1/1 read −2..2 -> runs −2 beyond, −1 pad, 0..2 map', () => {
    expect(readRuns(stem)).toEqual([
      { start: -2, end: -2, region: 'beyond' },
      { start: -1, end: -1, region: 'pad' },
      { start: 0, end: 2, region: 'map' },
    ]);
  });

  it('n=6 k3 d2 pad 2 read −2,0,2 -> three one-cell runs (the holes stay unpainted)', () => {
    expect(readRuns(dilated)).toEqual([
      { start: -2, end: -2, region: 'pad' },
      { start: 0, end: 0, region: 'map' },
      { start: 2, end: 2, region: 'map' },
    ]);
  });
});

describe('fieldLayout', () => {
  it('11×11 cells in 220 px -> 20 px cells, 224 px with the 2 px edges', () => {
    const layout = fieldLayout({ h: stem, w: stem }, 220);
    expect(layout).toMatchObject({ cell: 20, width: 224, height: 224 });
  });

  it('caps small maps at the largest cell', () => {
    expect(fieldLayout({ h: { n: 2, before: 0, after: 0, cells: [0] }, w: { n: 2, before: 0, after: 0, cells: [0] } }, 220).cell).toBe(24);
  });

  it('512 with pad 3/3 (518 cells) in 260 px -> 1 px cells, never below', () => {
    const big: FieldAxis = { n: 512, before: 3, after: 3, cells: [0] };
    expect(fieldLayout({ h: big, w: big }, 260)).toMatchObject({ cell: 1, width: 522 });
  });

  it('finds the cell under a point in level coordinates', () => {
    const layout = fieldLayout({ h: stem, w: stem }, 220);
    // x = 2 + 3·20 + 5 is column index 3 from −2, i.e. column 1; y = 2 + 5 is row −2.
    expect(cellAtPoint(layout, 67, 7)).toEqual({ row: -2, col: 1 });
    expect(cellAtPoint(layout, 1, 7)).toBeNull();
    expect(cellAtPoint(layout, 2 + 11 * 20, 7)).toBeNull();
  });
});

describe('zoomWindow', () => {
  it('224 map pad 3/3, field rows −13..13, margin 4 -> rows −16..17 (cut at the drawn −16)', () => {
    const cells = Array.from({ length: 27 }, (_, i) => i - 13);
    const axis: FieldAxis = { n: 224, before: 3, after: 3, cells };
    // Drawn extent starts at min(−3, −13) = −13; the margin of 4 would reach −17, so the window starts at −13.
    expect(zoomWindow({ h: axis, w: axis }, 4).h).toEqual({ first: -13, count: 13 + 13 + 4 + 1 });
  });

  it('a field in the middle of a 512 map keeps the margin both sides', () => {
    const axis: FieldAxis = { n: 512, before: 1, after: 1, cells: [100, 101, 102] };
    expect(zoomWindow({ h: axis, w: axis }, 3).w).toEqual({ first: 97, count: 9 });
  });

  it('lays out a zoom at its own size: 9 cells in 200 px -> 22 px cells', () => {
    const axis: FieldAxis = { n: 512, before: 1, after: 1, cells: [100, 101, 102] };
    const picture = { h: axis, w: axis };
    const layout = fieldLayout(picture, 200, 24, 1, zoomWindow(picture, 3));
    expect(layout).toMatchObject({ cell: 22, width: 9 * 22 + 4 });
    expect(cellAtPoint(layout, 3, 3)).toEqual({ row: 97, col: 97 });
  });
});

/** A context that records fills with their colour. */
function recorder() {
  const fills: { colour: string; x: number; y: number; w: number; h: number }[] = [];
  const noop = () => undefined;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push({ colour: String(this.fillStyle), x, y, w, h });
    },
    strokeRect: noop,
    beginPath: noop,
    moveTo: noop,
    lineTo: noop,
    stroke: noop,
    rect: noop,
    clip: noop,
    save: noop,
    restore: noop,
    setLineDash: noop,
    globalAlpha: 1,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

describe('drawField', () => {
  it('paints one rectangle per row run × column run, coloured by region', () => {
    const { ctx, fills } = recorder();
    const picture = { h: stem, w: dilated };
    drawField(ctx, fieldLayout(picture, 220), picture);
    const read = fills.filter((f) => [FIELD_READ, FIELD_PAD_READ, FIELD_BEYOND_READ].includes(f.colour));
    // 3 row runs × 3 column runs.
    expect(read).toHaveLength(9);
    // Row run 0..2 (map) × column 0 (map) is the only blue one spanning three rows.
    const blue = read.filter((f) => f.colour === FIELD_READ);
    expect(blue).toHaveLength(2);
    // Anything on row −2 (past the band) is the pale colour.
    expect(read.filter((f) => f.colour === FIELD_BEYOND_READ)).toHaveLength(3);
  });

  it('puts a hole between dilated taps: column runs 0 and 2 do not touch', () => {
    const { ctx, fills } = recorder();
    const picture = { h: dilated, w: dilated };
    const layout = fieldLayout(picture, 220);
    drawField(ctx, layout, picture);
    const blue = fills.filter((f) => f.colour === FIELD_READ).sort((a, b) => a.x - b.x || a.y - b.y);
    expect(blue).toHaveLength(4);
    expect(blue[2]!.x - (blue[0]!.x + blue[0]!.w)).toBe(layout.cell);
  });
});
