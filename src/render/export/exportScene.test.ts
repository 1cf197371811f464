import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Plan } from '../../core';
import { planFor } from '../../testing/planFromKeys';
import { exportFileName } from './exportName';
import { MAX_EXPORT_FRAMES } from './exportOptions';
import { exportScene, pendingBoxes } from './exportScene';

const OPTS = { cell: 30, fps: 4, draw: 'values', channel: 0, filter: 0 } as const;

function maxpoolCeil(): Plan {
  const p = derivePlan({ ...DEFAULT_CONFIG, op: 'maxpool', input: { h: 6, w: 6 }, kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, ceil: true });
  if (!p.ok) throw new Error(p.message);
  return p;
}

describe('exportScene', () => {
  it('in=5 k=3 pad=same -> 25 frames, the first window at the padded top-left, the last at the bottom-right', () => {
    const scene = exportScene(planFor('in=5&k=3&pad=same'), OPTS);
    expect(scene.frames).toHaveLength(25);
    expect(scene.total).toBe(25);
    expect(scene.frames[0]?.padded.box).toEqual({ row0: 0, col0: 0, row1: 2, col1: 2 });
    expect(scene.frames[24]?.padded.box).toEqual({ row0: 4, col0: 4, row1: 6, col1: 6 });
    expect(scene.frames[24]?.output.focus).toEqual({ row: 4, col: 4 });
    expect(scene.delayMs).toBe(250);
    // Cells are the chosen size, and the grids sit side by side inside the frame.
    expect(scene.padded.layout.cell).toBe(30);
    expect(scene.output.x).toBeGreaterThan(scene.padded.x + scene.padded.layout.width);
    expect(scene.width).toBeGreaterThanOrEqual(scene.output.x + scene.output.layout.width);
  });

  it('maxpool in=6 k=3 s=2 p=1 ceil -> 4×4 frames with the overhang window last', () => {
    const plan = maxpoolCeil();
    const scene = exportScene(plan, OPTS);
    expect(scene.frames).toHaveLength(plan.h.out * plan.w.out);
    expect(scene.frames.at(-1)?.padded.winner).toBeTruthy();
    expect(exportFileName(plan.config, 'gif')).toBe('padlab-maxpool-in6x6-k3x3-s2x2-p1-1-1-1-ceil.gif');
  });

  it(`stops at ${MAX_EXPORT_FRAMES} frames and says so in the caption`, () => {
    const scene = exportScene(planFor('in=30&k=3&pad=same'), { ...OPTS, cell: 8 });
    expect(scene.total).toBe(900);
    expect(scene.frames).toHaveLength(MAX_EXPORT_FRAMES);
    expect(scene.frames[0]?.caption).toContain(`first ${MAX_EXPORT_FRAMES} of 900`);
  });

  it('draws no numbers when only the window is asked for', () => {
    const scene = exportScene(planFor('in=5&k=3&pad=same'), { ...OPTS, draw: 'window' });
    expect(scene.padded.picture.cells.every((c) => c.text === undefined)).toBe(true);
    expect(scene.output.picture.cells.every((c) => c.text === undefined)).toBe(true);
  });

  it('names the file after the configuration', () => {
    expect(exportFileName(planFor('in=5&k=3&pad=same').config, 'gif')).toBe('padlab-conv-in5x5-k3x3-s1x1-same-zeros.gif');
    expect(exportFileName(planFor('in=4&k=3&s=2&op=convt&pad=1,1,1,1').config, 'zip')).toBe('padlab-convt-in4x4-k3x3-s2x2-p1-1-1-1-zeros.zip');
  });

  it('veils the output cells after the current one as the rest of its row and the rows below', () => {
    expect(pendingBoxes({ row: 1, col: 2 }, 4, 4)).toEqual([
      { row0: 1, col0: 3, row1: 1, col1: 3 },
      { row0: 2, col0: 0, row1: 3, col1: 3 },
    ]);
    expect(pendingBoxes({ row: 3, col: 3 }, 4, 4)).toEqual([]);
  });
});
