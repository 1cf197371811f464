import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from './config';
import { dimsText, valueCount, valueCounts, valueShapes } from './valueCounts';

const conf = (patch: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, ...patch });

describe('valueCounts: how many explicit values fit', () => {
  it.each([
    // in, c, f, k -> x = C·H·W, w = F·C·KH·KW (OIHW), multiplied out by hand.
    ['op=conv in=5x5 c=1 f=1 k=3x3', conf({}), 25, 9],
    ['op=conv in=6x4 c=2 f=3 k=3x5', conf({ input: { h: 6, w: 4 }, channels: 2, filters: 3, kernel: { h: 3, w: 5 } }), 48, 90],
    ['op=conv in=1x7 c=4 f=2 k=1x1', conf({ input: { h: 1, w: 7 }, channels: 4, filters: 2, kernel: { h: 1, w: 1 } }), 28, 8],
  ])('%s -> x %i, w %i', (_name, c, x, w) => {
    expect(valueCounts(c)).toEqual({ x, w });
  });

  it('op=conv in=6x4 c=2 f=3 k=3x5: shapes read C×H×W = 2×6×4 and F×C×KH×KW = 3×2×3×5', () => {
    const shapes = valueShapes(conf({ input: { h: 6, w: 4 }, channels: 2, filters: 3, kernel: { h: 3, w: 5 } }));
    expect(dimsText(shapes.x)).toBe('C×H×W = 2×6×4');
    expect(dimsText(shapes.w)).toBe('F×C×KH×KW = 3×2×3×5');
  });

  it('no dimensions (a pool has no kernel values) -> 0 values, not the empty product 1', () => {
    expect(valueCount([])).toBe(0);
  });
});
