/**
 * The palette of the grids and the two colour scales (values when cells are
 * too small for numbers; coverage). Plain CSS colour strings, so the legend
 * (DOM) can show the same stops as the canvas.
 */

export const INK = '#1d2330';
export const MUTED_INK = '#8c94a6';
/** Text on dark fills (coverage scale). */
export const WHITE_INK = '#ffffff';
export const INPUT_FILL = '#ffffff';
export const PAD_FILL = '#eceff5';
export const UNREAD_FILL = '#f3f3f3';
export const GRID_LINE = '#c9ced9';
export const PAD_BORDER = '#7d879b';
export const HATCH = 'rgba(29, 35, 48, 0.16)';
export const HATCH_ON_DARK = 'rgba(255, 255, 255, 0.4)';
export const REGION_LINE = '#1d2330';
export const LABEL_INK = '#3a4253';
export const LABEL_PAD_INK = '#9aa2b3';
export const UNREAD_MARK = '#8f96a3';
/** The moving layer: a window's taps (blue) and the cell in focus (orange). */
export const WINDOW_FILL = 'rgba(36, 88, 214, 0.26)';
export const WINDOW_LINE = '#2458d6';
export const FOCUS_LINE = '#d9480f';
export const READER_FILL = 'rgba(217, 72, 15, 0.28)';
/**
 * Pooling. Cells that do not count (max pooling's −∞ padding, an average's
 * uncounted padding, the ceil overhang) are pale and cross-hatched, so they
 * differ from padding that counts as 0 by pattern, not only by colour.
 */
export const UNCOUNTED_FILL = '#f7f7f9';
export const CROSS_HATCH = 'rgba(29, 35, 48, 0.22)';
/** Cells past the declared padding that a ceil_mode window hangs over, and the padding's edge before them. */
export const OVERHANG_FILL = '#fdf1dc';
export const OVERHANG_LINE = '#a65f00';
/** Max pooling's winners: a corner flag on each cell that wins a window, a ring on the shown window's winner (5:1 on white). */
export const WINNER_MARK = '#1a7f37';
/** A window PyTorch's ceil_mode rule removes, drawn crossed out (5.9:1 on white). */
export const REMOVED_LINE = '#c0262d';
/**
 * Transposed convolution (design.md, `convt`). The zeros inserted between
 * input cells: pale amber with a dotted border, so they differ from the
 * hatched border zeros by pattern as well as colour.
 */
export const INSERTED_FILL = '#fff4d6';
export const INSERTED_LINE = '#9a6700';
/** What a crop cuts away (input rows beyond a negative border; output rows outside the kept output): pale red, red hatch, a red dashed cut line. */
export const CROPPED_FILL = '#fbeaea';
export const CROPPED_HATCH = 'rgba(192, 38, 45, 0.35)';
/** The cut line is the removed window's red: both mean "thrown away" (5.9:1 on white). */
export const CROP_LINE = REMOVED_LINE;

type Rgb = readonly [number, number, number];

/** Viridis at five stops: ordered, readable in greyscale and for colour-blind readers. */
const SEQUENTIAL: readonly Rgb[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];
/** Blue–white–red for values of both signs, white at 0. */
const DIVERGING: readonly Rgb[] = [
  [33, 102, 172],
  [146, 197, 222],
  [247, 247, 247],
  [244, 165, 130],
  [178, 24, 43],
];
/** Coverage: pale to deep blue (0 reads is drawn separately as unread). */
const COVERAGE: readonly Rgb[] = [
  [234, 241, 255],
  [158, 190, 240],
  [36, 88, 214],
  [16, 38, 110],
];

function css([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * Scale colours by their packed `0xRRGGBB`, so a redraw hands the canvas the
 * same string objects again (a 64×64 drag redraws ~12k cells a change; the
 * strings were built anew each time, then parsed back by drawGrid).
 */
const packedCss = new Map<number, string>();

function cssOfPacked(rgb: number): string {
  let text = packedCss.get(rgb);
  if (text === undefined) {
    if (packedCss.size > 4096) packedCss.clear();
    text = css([rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff]);
    packedCss.set(rgb, text);
  }
  return text;
}

/** The colour at `t` in [0, 1] along `stops` (linear in RGB), as a CSS string; no arrays made per call. */
function along(stops: readonly Rgb[], t: number): string {
  const x = Math.min(Math.max(Number.isFinite(t) ? t : 0, 0), 1) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const f = x - i;
  const a = stops[i] ?? [0, 0, 0];
  const b = stops[i + 1] ?? a;
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
  return cssOfPacked((mix(0) << 16) | (mix(1) << 8) | mix(2));
}

/**
 * [min, max] of the finite values of a list, without spreading it into
 * arguments (a 288×288 grid has 83k cells). ±∞ (max pooling's padding, a
 * window of padding only) has no colour on a scale, so it does not stretch one.
 */
export function extent(values: ArrayLike<number>): readonly [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

export interface ColorScale {
  readonly color: (v: number) => string;
  /** CSS colours from the low end to the high end, for a legend gradient. */
  readonly stops: readonly string[];
  /** Whether text on colour `v` should be white. */
  readonly darkAt: (v: number) => boolean;
}

/** Colours values in [min, max]: diverging around 0 when both signs occur, else sequential (viridis). */
export function valueScale(min: number, max: number): ColorScale {
  if (min < 0 && max > 0) {
    const m = Math.max(-min, max);
    const t = (v: number) => 0.5 + v / (2 * m);
    return { color: (v) => along(DIVERGING, t(v)), stops: DIVERGING.map(css), darkAt: (v) => Math.abs(t(v) - 0.5) > 0.35 };
  }
  const span = max - min;
  const t = (v: number) => (span > 0 ? (v - min) / span : 0.5);
  return { color: (v) => along(SEQUENTIAL, t(v)), stops: SEQUENTIAL.map(css), darkAt: (v) => t(v) < 0.55 };
}

/** Colours a read count in [1, max]. */
export function coverageScale(max: number): ColorScale {
  const t = (v: number) => (max > 1 ? (v - 1) / (max - 1) : 0.6);
  return { color: (v) => along(COVERAGE, t(v)), stops: COVERAGE.map(css), darkAt: (v) => t(v) > 0.5 };
}
