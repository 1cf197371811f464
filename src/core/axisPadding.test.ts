import { describe, expect, it } from 'vitest';
import { axisPadding, paddingForOutput, sameTotalPadding } from './axisPadding';

describe('sameTotalPadding: (⌈n/s⌉−1)·s + ke − n, before any clamp', () => {
  it.each([
    // n, s, ke, total — worked out by hand: o = ⌈n/s⌉, then (o−1)·s + ke − n.
    [5, 1, 3, 2], // o 5: 4 + 3 − 5
    [6, 2, 3, 1], // o 3: 4 + 3 − 6
    [5, 2, 3, 2], // o 3: 4 + 3 − 5
    [1, 1, 10, 9], // o 1: 0 + 10 − 1
    [5, 3, 1, -1], // o 2: 3 + 1 − 5
    [7, 4, 1, -2], // o 2: 4 + 1 − 7
  ])('n=%i s=%i ke=%i -> %i', (n, s, ke, total) => {
    expect(sameTotalPadding(n, s, ke)).toBe(total);
  });

  it('n=7 k=1 s=4 pad=same -> TF clamps the total -2 to 0: pads 0/0', () => {
    const p = axisPadding('same', { n: 7, k: 1, s: 4, d: 1 });
    expect([p.before, p.after]).toEqual([0, 0]);
  });

  it('n=6 k=3 s=2 pad=same-lower -> total 1, the odd cell before: pads 1/0', () => {
    const p = axisPadding('same-lower', { n: 6, k: 3, s: 2, d: 1 });
    expect([p.before, p.after]).toEqual([1, 0]);
  });
});

describe('paddingForOutput: the least total padding for o cells, (o−1)·s + ke − n', () => {
  it.each([
    // o, n, s, ke, total — by hand.
    [5, 5, 1, 3, 2], // keep 5 cells with a 3-tap kernel: 4 + 3 − 5
    [3, 6, 2, 5, 3], // 2·2 + 5 − 6
    [8, 4, 2, 3, 13], // upsample-sized target: 7·2 + 3 − 4
    [1, 9, 1, 3, -6], // one cell needs only 3 of the 9: 0 + 3 − 9
  ])('o=%i n=%i s=%i ke=%i -> %i', (o, n, s, ke, total) => {
    expect(paddingForOutput(o, n, s, ke)).toBe(total);
  });
});
