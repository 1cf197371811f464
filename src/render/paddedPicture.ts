/**
 * The padded input as a picture: input cells plain inside a thick outline,
 * padding hatched with dashed borders, unread cells crossed out, and per
 * overlay choice the value, the source it copies, or how many windows read
 * it. For a pool, cells that do not count are cross-hatched, the ceil
 * overhang has its own fill past the padding's edge, and max pooling's
 * winners a corner flag. Every fact comes from the Plan's index maps, the
 * window map and its pooling facts.
 */
import { CONSTANT, isPaddingCell } from '../core';
import type { AxisPlan, Plan } from '../core';
import { coverage } from '../core';
import { INPUT_FILL, INSERTED_FILL, MUTED_INK, OVERHANG_FILL, PAD_FILL, UNCOUNTED_FILL, UNREAD_FILL, WHITE_INK, coverageScale, extent, valueScale, type ColorScale } from './colors';
import type { AxisLabel, CellPaint, GridPicture } from './drawGrid';
import { formatNumber } from './formatNumber';
import type { CellBox, GridLayout } from './layout';
import { isCounted, isOverhang, winCounts } from './poolWindows';
import { clipBox, isInsertedCell, spanBox, transposedLabels } from './transposedCells';

/** What the padded grid's cells show besides the hatch (mirrors the store's `ui.overlay`). */
export type PaddedOverlay = 'values' | 'sources' | 'coverage';

export interface PaddedPictureInput {
  readonly plan: Plan;
  /** Padded input `C*HP*WP` (core paddedInput). */
  readonly padded: readonly number[];
  readonly channel: number;
  readonly overlay: PaddedOverlay;
  readonly layout: Pick<GridLayout, 'values'>;
}

export interface PaddedPicture extends GridPicture {
  /** The colour scale used when cells are too small for numbers (values/sources), or the coverage scale. */
  readonly scale: ColorScale;
  /** Value range of the channel, or coverage range (min, max). */
  readonly range: readonly [number, number];
}

const ARROWS: Record<string, string> = { '-1,-1': '↖', '-1,0': '↑', '-1,1': '↗', '0,-1': '←', '0,1': '→', '1,-1': '↙', '1,0': '↓', '1,1': '↘' };

/** An arrow from padded cell (r, c) toward padded cell (sr, sc), e.g. `↖` for a source up and to the left. */
export function arrowToward(r: number, c: number, sr: number, sc: number): string {
  return ARROWS[`${Math.sign(sr - r)},${Math.sign(sc - c)}`] ?? '';
}

/** Labels for one padded axis: the input index of each row/column; greyed on padding, where it names the copied index (`c`: constant). */
export function sourceLabels(a: AxisPlan): AxisLabel[] {
  return a.source.map((s, p) => ({ text: s === CONSTANT ? 'c' : String(s), muted: a.isPadding[p] ?? true }));
}

/** A pool's labels: input indices only (its padding copies no cell; −∞ or 0 is said by the cells themselves). */
function poolLabels(a: AxisPlan): AxisLabel[] {
  return a.isPadding.map((pad, p) => ({ text: pad ? '' : String(p - a.before), muted: pad }));
}

/** The declared padded extent `np × np`, when a ceil overhang extends the grid past it. */
function paddingEdge(plan: Plan): CellBox | null {
  const { h, w } = plan;
  if (h.overhang === 0 && w.overhang === 0) return null;
  return { row0: 0, col0: 0, row1: h.padded - h.overhang - 1, col1: w.padded - w.overhang - 1 };
}

