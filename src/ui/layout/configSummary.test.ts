import { describe, expect, it } from 'vitest';
import { derivePlan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { configSummary } from './configSummary';

/** The summary of a link, through the real codec and derivation. */
function summaryOf(query: string): string {
  const { config } = parseQuery(query).state;
  return configSummary(config, derivePlan(config));
}

describe('configSummary', () => {
  it.each([
    ['', 'conv 5×5 k3 s1 same zeros → 5×5'],
    ['in=7x6&k=3x2&s=2x1&d=1x2&pad=1,0,2,1&mode=circular', 'conv 7×6 k3×2 s2×1 d1×2 1,0,2,1 circular → 3×7'],
    ['c=2&f=3&mode=constant&cval=-1.5', 'conv 5×5×2 k3 s1 same constant -1.5 f3 → 5×5'],
    ['op=convt&in=4&k=3&s=2&pad=1,1,1,1&opad=1', 'convt 4×4 k3 s2 1,1,1,1 opad 1 → 8×8'],
    ['op=maxpool&in=5&k=2&pad=valid&ceil=1', 'maxpool 5×5 k2 s2 valid ceil → 3×3'],
    ['op=avgpool&in=6&k=3&s=1&pad=1,1,1,1&cip=0', 'avgpool 6×6 k3 s1 1,1,1,1 cip0 → 6×6'],
    ['in=3&pad=4,4,4,4&mode=reflect', 'conv 3×3 k3 s1 4,4,4,4 reflect → invalid'],
  ])('%s -> %s', (query, expected) => {
    expect(summaryOf(query)).toBe(expected);
  });
});
