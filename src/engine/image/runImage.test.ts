/**
 * Image mode's engine on the tfjs CPU backend in Node: every padding mode of
 * a small random RGB image against the core's exact reference, channel by
 * channel; tfjs's own padding ops on an image larger than the grid's 64;
 * tensor hygiene and the engine's image lane (newest wins). The bare
 * conv2d baseline of the benchmark is tested beside it (scripts/bench/harness).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, PAD_MODES, type Config, type Pair, type PadMode, type PadSpec } from '../../core';
import { deriveImagePlan, type ImagePlan } from '../../core';
import { SOBEL_X, gaussianKernel, type Kernel2D } from '../../core';
import { channelPlane, type RgbImage } from '../../core';
import { derivePlan } from '../../core';
import { randomIntegers } from '../../core';
import { referenceConv } from '../../core';
import { startBackend } from '../backend';
import { float32Tolerance } from '../runPlan';
import { createEngine } from '../engine';
import { runImagePlan, type ImageJob } from './runImage';

const one: Pair = { h: 1, w: 1 };

function randomImage(height: number, width: number, seed: number): RgbImage {
  return { height, width, rgb: Float32Array.from(randomIntegers(height * width * 3, 0, 255, seed)) };
}

interface Geometry {
  readonly kernel: Kernel2D;
  readonly stride: Pair;
  readonly dilation: Pair;
  readonly pad: PadSpec;
  readonly flip?: boolean;
}

const plan = (img: RgbImage, g: Geometry, mode: PadMode): ImagePlan => {
  const p = deriveImagePlan({ size: { h: img.height, w: img.width }, kernel: { h: g.kernel.h, w: g.kernel.w }, stride: g.stride, dilation: g.dilation, pad: g.pad, mode });
  if (!p.ok) throw new Error(p.message);
  return p;
};

const asym: Kernel2D = { h: 3, w: 2, values: [1, -2, 0.5, 3, -1, 0.25], label: 'asym' };
const GEOMETRIES: Record<string, Geometry> = {
  'k=3x3 sobel-x pad=same': { kernel: SOBEL_X, stride: one, dilation: one, pad: { kind: 'same' } },
  'k=3x2 pad=2,1,3,0 s=2x1': { kernel: asym, stride: { h: 2, w: 1 }, dilation: one, pad: { kind: 'explicit', top: 2, bottom: 1, left: 3, right: 0 } },
  'k=3x2 d=2x3 pad=full flip': { kernel: asym, stride: one, dilation: { h: 2, w: 3 }, pad: { kind: 'full' }, flip: true },
  'k=3x2 s=2 d=2 pad=same-lower (dilation baked)': { kernel: asym, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 }, pad: { kind: 'same-lower' } },
  'k=5x5 gaussian pad=half s=3x2': { kernel: gaussianKernel(0.8), stride: { h: 3, w: 2 }, dilation: one, pad: { kind: 'half' } },
  // The pipeline skips the constant cell and the gathers that would copy: no padding, and one axis only.
  'k=3x3 sobel-x pad=valid (no pass at all)': { kernel: SOBEL_X, stride: one, dilation: one, pad: { kind: 'valid' } },
  'k=3x2 pad=0,0,1,2 (columns only)': { kernel: asym, stride: one, dilation: one, pad: { kind: 'explicit', top: 0, bottom: 0, left: 1, right: 2 } },
  'k=3x2 pad=2,1,0,0 s=1x2 (rows only)': { kernel: asym, stride: { h: 1, w: 2 }, dilation: one, pad: { kind: 'explicit', top: 2, bottom: 1, left: 0, right: 0 } },
};

beforeAll(async () => {
  expect((await startBackend('cpu')).name).toBe('cpu');
});

describe('image engine vs the core reference, per channel (in=9x7x3 random 0..255)', () => {
  const img = randomImage(9, 7, 7);
  for (const [name, g] of Object.entries(GEOMETRIES)) {
    for (const mode of PAD_MODES) {
      it(`${name} mode=${mode}`, async () => {
        const job: ImageJob = { image: img, kernel: g.kernel, flip: g.flip ?? false, cval: 37.5 };
        const p = plan(img, g, mode);
        const r = await runImagePlan(job, p);
        expect([r.height, r.width]).toEqual([p.h.out, p.w.out]);
        for (let c = 0; c < 3; c++) {
          const config: Config = {
            ...DEFAULT_CONFIG,
            input: { h: 9, w: 7 },
            kernel: { h: g.kernel.h, w: g.kernel.w },
            stride: g.stride,
            dilation: g.dilation,
            pad: g.pad,
            mode,
            cval: job.cval,
            flip: job.flip,
            x: { kind: 'values', values: channelPlane(img, c) },
            w: { kind: 'values', values: g.kernel.values },
          };
          const core = derivePlan(config);
          if (!core.ok) throw new Error(core.message);
          const ref = referenceConv(core);
          const got = Array.from({ length: ref.length }, (_, i) => r.values[i * 3 + c] ?? NaN);
          const diff = Math.max(...ref.map((v, i) => Math.abs(v - (got[i] ?? NaN))));
          expect(diff).toBeLessThanOrEqual(float32Tolerance(core));
        }
        // The display bytes are the values clamped to 0..255 (rounded half to even, as Uint8ClampedArray does).
        expect(r.rgba[0]).toBe(Uint8ClampedArray.of(r.values[0] ?? NaN)[0]);
        expect(r.rgba[3]).toBe(255);
      });
    }
  }
});

describe('image engine on an image larger than the grid limit (in=100x80x3)', () => {
  const img = randomImage(100, 80, 3);
  const g: Geometry = { kernel: gaussianKernel(1.5), stride: one, dilation: one, pad: { kind: 'same' } };
  const cases: [PadMode, 'reflect' | 'symmetric' | null][] = [
    ['reflect', 'reflect'],
    ['symmetric', 'symmetric'],
    ['zeros', null],
  ];
  for (const [mode, tfMode] of cases) {
    it(`mode=${mode} equals tfjs's own ${tfMode ? `mirrorPad ${tfMode}` : 'zero pad'} then a valid conv`, async () => {
      const p = plan(img, g, mode);
      const r = await runImagePlan({ image: img, kernel: g.kernel, flip: false, cval: 0 }, p);
      const [t, b, l, rt] = p.pads;
      const oracle = tf.tidy(() => {
        const x = tf.tensor4d(img.rgb, [1, 100, 80, 3]);
        const pads: [number, number][] = [[0, 0], [t, b], [l, rt], [0, 0]];
        const padded = tfMode ? tf.mirrorPad(x, pads, tfMode) : tf.pad(x, pads);
        const k = g.kernel.values.flatMap((v) => [v, v, v]);
        return tf.depthwiseConv2d(padded, tf.tensor4d(k, [g.kernel.h, g.kernel.w, 3, 1]), 1, 'valid');
      });
      const want = await oracle.data();
      oracle.dispose();
      expect(want.length).toBe(r.values.length);
      let diff = 0;
      for (let i = 0; i < want.length; i++) diff = Math.max(diff, Math.abs((want[i] ?? 0) - (r.values[i] ?? 0)));
      expect(diff).toBeLessThan(1e-3);
    });
  }
});

describe('tensor hygiene and scheduling', () => {
  const img = randomImage(12, 10, 9);
  const g: Geometry = { kernel: SOBEL_X, stride: one, dilation: one, pad: { kind: 'same' } };
  const job: ImageJob = { image: img, kernel: g.kernel, flip: false, cval: 0 };

  it('leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    for (const mode of PAD_MODES) await runImagePlan(job, plan(img, g, mode));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lets the newest request win: the superseded one resolves to null', async () => {
    const engine = createEngine('cpu');
    const seen: string[] = [];
    const plans = PAD_MODES.map((m) => plan(img, g, m));
    const first = engine.runImage({ job, plans, onResult: (r) => seen.push(`first:${r.mode}`) });
    const second = engine.runImage({ job, plans: plans.slice(0, 2), onResult: (r, done, total) => seen.push(`second:${r.mode}:${done}/${total}`) });
    expect(await first).toBeNull();
    const results = await second;
    expect(results?.ok && results.value.map((r) => r.mode)).toEqual(['zeros', 'constant']);
    expect(seen).toEqual(['second:zeros:1/2', 'second:constant:2/2']);
  });

  it('stops a running request after the current mode when a newer one comes', async () => {
    const engine = createEngine('cpu');
    await engine.ready;
    const plans = PAD_MODES.map((m) => plan(img, g, m));
    let firstDone = 0;
    const first = engine.runImage({
      job,
      plans,
      onResult: () => {
        firstDone++;
        if (firstDone === 2) void engine.runImage({ job, plans: plans.slice(0, 1) }).then((r) => expect(r?.ok && r.value).toHaveLength(1));
      },
    });
    expect(await first).toBeNull();
    expect(firstDone).toBe(2);
  });
});
