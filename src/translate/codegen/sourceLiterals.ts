/**
 * Number and array printing for the exported snippets. Every number is
 * printed with `String(n)` (the shortest text that parses back to the same
 * float64), so the snippet reproduces Padlab's values bit for bit; only the
 * cases `String` gets wrong for Python/JS source are special-cased.
 */
/** A float64 as Python source: `String(n)` round-trips, except −0, ±inf and NaN. */
export function pyNum(n: number): string {
  // String(-0) is "0": keep the sign, it can show up in the output's sign of zero.
  if (Object.is(n, -0)) return '-0.0';
  if (Number.isNaN(n)) return "float('nan')";
  if (n === Infinity) return "float('inf')";
  if (n === -Infinity) return "float('-inf')";
  return String(n);
}

/** A float64 as JavaScript source (`Infinity`/`NaN` are already valid JS). */
export function jsNum(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/**
 * A flat list literal, `perLine` numbers a line (one input or kernel row), so
 * the embedded data reads like the grid it came from. `[` ... `]` spans lines
 * with `indent` before each row; a trailing comma is valid in Python and JS.
 */
export function listLiteral(values: readonly number[], perLine: number, indent: string, num: (n: number) => string): string {
  if (values.length === 0) return '[]';
  const step = Math.max(1, perLine);
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += step) {
    lines.push(indent + values.slice(i, i + step).map(num).join(', ') + ',');
  }
  return `[\n${lines.join('\n')}\n]`;
}

/** Python list literal, 4-space indented rows. */
export function pyList(values: readonly number[], perLine: number): string {
  return listLiteral(values, perLine, '    ', pyNum);
}

/** JavaScript array literal, 2-space indented rows. */
export function jsList(values: readonly number[], perLine: number): string {
  return listLiteral(values, perLine, '  ', jsNum);
}

/** A Python tuple of ints: `(1, 2)`. */
export function pyTuple(...xs: readonly number[]): string {
  return xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`;
}
