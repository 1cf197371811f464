import { describe, expect, it } from 'vitest';
import { LABEL_STRIP, MARGIN, MAX_CELL, MIN_CELL, cellAt, cellRect, gridLayout, moveCell } from './layout';

describe('gridLayout', () => {
  it('gives a 7×7 padded grid the largest cell (44 px) in a 900 px panel', () => {
    const l = gridLayout({ rows: 7, cols: 7, availableWidth: 900, labels: true });
    expect(l.cell).toBe(MAX_CELL);
    expect(l.labels && l.values && l.subText).toBe(true);
    expect(l.width).toBe(2 * MARGIN + LABEL_STRIP + 7 * MAX_CELL);
  });

  it('shrinks cells to fit a 390 px phone (7 columns fit, 18 columns get smaller cells)', () => {
    const small = gridLayout({ rows: 7, cols: 7, availableWidth: 340, labels: true });
    expect(small.width).toBeLessThanOrEqual(340);
    const mid = gridLayout({ rows: 18, cols: 18, availableWidth: 340, labels: true });
    expect(mid.cell).toBeLessThan(MAX_CELL);
    expect(mid.width).toBeLessThanOrEqual(340);
  });

  it('never goes below the minimum cell for a 288-wide grid (the page scrolls instead)', () => {
    const l = gridLayout({ rows: 288, cols: 288, availableWidth: 900, labels: true });
    expect(l.cell).toBe(MIN_CELL);
    expect(l.labels).toBe(false);
    expect(l.values).toBe(false);
    expect(l.width).toBe(2 * MARGIN + 288 * MIN_CELL);
  });

  it('keeps cells within [minCell, maxCell] for any width, including 0, negative and NaN', () => {
    for (const availableWidth of [-5, 0, NaN, 1, 50, 333, 1000, 1e6]) {
      for (const cols of [1, 3, 15, 64, 288]) {
        const l = gridLayout({ rows: 5, cols, availableWidth, maxCell: 40, minCell: 8 });
        expect(l.cell).toBeGreaterThanOrEqual(8);
        expect(l.cell).toBeLessThanOrEqual(40);
      }
    }
  });

  it('prints values only when cells are at least 20 px, and second lines at 32 px', () => {
    expect(gridLayout({ rows: 1, cols: 10, availableWidth: 10 * 19 + 2 * MARGIN }).values).toBe(false);
    expect(gridLayout({ rows: 1, cols: 10, availableWidth: 10 * 20 + 2 * MARGIN }).values).toBe(true);
    expect(gridLayout({ rows: 1, cols: 10, availableWidth: 10 * 31 + 2 * MARGIN }).subText).toBe(false);
    expect(gridLayout({ rows: 1, cols: 10, availableWidth: 10 * 32 + 2 * MARGIN }).subText).toBe(true);
  });
});

describe('hit-testing', () => {
  const layouts = [
    gridLayout({ rows: 7, cols: 9, availableWidth: 900, labels: true }),
    gridLayout({ rows: 78, cols: 78, availableWidth: 900, labels: true }),
    gridLayout({ rows: 288, cols: 288, availableWidth: 390 }),
  ];

  it('maps every cell centre and corner back to the same cell (cell -> pixel -> cell)', () => {
    for (const l of layouts) {
      for (let row = 0; row < l.rows; row += Math.ceil(l.rows / 13)) {
        for (let col = 0; col < l.cols; col += Math.ceil(l.cols / 11)) {
          const r = cellRect(l, row, col);
          expect(cellAt(l, r.x + r.width / 2, r.y + r.height / 2)).toEqual({ row, col });
          expect(cellAt(l, r.x, r.y)).toEqual({ row, col });
          expect(cellAt(l, r.x + r.width - 0.01, r.y + r.height - 0.01)).toEqual({ row, col });
        }
      }
    }
  });

  it('maps a pixel to the cell whose rectangle contains it (pixel -> cell -> pixel)', () => {
    const l = layouts[0]!;
    for (let x = 0; x < l.width; x += 3.7) {
      for (let y = 0; y < l.height; y += 5.3) {
        const c = cellAt(l, x, y);
        if (!c) continue;
        const r = cellRect(l, c.row, c.col);
        expect(x).toBeGreaterThanOrEqual(r.x);
        expect(x).toBeLessThan(r.x + r.width);
        expect(y).toBeGreaterThanOrEqual(r.y);
        expect(y).toBeLessThan(r.y + r.height);
      }
    }
  });

  it('returns null on the margin, the label strips and past the last cell', () => {
    const l = layouts[0]!;
    expect(cellAt(l, 0, 0)).toBeNull();
    expect(cellAt(l, l.originX - 1, l.originY + 5)).toBeNull();
    expect(cellAt(l, l.originX + 5, l.originY - 1)).toBeNull();
    expect(cellAt(l, l.originX + l.cols * l.cell, l.originY + 5)).toBeNull();
    expect(cellAt(l, l.originX + 5, l.originY + l.rows * l.cell)).toBeNull();
    expect(cellAt(l, NaN, 10)).toBeNull();
  });

  it('moves a keyboard cursor without leaving the grid', () => {
    const l = { rows: 3, cols: 4 };
    expect(moveCell(l, { row: 0, col: 0 }, -1, -1)).toEqual({ row: 0, col: 0 });
    expect(moveCell(l, { row: 2, col: 3 }, 1, 1)).toEqual({ row: 2, col: 3 });
    expect(moveCell(l, { row: 1, col: 1 }, 1, 2)).toEqual({ row: 2, col: 3 });
  });
});
