/**
 * The one number format of everything Padlab prints for a reader: grid cells,
 * hover descriptions, legends, the compare tables and the step-through's
 * dot product. One rounding rule, so a value reads the same in every panel
 * (the grid once printed 12345.6 as `12350` and the step-through as `12346`).
 *
 * - Integers exactly as they are (`14`, `123456789`).
 * - Non-integers of magnitude ≥ 10^4 rounded to an integer: the integer part
 *   is never rounded away (`12345.6` → `12346`, not `1.235e+4`), because a
 *   reader compares it with an exact integer sum.
 * - Other non-integers to at most 4 significant digits, trailing zeros
 *   dropped, so float32 noise (`11.9999990`) reads `12` and 1/3 reads `0.3333`;
 *   below 10^-3 in exponent form (`1.235e-4`), which stays short in a cell.
 * - `-0` prints as `0`; ±Infinity as `∞`/`−∞` (max pooling's padding and a
 *   window of padding only), always with the typographic minus: `-∞` would
 *   not paste into Python either, and one glyph reads the same in every panel.
 * - NaN as `NaN`.
 *
 * The minus sign is the only choice a caller makes: grids use the typographic
 * minus (U+2212, reads better in small cells), the step-through's expressions
 * the hyphen-minus, so a copied expression pastes into Python unchanged.
 */

/** Significant digits kept for non-integers below 10^4. */
const SIGNIFICANT_DIGITS = 4;

export type MinusSign = 'typographic' | 'hyphen';

/** Formats a number for display (rules above); `minus` picks the sign character of negatives. */
export function formatNumber(v: number, minus: MinusSign = 'typographic'): string {
  return withMinus(plainText(v), minus);
}

/** A factor inside a product: negative numbers in parentheses, so `3·(-1)` never reads as `3·-1`. */
export function formatFactor(v: number, minus: MinusSign = 'hyphen'): string {
  const s = formatNumber(v, minus);
  return s.startsWith('-') || s.startsWith('−') ? `(${s})` : s;
}

function plainText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs >= 10 ** SIGNIFICANT_DIGITS) return String(Math.round(v));
  const rounded = Number(v.toPrecision(SIGNIFICANT_DIGITS));
  // Rounding can land on an integer (11.9999990 -> 12) or on -0.
  if (rounded === 0) return '0';
  if (Math.abs(rounded) < 1e-3) return rounded.toExponential().replace('e+', 'e');
  return String(rounded);
}

function withMinus(text: string, minus: MinusSign): string {
  return minus === 'typographic' && text.startsWith('-') ? `−${text.slice(1)}` : text;
}
