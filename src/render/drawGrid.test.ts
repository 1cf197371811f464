import { describe, expect, it } from 'vitest';
import { coverageScale, valueScale } from './colors';
import { parseFill } from './drawGrid';

describe('parseFill (cell colours for the one-image fill)', () => {
  it.each([
    ['#eceff5', 0xeceff5],
    ['#FFFFFF', 0xffffff],
    ['rgb(68, 1, 84)', 0x440154],
    ['rgb(0,0,0)', 0],
    ['rgb( 253 , 231 , 37 )', 0xfde725],
  ] as const)('%s -> %s', (css, v) => expect(parseFill(css)).toBe(v));

  it.each(['rgba(36, 88, 214, 0.26)', 'rgb(256, 0, 0)', 'rgb(1, 2)', 'rgb(1, 2, 3) ', '#fff', '#12345g', 'red', ''])('%s is not a plain opaque colour', (css) => {
    expect(parseFill(css)).toBeNull();
  });

  it('reads every colour the scales make', () => {
    const scales = [valueScale(-3, 5), valueScale(0, 9), coverageScale(25)];
    for (const scale of scales) for (let t = -3; t <= 25; t += 0.37) expect(parseFill(scale.color(t))).not.toBeNull();
  });
});
