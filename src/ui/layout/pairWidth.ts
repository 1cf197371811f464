/**
 * Phone layout: the padded grid and the output side by side. On a narrow panel
 * each grid would take the full width at the largest cell size (a 7×7 padded
 * grid and a 5×5 output stacked are ~650 px tall), pushing the output and the
 * step-through off a phone's first screen. Half the width each keeps both in
 * view, as long as both still print their values; otherwise they stay stacked
 * at full width (a big input is better read large and scrolled).
 */
import { gridLayout } from '../../render/layout';

/** Below this panel width (CSS px) the grids pair up: phones in portrait (a 430 px screen leaves ~400). */
export const PAIR_BELOW = 480;
/** Room between the two grids (CSS px): at least the column gap of `.grids-row` on phones (styles.css, 0.75rem). */
const PAIR_GAP = 16;

interface Size {
  readonly rows: number;
  readonly cols: number;
}

/** The width each of the padded and the output grid may take in a panel `panelWidth` CSS px wide. */
export function pairWidth(panelWidth: number, padded: Size, output: Size): number {
  if (panelWidth >= PAIR_BELOW) return panelWidth;
  const half = Math.floor((panelWidth - PAIR_GAP) / 2);
  const readable = (s: Size) => gridLayout({ rows: s.rows, cols: s.cols, availableWidth: half, labels: true }).values;
  return readable(padded) && readable(output) ? half : panelWidth;
}
