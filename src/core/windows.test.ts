import { describe, expect, it } from 'vitest';
import { axisReadCounts, axisUnread, axisWindowSpan } from './windows';

describe('axisWindowSpan: output o spans padded o·s .. o·s + (k−1)·d', () => {
  it.each([
    // k, s, d, o, first, last — by hand.
    [3, 1, 1, 0, 0, 2],
    [3, 1, 1, 2, 2, 4],
    [3, 2, 2, 1, 2, 6], // 1·2, then + 2·2
    [1, 3, 1, 2, 6, 6], // one tap: first = last
    [4, 3, 3, 1, 3, 12], // ke 10: 3 + 3·3
  ])('k=%i s=%i d=%i o=%i -> padded %i..%i', (k, s, d, o, first, last) => {
    expect(axisWindowSpan({ k, s, d }, o)).toEqual({ first, last });
  });
});

describe('axisUnread: floor past the last window, gap between windows', () => {
  it('padded 9 k=2 s=3 d=1 -> out 3 reads {0,1} {3,4} {6,7}: 2 and 5 are gaps, 8 is dropped by floor', () => {
    const ax = { k: 2, s: 3, d: 1, padded: 9, out: 3 };
    expect(axisUnread(ax, axisReadCounts(ax))).toEqual([null, null, 'gap', null, null, 'gap', null, null, 'floor']);
  });

  it('padded 8 k=3 s=2 d=1 -> out 3 reads 0..6: 7 is dropped by floor', () => {
    const ax = { k: 3, s: 2, d: 1, padded: 8, out: 3 };
    expect(axisUnread(ax, axisReadCounts(ax))).toEqual([null, null, null, null, null, null, null, 'floor']);
  });
});
