/**
 * The padded input as a picture: input cells plain inside a thick outline,
 * padding hatched with dashed borders, unread cells crossed out, and per
 * overlay choice the value, the source it copies, or how many windows read
 * it. Every fact comes from the Plan's index maps and the window map.
 */
import { CONSTANT, isPaddingCell } from '../core';
import type { AxisPlan, Plan } from '../core';
import { coverage } from '../core';
import { INPUT_FILL, MUTED_INK, PAD_FILL, UNREAD_FILL, WHITE_INK, coverageScale, extent, valueScale, type ColorScale } from './colors';
import type { AxisLabel, CellPaint, GridPicture } from './drawGrid';
import { formatNumber } from './formatNumber';
import type { GridLayout } from './layout';

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

  for (let r = 0; r < HP; r++) {
    const sr = h.source[r] ?? CONSTANT;
    for (let c = 0; c < WP; c++) {
      const sc = w.source[c] ?? CONSTANT;
      const i = r * WP + c;
      const v = slice[i] ?? NaN;
      const pad = isPaddingCell(plan, r, c);
      const unread = h.unread[r] != null || w.unread[c] != null;
      const reads = cov[i] ?? 0;
      let fill: string;
      let ink: string | undefined;
      let dark = false;
      if (overlay === 'coverage') {
        fill = reads === 0 ? UNREAD_FILL : scale.color(reads);
        dark = reads > 0 && scale.darkAt(reads);
        if (dark) ink = WHITE_INK;
      } else if (layout.values) {
        fill = unread ? UNREAD_FILL : pad ? PAD_FILL : INPUT_FILL;
      } else {
        fill = scale.color(v);
        dark = scale.darkAt(v);
      }
      if (unread && overlay !== 'coverage') ink = MUTED_INK;
      let sub: string | undefined;
      if (overlay === 'sources') {
        if (!pad) sub = `${r - h.before},${c - w.before}`;
        else if (sr === CONSTANT || sc === CONSTANT) sub = 'c';
        else sub = `${arrowToward(r, c, sr + h.before, sc + w.before)}${sr},${sc}`;
      }
      // Numbers are drawn only when the cells are big enough (layout.values): skip formatting 4,000 unseen ones.
      const text = !layout.values ? undefined : overlay === 'coverage' ? String(reads) : formatNumber(v);
      cells[i] = { fill, text, sub, ink, pad, unread, dark };
    }
  }

  return {
    cells,
    region: { row0: h.before, col0: w.before, row1: h.before + h.n - 1, col1: w.before + w.n - 1 },
    rowLabels: sourceLabels(h),
    colLabels: sourceLabels(w),
    scale,
    range,
  };
}
