/** The receptive-field panel's words: each level's summary, its padding counts, the recurrence, the announcement. */
import type { AxisField } from '../../../core';
import type { AxisCount, FieldView, LevelField } from './fieldModel';

/** An index as people read it: a real minus sign, halves kept (a centre between two cells). */
export function signed(v: number): string {
  const text = Number.isInteger(v) ? String(Math.abs(v)) : String(Math.round(Math.abs(v) * 100) / 100);
  return v < 0 ? `−${text}` : text;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 rows and 2 columns in padding", "no padding read". */
function paddingTotal(rows: AxisCount, cols: AxisCount): string {
  const r = rows.before + rows.after;
  const c = cols.before + cols.after;
  if (r === 0 && c === 0) return 'none in padding';
  const parts = [r > 0 ? plural(r, 'row', 'rows') : '', c > 0 ? plural(c, 'column', 'columns') : ''].filter(Boolean);
  return `${parts.join(' and ')} in padding`;
}

/** "rows −3..7, columns −3..7 (11×11), 2 rows and 2 columns in padding", plus the holes dilation leaves. */
export function describeLevel(l: LevelField): string {
  const { rows, cols } = l;
  // An output that reads only padding (zeros) further up depends on no cell of this level.
  if (rows.read === 0 || cols.read === 0) return 'no cell: what reads this level reads only padding there';
  const spanR = rows.hi - rows.lo + 1;
  const spanC = cols.hi - cols.lo + 1;
  let text = `rows ${signed(rows.lo)}..${signed(rows.hi)}, columns ${signed(cols.lo)}..${signed(cols.hi)} (${spanR}×${spanC}), ${paddingTotal(rows, cols)}`;
  if (rows.read < spanR || cols.read < spanC) {
    text += `; holes from dilation: ${rows.read} of ${spanR} rows and ${cols.read} of ${spanC} columns read`;
  }
  return text;
}

/**
 * "3 of 11 rows lie in the top padding", one line per side that holds any,
 * with the cells among them that lie past the padding the next layer adds
 * (a ceil_mode window's overhang).
 */
export function paddingDetails(l: LevelField): string[] {
  const out: string[] = [];
  const side = (count: number, beyond: number, read: number, noun: string, where: string, band: number) => {
    if (count === 0) return;
    let text = `${count} of ${read} ${noun}s ${count === 1 ? 'lies' : 'lie'} in the ${where} padding`;
    if (beyond > 0) {
      const them = count === 1 ? 'it' : beyond === count ? `all ${count}` : `${beyond} of them`;
      text += ` (${them} past the ${band}-${noun} band: a ceil_mode window's overhang, which holds nothing)`;
    }
    out.push(text);
  };
  side(l.rows.before, l.rows.beyondBefore, l.rows.read, 'row', 'top', l.h.before);
  side(l.rows.after, l.rows.beyondAfter, l.rows.read, 'row', 'bottom', l.h.after);
  side(l.cols.before, l.cols.beyondBefore, l.cols.read, 'column', 'left', l.w.before);
  side(l.cols.after, l.cols.beyondAfter, l.cols.read, 'column', 'right', l.w.after);
  return out;
}

/** "rf 5×5, jump 2×2, start 0×0" (design.md's recurrences, rows × columns). */
export function recurrenceText(field: Readonly<Record<'h' | 'w', AxisField>>): string {
  const pair = (f: (a: AxisField) => number) => `${signed(f(field.h))}×${signed(f(field.w))}`;
  return `rf ${pair((a) => a.r)}, jump ${pair((a) => a.j)}, start ${pair((a) => a.u)}`;
}

/** The level's name: the input, or a layer's output. */
export function levelName(level: number, op: string | undefined): string {
  return level === 0 ? 'Input' : `Layer ${level} (${op ?? ''}) output`;
}

/** What the live region says after a selection: the cell and what it reads on the input. */
export function announcement(view: Extract<FieldView, { ok: true }>): string {
  const input = view.levels[0];
  const where = `Output cell row ${view.row}, column ${view.col} of ${view.out[1]}×${view.out[2]}`;
  return input ? `${where} reads input ${describeLevel(input)}.` : `${where}.`;
}

/**
 * How the cells that really reach the output compare with the recurrence's
 * span on the input: "Only input rows 0..2 and columns 0..2 (3×3) reach
 * this cell: the rest of the rf 5×5 is zero padding of hidden layers, which
 * depends on no input." Null when they agree.
 */
export function reachText(view: Extract<FieldView, { ok: true }>): string | null {
  const input = view.levels[0];
  const last = view.levels[view.levels.length - 1];
  if (!input || !last) return null;
  const lo = (f: AxisField, i: number) => f.u + i * f.j - (f.r - 1) / 2;
  const rows = input.reach.h;
  const cols = input.reach.w;
  const { h, w } = last.field;
  const sameSpan = (cells: readonly number[], f: AxisField, i: number) => cells.length === f.r && cells[0] === lo(f, i);
  if (sameSpan(rows, h, view.row) && sameSpan(cols, w, view.col)) return null;
  const range = (cells: readonly number[]) => (cells.length ? `${signed(cells[0] as number)}..${signed(cells[cells.length - 1] as number)}` : 'none');
  return (
    `Only input rows ${range(rows)} and columns ${range(cols)} (${rows.length}×${cols.length} cells) carry values into this cell: ` +
    `the rest of the rf ${h.r}×${w.r} is padding — a hidden layer's zeros depend on no input, and the input's own padding holds no input value except what a mirror or wrap copies.`
  );
}
