/**
 * The checkerboard section's engine on the tfjs CPU backend in Node: tfjs's
 * conv2dTranspose against the core's two references (the scatter and the
 * direct picture), a flat picture giving the overlap map, tensor hygiene and
 * the lane (newest wins).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkerboardPlan, overlapMap, randomIntegers, referenceConv, uniformTap, type Plan, type RgbImage } from '../../core';
import { startBackend } from '../backend';
import { startBackendSession } from '../backendSession';
import { runUpsample } from './runUpsample';
import { upsampleLane } from './upsampleRuns';

function randomImage(height: number, width: number, seed: number): RgbImage {
  return { height, width, rgb: Float32Array.from(randomIntegers(height * width * 3, 0, 255, seed)) };
}

function planOf(img: RgbImage, k: number, s: number): Plan {
  const p = checkerboardPlan(img, k, s);
  if (!p.ok) throw new Error(p.message);
  return p;
}

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('conv2dTranspose vs the core references (in=7x9x3 random 0..255)', () => {
  const img = randomImage(7, 9, 11);
  for (const [k, s] of [[3, 2], [4, 2], [5, 2], [2, 2], [5, 3], [6, 3], [7, 4], [8, 4], [12, 4]] as const) {
    it(`k=${k} s=${s} PyTorch crop -> out ${7 * s}x${9 * s}, within float32 of both references`, async () => {
      const plan = planOf(img, k, s);
      const r = await runUpsample(plan);
      expect([r.height, r.width]).toEqual([7 * s, 9 * s]);
      expect(r.values.length).toBe(7 * s * 9 * s * 3);
      expect(r.maxAbsDiff).toBeLessThanOrEqual(r.tolerance);
      expect(r.tolerance).toBeLessThan(0.05);
      // The direct picture (zeros inserted, flipped kernel) is another derivation: tfjs agrees with it too.
      const direct = referenceConv(plan);
      const n = r.height * r.width;
      let diff = 0;
      for (let c = 0; c < 3; c++) for (let i = 0; i < n; i++) diff = Math.max(diff, Math.abs((direct[c * n + i] ?? NaN) - (r.values[i * 3 + c] ?? NaN)));
      expect(diff).toBeLessThanOrEqual(r.tolerance);
      expect(r.rgba[3]).toBe(255);
    });
  }

  it('upsamples a flat picture of 90 into 90·s²/k² times the overlap count (the checkerboard itself)', async () => {
    const flat: RgbImage = { height: 6, width: 6, rgb: new Float32Array(6 * 6 * 3).fill(90) };
    const plan = planOf(flat, 3, 2);
    const r = await runUpsample(plan);
    const map = overlapMap(plan);
    map.counts.forEach((count, i) => expect(r.values[i * 3]).toBeCloseTo(90 * count * uniformTap(3, 2), 3));
    // Inside: 40, 80 and 160 (1, 2 and 4 taps of 40 each).
    expect([r.values[(5 * 12 + 5) * 3], r.values[(5 * 12 + 6) * 3], r.values[(6 * 12 + 6) * 3]].map((v) => Math.round(v ?? NaN))).toEqual([160, 80, 40]);
  });

  it('refuses a plan it cannot run, with a message', async () => {
    const plan = planOf(randomImage(3, 3, 1), 3, 2);
    const notDepthwise = { ...plan, config: { ...plan.config, groups: 1 } };
    await expect(runUpsample(notDepthwise)).rejects.toThrow('depthwise plans only');
  });
});

describe('tensor hygiene and scheduling', () => {
  const img = randomImage(10, 8, 5);
  const plans = [planOf(img, 3, 2), planOf(img, 4, 2)];

  it('leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    for (const plan of plans) await runUpsample(plan);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lets the newest request win: the superseded one resolves to null', async () => {
    const lane = upsampleLane(startBackendSession('cpu'));
    const seen: string[] = [];
    const first = lane.run({ plans, onResult: (_, i) => seen.push(`first:${i}`) });
    const second = lane.run({ plans: plans.slice(1), onResult: (r, i) => seen.push(`second:${i}:${r.width}`) });
    expect(await first).toBeNull();
    const answer = await second;
    expect(answer?.ok && answer.value.map((r) => r.width)).toEqual([16]);
    expect(seen).toEqual(['second:0:16']);
  });

  it('stops a running request after the plan in progress when a newer one comes', async () => {
    const lane = upsampleLane(startBackendSession('cpu'));
    let firstDone = 0;
    let newer: Promise<unknown> | null = null;
    const first = lane.run({
      plans,
      onResult: () => {
        firstDone++;
        newer = lane.run({ plans: plans.slice(0, 1) });
      },
    });
    expect(await first).toBeNull();
    expect(firstDone).toBe(1);
    expect(await newer).toMatchObject({ ok: true });
  });

  it('answers an error as a value', async () => {
    const lane = upsampleLane(startBackendSession('cpu'));
    const bad = { ...plans[0]!, config: { ...plans[0]!.config, groups: 1 } };
    expect(await lane.run({ plans: [bad] })).toEqual({ ok: false, error: 'runUpsample runs depthwise plans only (groups = C = F)' });
  });
});
