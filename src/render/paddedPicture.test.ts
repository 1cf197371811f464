import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../core';
import { paddedInput } from '../core';
import { derivePlan, type Plan } from '../core';
import { arrowToward, paddedPicture } from './paddedPicture';
import { outputOverlay, paddedOverlay } from './overlays';

function plan(patch: Partial<Config>): Plan {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!p.ok) throw new Error(p.message);
  return p;
}

const big = { values: true };

describe('paddedPicture', () => {
  it('in=4x4 pad=2,2,2,2 reflect vs symmetric: padding labels name different input cells', () => {
    const pads = { kind: 'explicit', top: 2, bottom: 2, left: 2, right: 2 } as const;
    const reflect = plan({ input: { h: 4, w: 4 }, pad: pads, mode: 'reflect' });
    const symmetric = plan({ input: { h: 4, w: 4 }, pad: pads, mode: 'symmetric' });
    const pr = paddedPicture({ plan: reflect, padded: paddedInput(reflect), channel: 0, overlay: 'sources', layout: big });
    const ps = paddedPicture({ plan: symmetric, padded: paddedInput(symmetric), channel: 0, overlay: 'sources', layout: big });
    expect(pr.colLabels?.map((l) => l.text)).toEqual(['2', '1', '0', '1', '2', '3', '2', '1']);
    expect(ps.colLabels?.map((l) => l.text)).toEqual(['1', '0', '0', '1', '2', '3', '3', '2']);
    // Padded (0, 0) copies input (2, 2) under reflect, (1, 1) under symmetric; the source lies down-right.
    expect(pr.cells[0]).toMatchObject({ pad: true, text: '11', sub: '↘2,2' });
    expect(ps.cells[0]).toMatchObject({ pad: true, text: '6', sub: '↘1,1' });
    // An input cell shows its own coordinates.
    expect(pr.cells[2 * 8 + 2]).toMatchObject({ pad: false, text: '1', sub: '0,0' });
    expect(pr.region).toEqual({ row0: 2, col0: 2, row1: 5, col1: 5 });
  });

  it('zeros padding labels its constant cells "c"', () => {
    const p = plan({ mode: 'zeros' });
    const pic = paddedPicture({ plan: p, padded: paddedInput(p), channel: 0, overlay: 'sources', layout: big });
    expect(pic.cells[0]).toMatchObject({ pad: true, text: '0', sub: 'c' });
    expect(pic.rowLabels?.[0]).toEqual({ text: 'c', muted: true });
  });

  it('in=6x6 k=3 s=2 pad=valid: the last row and column are crossed out (dropped by floor)', () => {
    const p = plan({ input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } });
    const pic = paddedPicture({ plan: p, padded: paddedInput(p), channel: 0, overlay: 'coverage', layout: big });
    expect(pic.cells[5 * 6 + 0]).toMatchObject({ unread: true, text: '0' });
    expect(pic.cells[0 * 6 + 5]).toMatchObject({ unread: true });
    expect(pic.cells[2 * 6 + 2]).toMatchObject({ unread: false, text: '4' });
    expect(pic.range).toEqual([0, 4]);
  });

  it('points arrows from a padding cell toward its source', () => {
    expect(arrowToward(0, 0, 2, 2)).toBe('↘');
    expect(arrowToward(5, 0, 2, 0)).toBe('↑');
    expect(arrowToward(1, 7, 1, 3)).toBe('←');
  });
});

describe('overlays', () => {
  const p = plan({ input: { h: 5, w: 5 } });
  it('shows the step window and step output cell when nothing is hovered', () => {
    expect(paddedOverlay(p, null, { row: 1, col: 2 })).toMatchObject({ box: { row0: 1, col0: 2, row1: 3, col1: 4 } });
    expect(outputOverlay(p, null, { row: 1, col: 2 })).toEqual({ focus: { row: 1, col: 2 } });
  });
  it('hovering a padded corner cell highlights the one output cell it feeds', () => {
    const hover = { grid: 'padded', row: 0, col: 0 } as const;
    expect(paddedOverlay(p, hover, { row: 0, col: 0 })).toEqual({ focus: { row: 0, col: 0 } });
    expect(outputOverlay(p, hover, { row: 3, col: 3 }).fill).toEqual([{ row: 0, col: 0 }]);
  });
});
