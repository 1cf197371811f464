import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, paddedOf, type Config, type Plan } from '../core';
import { axisStrip } from './ceilStrip';
import { extent } from './colors';
import { paddedOverlay } from './overlays';
import { paddedPicture } from './paddedPicture';
import { poolTaps, winCounts, windowWinner } from './poolWindows';
import { samePicture } from './unchangedPicture';

/**
 * The Plan of a pooling query such as `op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1`, read here by
 * hand (render may not import the URL codec): `in`, `k`, `s` square or `HxW`; a pool's stride defaults to k.
 */
function planFor(query: string): Plan {
  const q = new URLSearchParams(query);
  const hw = (v: string | null, d: number) => {
    const [h, w] = (v ?? String(d)).split('x').map(Number) as [number, number?];
    return { h, w: w ?? h };
  };
  const kernel = hw(q.get('k'), 3);
  const pad = q.get('pad') ?? 'same';
  const [top = 0, bottom = 0, left = 0, right = 0] = pad.split(',').map(Number);
  const config: Config = {
    ...DEFAULT_CONFIG,
    op: (q.get('op') ?? 'conv') as Config['op'],
    input: hw(q.get('in'), 5),
    kernel,
    stride: hw(q.get('s'), kernel.h),
    pad: pad.includes(',') ? { kind: 'explicit', top, bottom, left, right } : ({ kind: pad } as Config['pad']),
    ceil: q.get('ceil') === '1',
    cip: q.get('cip') !== '0',
    x: q.has('x') ? { kind: 'values', values: q.get('x')!.split(',').map(Number) } : DEFAULT_CONFIG.x,
  };
  const p = derivePlan(config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const picture = (p: Plan, overlay: 'values' | 'coverage' = 'values') =>
  paddedPicture({ plan: p, padded: paddedOf(p), channel: 0, overlay, layout: { values: true } });

const MAX_CEIL = 'op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1';

describe('pool windows', () => {
  it(`${MAX_CEIL}: out (0, 0) is won by input (1, 1) = 8 at padded (2, 2); (3, 3) by the corner 36`, () => {
    const p = planFor(MAX_CEIL);
    expect(windowWinner(p, paddedOf(p), 0, 0, 0)).toEqual({ row: 2, col: 2 });
    expect(windowWinner(p, paddedOf(p), 0, 3, 3)).toEqual({ row: 6, col: 6 });
  });

  it(`${MAX_CEIL}: the last window's taps are input, padding and overhang, and only the input counts`, () => {
    const p = planFor(MAX_CEIL);
    const taps = poolTaps(p, paddedOf(p), 0, 3, 3);
    expect(taps.map((t) => [t.counted, t.pad, t.overhang])).toEqual([
      [true, false, false], [false, true, false], [false, false, true],
      [false, true, false], [false, true, false], [false, false, true],
      [false, false, true], [false, false, true], [false, false, true],
    ]);
    expect(taps.filter((t) => !t.counted).every((t) => t.value === -Infinity)).toBe(true);
  });

  it('in=2x2 k=2 s=1 pad=valid x=5,5,5,5: a tie goes to the first tap in window order (PyTorch return_indices)', () => {
    const p = planFor('op=maxpool&in=2x2&k=2&s=1&pad=valid&x=5,5,5,5');
    expect(windowWinner(p, paddedOf(p), 0, 0, 0)).toEqual({ row: 0, col: 0 });
  });

  it('an average has no winner', () => {
    const p = planFor('op=avgpool&in=4x4&k=2');
    expect(windowWinner(p, paddedOf(p), 0, 0, 0)).toBeNull();
    expect(winCounts(p, paddedOf(p), 0).size).toBe(0);
  });

  it('in=4x4 k=2 s=1 pad=valid ramp: the bottom-right cell of each window wins it', () => {
    const p = planFor('op=maxpool&in=4x4&k=2&s=1&pad=valid');
    const wins = winCounts(p, paddedOf(p), 0);
    expect([...wins.keys()].sort((a, b) => a - b)).toEqual([5, 6, 7, 9, 10, 11, 13, 14, 15]);
    expect([...wins.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('the padded picture of a pool', () => {
  it(`${MAX_CEIL}: padding −∞ cross-hatched, the overhang past the padding's edge, winners flagged`, () => {
    const p = planFor(MAX_CEIL);
    const pic = picture(p);
    const at = (r: number, c: number) => pic.cells[r * 9 + c]!;
    expect(pic.pool).toBe(true);
    expect(at(0, 0)).toMatchObject({ text: '−∞', pad: true, uncounted: true, overhang: false });
    expect(at(8, 3)).toMatchObject({ text: '−∞', pad: false, uncounted: true, overhang: true });
    expect(at(1, 1)).toMatchObject({ text: '1', pad: false, uncounted: false, winner: false });
    expect(at(2, 2)).toMatchObject({ text: '8', winner: true });
    expect(pic.edge).toEqual({ row0: 0, col0: 0, row1: 7, col1: 7 });
    expect(pic.region).toEqual({ row0: 1, col0: 1, row1: 6, col1: 6 });
    expect(pic.colLabels?.map((l) => l.text)).toEqual(['', '0', '1', '2', '3', '4', '5', '', '']);
  });

  it('in=5 k=3 s=2 pad=1 avgpool: with count_include_pad the padding counts as 0; with cip=0 it does not', () => {
    const counts = picture(planFor('op=avgpool&in=5&k=3&s=2&pad=1,1,1,1'));
    const not = picture(planFor('op=avgpool&in=5&k=3&s=2&pad=1,1,1,1&cip=0'));
    expect(counts.cells[0]).toMatchObject({ text: '0', pad: true, uncounted: false });
    expect(not.cells[0]).toMatchObject({ text: '0', pad: true, uncounted: true });
    expect(samePicture(counts, not)).toBe(false);
    expect(counts.edge).toBeNull();
  });

  it('a convolution picture carries no pooling marks (drawn as before)', () => {
    const pic = picture(planFor('in=5x5&k=3&s=1'));
    expect(pic.pool).toBeUndefined();
    expect(pic.edge).toBeUndefined();
    expect(Object.keys(pic.cells[0]!).sort()).toEqual(['dark', 'fill', 'ink', 'pad', 'sub', 'text', 'unread']);
  });

  it('colour scales ignore −∞ (small cells)', () => {
    expect(extent([-Infinity, 2, 5, NaN])).toEqual([2, 5]);
  });
});

describe('the window overlay of a pool', () => {
  it(`${MAX_CEIL}: fills the counted taps, outlines all nine, rings the winner`, () => {
    const p = planFor(MAX_CEIL);
    const o = paddedOverlay(p, null, { row: 0, col: 0 }, { padded: paddedOf(p), channel: 0 });
    expect(o.outline).toHaveLength(9);
    expect(o.fill).toEqual([{ row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 }]);
    expect(o.winner).toEqual({ row: 2, col: 2 });
  });

  it('in=6 k=3 s=2 pad=1 ceil avgpool: the last window fills input and padding (counted), not the overhang', () => {
    const p = planFor('op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1');
    const o = paddedOverlay(p, null, { row: 3, col: 3 }, { padded: paddedOf(p), channel: 0 });
    expect(o.fill).toEqual([{ row: 6, col: 6 }, { row: 6, col: 7 }, { row: 7, col: 6 }, { row: 7, col: 7 }]);
    expect(o.winner).toBeNull();
  });
});

describe('axisStrip (ceil_mode windows along one axis)', () => {
  it('in=5 k=3 s=3 pad=1 ceil: the third window would start at 6 ≥ 5 + 1 and is removed', () => {
    const p = planFor('op=maxpool&in=5&k=3&s=3&pad=1,1,1,1&ceil=1');
    expect(p.w.removed).toBe(true);
    const strip = axisStrip(p.w);
    expect(strip.cells).toEqual(['pad', 'input', 'input', 'input', 'input', 'input', 'pad', 'beyond', 'beyond']);
    expect(strip.windows).toEqual([
      { index: 0, first: 0, last: 2, removed: false, lane: 0 },
      { index: 1, first: 3, last: 5, removed: false, lane: 0 },
      { index: 2, first: 6, last: 8, removed: true, lane: 0 },
    ]);
  });

  it('in=5 k=2 s=2 valid ceil: the last window hangs one cell past the input', () => {
    const strip = axisStrip(planFor('op=maxpool&in=5&k=2&s=2&pad=valid&ceil=1').w);
    expect(strip.cells).toEqual(['input', 'input', 'input', 'input', 'input', 'overhang']);
    expect(strip.windows.map((w) => [w.first, w.last, w.removed])).toEqual([[0, 1, false], [2, 3, false], [4, 5, false]]);
  });

  it(`${MAX_CEIL}: overlapping windows (s=2 < ke=3) take two lanes`, () => {
    const strip = axisStrip(planFor(MAX_CEIL).h);
    expect(strip.lanes).toBe(2);
    expect(strip.windows.map((w) => w.lane)).toEqual([0, 1, 0, 1]);
    expect(strip.cells.at(-1)).toBe('overhang');
  });
});
