/**
 * The cell-by-cell difference of two output grids (one filter each), for
 * the compare view. Pure: it reads plain arrays (the float64 reference
 * outputs), so it is tested in Node without a browser.
 */

/** One filter's output, row-major. */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly number[];
}

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export interface GridDiff {
  readonly sameShape: boolean;
  /** The top-left region both grids have. */
  readonly overlap: { readonly rows: number; readonly cols: number };
  /** `b − a` over the overlap, row-major. */
  readonly delta: readonly number[];
  /** The first overlap cell (row-major) where they differ, with both values; null when none. */
  readonly first: (Cell & { readonly a: number; readonly b: number }) | null;
  /** Largest |b − a| over the overlap: ∞ where one side is ±∞ (a max pool's window of padding only) and the other is not. */
  readonly maxAbs: number;
  /** Largest finite |b − a|: what the Δ grid's shades are scaled to (0 when none). */
  readonly scale: number;
  /** When B is A moved by a small offset (`B[r+dy, c+dx] = A[r, c]` wherever both exist). */
  readonly shift: { readonly dy: number; readonly dx: number } | null;
}

/**
 * Equal up to float64 rounding of sums taken in another order. An infinity
 * (a max pool's window of padding only) equals only itself: its tolerance
 * would be infinite.
 */
export function same(a: number, b: number): boolean {
  if (a === b) return true;
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const at = (g: Grid, r: number, c: number) => g.values[r * g.cols + c] ?? NaN;

/** Offsets tried by `findShift`, nearest first. */
const SHIFTS = [-2, -1, 0, 1, 2]
  .flatMap((dy) => [-2, -1, 0, 1, 2].map((dx) => ({ dy, dx })))
  .filter((s) => s.dy !== 0 || s.dx !== 0)
  .sort((p, q) => Math.abs(p.dy) + Math.abs(p.dx) - (Math.abs(q.dy) + Math.abs(q.dx)));

/**
 * The nearest offset (|dy|, |dx| ≤ 2) under which B repeats A exactly, on
 * at least half the cells of the smaller grid; null when none does.
 */
export function findShift(a: Grid, b: Grid): { dy: number; dx: number } | null {
  const need = Math.max(2, Math.ceil(Math.min(a.rows * a.cols, b.rows * b.cols) / 2));
  for (const { dy, dx } of SHIFTS) {
    let count = 0;
    let ok = true;
    for (let r = Math.max(0, -dy); ok && r < a.rows && r + dy < b.rows; r++) {
      for (let c = Math.max(0, -dx); c < a.cols && c + dx < b.cols; c++) {
        if (!same(at(a, r, c), at(b, r + dy, c + dx))) {
          ok = false;
          break;
        }
        count++;
      }
    }
    if (ok && count >= need) return { dy, dx };
  }
  return null;
}

/** Compares A and B over their overlapping top-left region. */
export function diffGrids(a: Grid, b: Grid): GridDiff {
  const rows = Math.min(a.rows, b.rows);
  const cols = Math.min(a.cols, b.cols);
  const delta: number[] = [];
  let first: GridDiff['first'] = null;
  let maxAbs = 0;
  let scale = 0;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const va = at(a, row, col);
      const vb = at(b, row, col);
      // Equal cells differ by 0, −∞ and −∞ included (−∞ − −∞ would be NaN).
      const d = same(va, vb) ? 0 : vb - va;
      delta.push(d);
      maxAbs = Math.max(maxAbs, Math.abs(d));
      if (Number.isFinite(d)) scale = Math.max(scale, Math.abs(d));
      if (!first && !same(va, vb)) first = { row, col, a: va, b: vb };
    }
  }
  const sameShape = a.rows === b.rows && a.cols === b.cols;
  const shift = first || !sameShape ? findShift(a, b) : null;
  return { sameShape, overlap: { rows, cols }, delta, first, maxAbs, scale, shift };
}

/** How strongly a Δ cell is shaded, 0..1: |Δ| / `scale`, and full for an infinite Δ. */
export function heatLevel(v: number, scale: number): number {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : 1;
  return scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
}

/** Filter `f` of a reference output `F*OH*OW`. */
export function filterGrid(output: readonly number[], rows: number, cols: number, f: number): Grid {
  return { rows, cols, values: output.slice(f * rows * cols, (f + 1) * rows * cols) };
}
