/** Parsing what a user types into a cell editor. */
import { LIMITS } from '../../core';

export type ParsedCell = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** A finite number within ±LIMITS.value.maxAbs, or a message saying what is accepted. Accepts `−` for minus. */
export function parseCellValue(text: string): ParsedCell {
  const t = text.trim().replace(/^−/, '-');
  const max = LIMITS.value.maxAbs;
  const v = t === '' ? NaN : Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: `Type a number, e.g. 3 or -0.5 (got "${text.trim()}").` };
  if (Math.abs(v) > max) return { ok: false, message: `Values must be within ±${max.toLocaleString('en-US')}.` };
  return { ok: true, value: v };
}

/** A copy of `values` with index `i` set to `v` (values are read-only in the Plan). */
export function withValue(values: readonly number[], i: number, v: number): number[] {
  const next = [...values];
  next[i] = v;
  return next;
}
