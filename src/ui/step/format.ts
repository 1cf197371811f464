/**
 * One number format for everything the step-through (and, later, the grids)
 * prints: integers exactly as they are, anything else rounded to at most four
 * significant digits so a float32 result like 14.000000953 reads "14" and a
 * reflected 1/3 reads "0.3333". Hyphen-minus, not U+2212, so a copied
 * expression pastes into Python or a spreadsheet unchanged.
 */

/** Significant digits kept for non-integers. */
export const SIGNIFICANT_DIGITS = 4;

/**
 * Formats a number for display: integers plain (`14`, `-3`), non-integers with
 * up to 4 significant digits and no trailing zeros (`0.3333`, `2.5`, `1.235e-7`).
 * The integer part is never rounded away (`12345.6` -> `12346`, not `1.235e+4`),
 * because a reader compares it with an exact integer sum. `-0` prints as `0`.
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  if (Object.is(v, -0) || v === 0) return '0';
  if (Number.isInteger(v)) return String(v);
  const rounded = Math.abs(v) >= 10 ** SIGNIFICANT_DIGITS ? Math.round(v) : Number(v.toPrecision(SIGNIFICANT_DIGITS));
  // Rounding can land on -0 (e.g. -0.00000000001 keeps digits, but -0.4 rounded to an integer does not).
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A factor inside a product: negative numbers in parentheses, so `3·(-1)` never reads as `3·-1`. */
export function formatFactor(v: number): string {
  const s = formatNumber(v);
  return s.startsWith('-') ? `(${s})` : s;
}
