import { describe, expect, it } from 'vitest';
import { diffGrids, findShift, heatLevel, type Grid } from './outputDiff';

const grid = (rows: number[][]): Grid => ({ rows: rows.length, cols: rows[0]?.length ?? 0, values: rows.flat() });

describe('diffGrids', () => {
  it('says identical grids are identical', () => {
    const d = diffGrids(grid([[1, 2], [3, 4]]), grid([[1, 2], [3, 4]]));
    expect(d).toMatchObject({ sameShape: true, first: null, maxAbs: 0, shift: null });
  });

  it('finds the first differing cell row-major, with both values and max |Δ|', () => {
    const d = diffGrids(grid([[1, 2], [3, 4]]), grid([[1, 5], [0, 4]]));
    expect(d.first).toEqual({ row: 0, col: 1, a: 2, b: 5 });
    expect(d.delta).toEqual([0, 3, -3, 0]);
    expect(d.maxAbs).toBe(3);
  });

  it('compares the overlapping top-left region when shapes differ (3x3 vs 2x2)', () => {
    const d = diffGrids(grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), grid([[1, 2], [4, 5]]));
    expect(d).toMatchObject({ sameShape: false, overlap: { rows: 2, cols: 2 }, first: null });
  });

  it('ignores float64 rounding noise', () => {
    expect(diffGrids(grid([[0.1 + 0.2]]), grid([[0.3]])).first).toBeNull();
  });

  it('spots a one-cell shift down and right (TF SAME vs PyTorch padding=k//2, even k)', () => {
    const a = grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const b = grid([[0, 0, 0, 0], [0, 1, 2, 3], [0, 4, 5, 6], [0, 7, 8, 9]]);
    expect(findShift(a, b)).toEqual({ dy: 1, dx: 1 });
    expect(diffGrids(a, b).shift).toEqual({ dy: 1, dx: 1 });
  });

  it('−∞ equals −∞ (a max pool window of padding only on both sides): Δ 0, no NaN', () => {
    const d = diffGrids(grid([[-Infinity, 1]]), grid([[-Infinity, 3]]));
    expect(d.first).toEqual({ row: 0, col: 1, a: 1, b: 3 });
    expect(d.delta).toEqual([0, 2]);
    expect(d).toMatchObject({ maxAbs: 2, scale: 2 });
  });

  it('−∞ against a number is an infinite Δ, shaded in full; finite Δs keep their own scale', () => {
    const d = diffGrids(grid([[-Infinity, 1]]), grid([[5, 3]]));
    expect(d).toMatchObject({ maxAbs: Infinity, scale: 2 });
    expect(heatLevel(d.delta[0]!, d.scale)).toBe(1);
    expect(heatLevel(d.delta[1]!, d.scale)).toBe(1);
    expect(heatLevel(1, 4)).toBe(0.25);
    expect(heatLevel(0, 0)).toBe(0);
  });

  it('finds no shift between unrelated grids', () => {
    expect(findShift(grid([[1, 2], [3, 4]]), grid([[9, 8], [7, 6]]))).toBeNull();
  });
});
