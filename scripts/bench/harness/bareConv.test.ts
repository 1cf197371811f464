/**
 * The benchmark's baseline (bareConv.ts) on the tfjs CPU backend in Node:
 * it must compute what image mode's pipeline computes where both apply
 * (zeros, same, stride 1), or the benchmark's ratio compares different work.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveImagePlan, randomIntegers, type Kernel2D, type RgbImage } from '../../../src/core';
import { runImagePlan, startBackend } from '../../../src/engine';
import { runBareConv } from './bareConv';

function randomImage(height: number, width: number, seed: number): RgbImage {
  return { height, width, rgb: Float32Array.from(randomIntegers(height * width * 3, 0, 255, seed)) };
}

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('bare tf.conv2d baseline', () => {
  const img = randomImage(21, 17, 5);
  const kernel: Kernel2D = { h: 5, w: 5, values: randomIntegers(25, -3, 3, 2), label: 'r' };

  it.each(['conv2d', 'depthwise'] as const)('%s equals the pipeline under zeros, same, stride 1', async (op) => {
    const one = { h: 1, w: 1 };
    const plan = deriveImagePlan({ size: { h: 21, w: 17 }, kernel: { h: 5, w: 5 }, stride: one, dilation: one, pad: { kind: 'same' }, mode: 'zeros' });
    if (!plan.ok) throw new Error(plan.message);
    const pipe = await runImagePlan({ image: img, kernel, flip: false, cval: 0 }, plan);
    const bare = await runBareConv(img, kernel, op);
    expect([bare.height, bare.width]).toEqual([21, 17]);
    let diff = 0;
    for (let i = 0; i < pipe.values.length; i++) diff = Math.max(diff, Math.abs((pipe.values[i] ?? 0) - (bare.values[i] ?? 0)));
    expect(diff).toBeLessThan(1e-3);
  });

  it('leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    await runBareConv(img, kernel);
    await runBareConv(img, kernel, 'depthwise');
    expect(tf.memory().numTensors).toBe(before);
  });
});
