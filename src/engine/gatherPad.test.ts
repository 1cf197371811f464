/**
 * padThroughIndexMaps against the plain reading of its index maps, on tfjs's
 * CPU backend: every shortcut it takes (no pass, one tf.pad, one gather, the
 * constant cell) must give what the maps say, including maps no padding mode
 * makes today (a constant inside a mirrored border).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTANT } from '../core';
import { startBackend } from './backend';
import { padThroughIndexMaps, type AxisMap } from './gatherPad';

beforeAll(async () => {
  await startBackend('cpu');
});

const C = CONSTANT;

/** What the maps say, cell by cell: `[ph, pw, channels]` row-major. */
function expected(x: Float32Array, n: [number, number], channels: number, h: AxisMap, w: AxisMap, constant: number): number[] {
  const out: number[] = [];
  for (const sr of h.source)
    for (const sc of w.source)
      for (let c = 0; c < channels; c++) out.push(sr === C || sc === C ? constant : x[(sr * n[1] + sc) * channels + c]!);
  return out;
}

const identity = (n: number): AxisMap => ({ n, source: Array.from({ length: n }, (_, i) => i) });

const CASES: Record<string, [AxisMap, AxisMap]> = {
  'no padding (no pass)': [identity(3), identity(4)],
  'constant frame on both axes (one tf.pad)': [{ n: 3, source: [C, 0, 1, 2, C, C] }, { n: 4, source: [C, C, 0, 1, 2, 3] }],
  'constant frame on columns only': [identity(3), { n: 4, source: [0, 1, 2, 3, C] }],
  'reflect rows, columns untouched (one gather)': [{ n: 3, source: [1, 0, 1, 2, 1] }, identity(4)],
  'circular both axes': [{ n: 3, source: [2, 0, 1, 2, 0] }, { n: 4, source: [3, 0, 1, 2, 3, 0] }],
  'a constant inside a mirrored border (the constant cell and two gathers)': [{ n: 3, source: [C, 1, 0, 1, 2, 1] }, { n: 4, source: [1, 0, 1, 2, 3, C] }],
};

describe('padThroughIndexMaps equals its index maps', () => {
  for (const [name, [h, w]] of Object.entries(CASES)) {
    it(name, async () => {
      const channels = 2;
      const x = Float32Array.from({ length: h.n * w.n * channels }, (_, i) => (i * 7919) % 97 - 40);
      const out = tf.tidy(() => padThroughIndexMaps(tf.tensor4d(x, [1, h.n, w.n, channels]), h, w, 2.5));
      expect(out.shape).toEqual([1, h.source.length, w.source.length, channels]);
      const got = Array.from(await out.data());
      out.dispose();
      expect(got).toEqual(expected(x, [h.n, w.n], channels, h, w, 2.5));
    });
  }
});
