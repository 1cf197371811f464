/** Compact number text for cells and descriptions. */

/**
 * Integers as they are; anything else to at most 4 significant digits with
 * trailing zeros dropped, so float32 noise (`11.9999990`) reads `12`.
 */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (Object.is(v, -0)) return '0';
  if (Number.isInteger(v)) return minus(String(v));
  const rounded = Number(v.toPrecision(4));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e6) return minus(String(rounded));
  const abs = Math.abs(rounded);
  const text = abs >= 1e-3 && abs < 1e6 ? String(rounded) : rounded.toExponential().replace('e+', 'e');
  return minus(text);
}

/** A typographic minus reads better than a hyphen in small cells. */
function minus(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}