/** Builds the static picture of one channel of the padded input. */
export function paddedPicture({ plan, padded, channel, overlay, layout }: PaddedPictureInput): PaddedPicture {
  const { h, w } = plan;
  const HP = h.padded;
  const WP = w.padded;
  const base = channel * HP * WP;
  const slice = padded.slice(base, base + HP * WP);
  const cov = coverage(plan);
  const maxCov = extent(cov)[1];
  const range = overlay === 'coverage' ? ([0, Math.max(0, maxCov)] as const) : extent(slice);
  const scale = overlay === 'coverage' ? coverageScale(range[1]) : valueScale(range[0], range[1]);
  const cells: CellPaint[] = new Array<CellPaint>(HP * WP);
  const pool = plan.pool !== null;
  const wins = pool ? winCounts(plan, padded, channel) : null;

  for (let r = 0; r < HP; r++) {
    const sr = h.source[r] ?? CONSTANT;
    for (let c = 0; c < WP; c++) {
      const sc = w.source[c] ?? CONSTANT;
      const i = r * WP + c;
      const v = slice[i] ?? NaN;
      const overhang = pool && isOverhang(plan, r, c);
      // The overhang lies past the padding: drawn as its own region, not as padding.
      const pad = !overhang && isPaddingCell(plan, r, c);
      const uncounted = pool && !isCounted(plan, r, c);
      // A transposed convolution's zeros between input cells: their own fill whatever the cell size, like a pool's uncounted cells.
      const inserted = isInsertedCell(plan, r, c);
      const unread = h.unread[r] != null || w.unread[c] != null;
      const reads = cov[i] ?? 0;
      let fill: string;
      let ink: string | undefined;
      let dark = false;
      if (overlay === 'coverage') {
        fill = reads === 0 ? UNREAD_FILL : scale.color(reads);
        dark = reads > 0 && scale.darkAt(reads);
        if (dark) ink = WHITE_INK;
      } else if (layout.values || uncounted || inserted) {
        // Uncounted cells keep their pale fill with small cells too: −∞ has no colour on a scale.
        fill = unread ? UNREAD_FILL : overhang ? OVERHANG_FILL : uncounted ? UNCOUNTED_FILL : inserted ? INSERTED_FILL : pad ? PAD_FILL : INPUT_FILL;
      } else {
        fill = scale.color(v);
        dark = scale.darkAt(v);
      }
      if ((unread || uncounted || inserted) && overlay !== 'coverage') ink = MUTED_INK;
      let sub: string | undefined;
      if (overlay === 'sources') {
        // An input cell names its own (row, col), from the index map (a transposed convolution's input cells are s apart).
        if (inserted) sub = 'ins';
        else if (!pad) sub = `${sr},${sc}`;
        else if (sr === CONSTANT || sc === CONSTANT) sub = 'c';
        else sub = `${arrowToward(r, c, sr + h.before, sc + w.before)}${sr},${sc}`;
      }
      // Numbers are drawn only when the cells are big enough (layout.values): skip formatting 4,000 unseen ones.
      const text = !layout.values ? undefined : overlay === 'coverage' ? String(reads) : formatNumber(v);
      const paint: CellPaint = { fill, text, sub, ink, pad, unread, dark };
      cells[i] = pool ? { ...paint, uncounted, overhang, winner: wins?.has(i) ?? false } : inserted ? { ...paint, inserted } : paint;
    }
  }

  const t = plan.transposed;
  if (t) {
    // The thick outline is the zero-inserted input, cut to the picture where a crop reaches into it (directPicture draws the cut part).
    const region = clipBox(spanBox(plan), HP, WP);
    const transposed = { kept: { row0: 0, col0: 0, row1: HP - 1, col1: WP - 1 }, cut: { top: false, bottom: false, left: false, right: false } };
    return { cells, region, rowLabels: transposedLabels(h, t.h), colLabels: transposedLabels(w, t.w), scale, range, transposed };
  }
  const region = { row0: h.before, col0: w.before, row1: h.before + h.n - 1, col1: w.before + w.n - 1 };
  if (pool) return { cells, region, rowLabels: poolLabels(h), colLabels: poolLabels(w), scale, range, pool: true, edge: paddingEdge(plan) };
  return { cells, region, rowLabels: sourceLabels(h), colLabels: sourceLabels(w), scale, range };
}
