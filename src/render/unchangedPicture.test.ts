import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core';
import { paddedInput } from '../core';
import { derivePlan, type Plan } from '../core';
import { gridLayout } from './layout';
import { paddedOverlay } from './overlays';
import { paddedPicture } from './paddedPicture';
import { sameLayout, sameOverlay, samePicture } from './unchangedPicture';

const plan = (c: Partial<typeof DEFAULT_CONFIG>): Plan => {
  const p = derivePlan({ ...DEFAULT_CONFIG, ...c });
  if (!p.ok) throw new Error(p.message);
  return p;
};
const layout = gridLayout({ rows: 7, cols: 7, availableWidth: 400, labels: true });
const picture = (p: Plan) => paddedPicture({ plan: p, padded: paddedInput(p), channel: 0, overlay: 'values', layout });

describe('same* (skipping redraws that would paint the same pixels)', () => {
  it('in=5x5 k=3: a new plan of the same configuration draws the same padded picture and window', () => {
    const a = plan({});
    const b = plan({});
    expect(samePicture(picture(a), picture(b))).toBe(true);
    expect(sameOverlay(paddedOverlay(a, null, { row: 1, col: 1 }), paddedOverlay(b, null, { row: 1, col: 1 }))).toBe(true);
  });

  it('in=5x5 k=3: zeros -> reflect changes the padded picture but not the window', () => {
    const a = plan({});
    const b = plan({ mode: 'reflect' });
    expect(samePicture(picture(a), picture(b))).toBe(false);
    expect(sameOverlay(paddedOverlay(a, null, { row: 0, col: 0 }), paddedOverlay(b, null, { row: 0, col: 0 }))).toBe(true);
  });

  it('another step moves the window', () => {
    const a = plan({});
    expect(sameOverlay(paddedOverlay(a, null, { row: 0, col: 0 }), paddedOverlay(a, null, { row: 0, col: 1 }))).toBe(false);
  });

  it('compares layouts field by field', () => {
    expect(sameLayout(layout, gridLayout({ rows: 7, cols: 7, availableWidth: 400, labels: true }))).toBe(true);
    expect(sameLayout(layout, gridLayout({ rows: 7, cols: 8, availableWidth: 400, labels: true }))).toBe(false);
  });
});
