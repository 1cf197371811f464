import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../core';
import { paddedInput } from '../../core';
import { derivePlan, type Plan } from '../../core';
import { parseCellValue, withValue } from './cellValue';
import { describeOutput, describePadded, unreadLegend } from './describe';

function plan(patch: Partial<Config>): Plan {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!p.ok) throw new Error(p.message);
  return p;
}

describe('hover descriptions', () => {
  it('in=5x5 same reflect: names the input cell a padding cell copies and how many windows read it', () => {
    const p = plan({ mode: 'reflect' });
    expect(describePadded(p, paddedInput(p), 0, 0, 1)).toBe('Padding cell (padded row 0, col 1) = 6, copied from input (row 1, col 0) by reflect; read by 2 windows');
    expect(describePadded(p, paddedInput(p), 0, 1, 1)).toBe('Input cell (row 0, col 0) at padded (1, 1) = 1; read by 4 windows');
  });

  it('in=5x5 same zeros: a padding cell is zero padding', () => {
    const p = plan({});
    expect(describePadded(p, paddedInput(p), 0, 0, 0)).toBe('Padding cell (padded row 0, col 0) = 0, zero padding; read by 1 window');
  });

  it('in=6x6 k=3 s=2 valid: the last row is dropped by floor, with the numbers', () => {
    const p = plan({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } });
    expect(describePadded(p, paddedInput(p), 0, 5, 0)).toContain('never read: row 5 dropped by floor: (n_p − ke) mod s = (6 − 3) mod 2 = 1');
    expect(unreadLegend(p)).toHaveLength(2);
  });

  it('in=7x7 k=2 s=3 valid: cells between windows are skipped because the stride outruns the kernel', () => {
    const p = plan({ input: { h: 7, w: 7 }, kernel: { h: 2, w: 2 }, stride: { h: 3, w: 3 }, pad: { kind: 'valid' } });
    expect(describePadded(p, paddedInput(p), 0, 2, 0)).toContain("skipped: the stride (s = 3) is larger than the kernel's reach (ke = 2)");
  });

  it('describes an output cell by its window', () => {
    const p = plan({ mode: 'reflect' });
    expect(describeOutput(p, 45, 0, 0, false)).toBe('Output (row 0, col 0) = 45: its window covers padded rows 0–2, cols 0–2 (9 taps, 5 on padding)');
  });
});

describe('cell editor values', () => {
  it('accepts finite numbers within ±1e6, including a typographic minus', () => {
    expect(parseCellValue(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseCellValue('−3')).toEqual({ ok: true, value: -3 });
    expect(parseCellValue('1e6')).toEqual({ ok: true, value: 1e6 });
  });
  it('rejects empty, non-numeric, non-finite and too large values with a message', () => {
    for (const t of ['', 'abc', 'Infinity', 'NaN', '1e7', '-1000001']) expect(parseCellValue(t).ok).toBe(false);
  });
  it('replaces one value without touching the others', () => {
    const before = [1, 2, 3];
    expect(withValue(before, 1, 9)).toEqual([1, 9, 3]);
    expect(before).toEqual([1, 2, 3]);
  });
});

describe('one number format across panels', () => {
  // The step-through's side of this is in DotProductView.test.tsx (the same configuration reads 12346 there).
  it('in=1x1 x=12345.6 k=1 w=1 valid: the padded-grid hover and the output hover read 12346', () => {
    const p = plan({
      input: { h: 1, w: 1 },
      kernel: { h: 1, w: 1 },
      pad: { kind: 'valid' },
      x: { kind: 'values', values: [12345.6] },
      w: { kind: 'values', values: [1] },
    });
    const padded = paddedInput(p);
    expect(describePadded(p, padded, 0, 0, 0)).toContain('= 12346;');
    expect(describeOutput(p, 12345.6, 0, 0, false)).toContain('= 12346:');
  });
});
