/** Turns a golden case (golden/conv2d.json) into a Padlab link, per design.md's URL schema. */
import type { GoldenCase } from '../src/testing/golden';

export function goldenQuery(c: GoldenCase): string {
  const pair = (p: [number, number]) => `${p[0]}x${p[1]}`;
  const parts = [
    'v=1',
    `in=${pair(c.input)}`,
    `c=${c.channels}`,
    `f=${c.filters}`,
    `k=${pair(c.kernel)}`,
    `s=${pair(c.stride)}`,
    `d=${pair(c.dilation)}`,
    `pad=${typeof c.pad === 'string' ? c.pad : c.pad.join(',')}`,
    `mode=${c.mode}`,
    `cval=${c.cval}`,
    `flip=${c.flip ? 1 : 0}`,
    `x=${c.x.join(',')}`,
    `w=${c.w.join(',')}`,
  ];
  return parts.join('&');
}
