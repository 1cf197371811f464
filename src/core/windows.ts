/**
 * The one map from output to input (style.md §5, after ezyang's visualizer):
 * output index `o` along an axis reads padded positions `o·s + i·d` for
 * `i = 0..k−1`. Hover, the step-through, coverage and the dropped-cell marks
 * all read these functions; nothing else redoes the arithmetic.
 */

/** What one axis needs for the window map (a subset of AxisPlan). */
export interface AxisWindowing {
  readonly k: number;
  readonly s: number;
  readonly d: number;
  /** Padded length. */
  readonly padded: number;
  /** Output length. */
  readonly out: number;
}

/** What one window needs: taps, stride, dilation. */
type WindowGeometry = Pick<AxisWindowing, 'k' | 's' | 'd'>;

/** The map itself: tap `i` of output index `o` reads padded position `o·s + i·d`. */
const tapAt = (ax: WindowGeometry, o: number, i: number): number => o * ax.s + i * ax.d;

/** Padded positions that output index `o` reads along one axis, in tap order. */
export function axisTaps(ax: AxisWindowing, o: number): number[] {
  return Array.from({ length: ax.k }, (_, i) => tapAt(ax, o, i));
}

/**
 * The padded positions of output index `o`'s first and last tap along one
 * axis, `o·s` and `o·s + (k−1)·d`: the window's extent, gaps included.
 */
export function axisWindowSpan(ax: WindowGeometry, o: number): { readonly first: number; readonly last: number } {
  return { first: tapAt(ax, o, 0), last: tapAt(ax, o, ax.k - 1) };
}

/** For each padded position, how many output indices (along this axis) read it. */
export function axisReadCounts(ax: AxisWindowing): number[] {
  const reads = new Array<number>(ax.padded).fill(0);
  for (let o = 0; o < ax.out; o++) for (const p of axisTaps(ax, o)) reads[p] = (reads[p] ?? 0) + 1;
  return reads;
}

/** The output indices along one axis whose window reads padded position `p`. */
export function axisReaders(ax: AxisWindowing, p: number): number[] {
  const readers: number[] = [];
  for (let i = 0; i < ax.k; i++) {
    const rest = p - i * ax.d;
    if (rest >= 0 && rest % ax.s === 0 && rest / ax.s < ax.out) readers.push(rest / ax.s);
  }
  return readers.sort((a, b) => a - b);
}

/** Why no window reads a padded position: past the last window (`floor`), or between windows (`gap`). */
export type UnreadReason = 'floor' | 'gap';

/** For each padded position: null when read, else why not. */
export function axisUnread(ax: AxisWindowing, reads: readonly number[]): (UnreadReason | null)[] {
  const lastRead = ax.out > 0 ? axisWindowSpan(ax, ax.out - 1).last : -1;
  return reads.map((r, p) => (r > 0 ? null : p > lastRead ? 'floor' : 'gap'));
}

/** A cell of the padded grid: row then column, 0-based from the top-left padded cell. */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** Both axes' windowing, as held by a Plan. */
export interface GridWindowing {
  readonly h: AxisWindowing;
  readonly w: AxisWindowing;
}

/** The padded cells output cell (oy, ox) reads, row-major in kernel order (tap (i, j) at index i·KW + j). */
export function windowCells(g: GridWindowing, oy: number, ox: number): Cell[] {
  const cols = axisTaps(g.w, ox);
  return axisTaps(g.h, oy).flatMap((row) => cols.map((col) => ({ row, col })));
}

/** The output cells (row-major) whose window reads padded cell (row, col). */
export function cellReaders(g: GridWindowing, row: number, col: number): Cell[] {
  const cols = axisReaders(g.w, col);
  return axisReaders(g.h, row).flatMap((r) => cols.map((c) => ({ row: r, col: c })));
}

/** Coverage: for each padded cell (row-major), how many windows read it. */
export function coverage(g: GridWindowing): number[] {
  const rows = axisReadCounts(g.h);
  const cols = axisReadCounts(g.w);
  return rows.flatMap((r) => cols.map((c) => r * c));
}
