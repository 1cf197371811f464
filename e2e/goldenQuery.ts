/** Turns a golden case (golden/conv2d.json) into a Padlab link, per design.md's URL schema. */
import type { GoldenCase } from '../src/testing/golden';
import { padQuery, pairQuery } from '../src/testing/goldenFields';

export function goldenQuery(c: GoldenCase): string {
  const parts = [
    'v=1',
    `in=${pairQuery(c.input)}`,
    `c=${c.channels}`,
    `f=${c.filters}`,
    `k=${pairQuery(c.kernel)}`,
    `s=${pairQuery(c.stride)}`,
    `d=${pairQuery(c.dilation)}`,
    `pad=${padQuery(c.pad)}`,
    `mode=${c.mode}`,
    `cval=${c.cval}`,
    `flip=${c.flip ? 1 : 0}`,
    `x=${c.x.join(',')}`,
    `w=${c.w.join(',')}`,
  ];
  return parts.join('&');
}
