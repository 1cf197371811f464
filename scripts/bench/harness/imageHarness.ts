/**
 * Benchmark page for image.pipeline_ratio: image mode's full pipeline
 * (`runImagePlan`: upload, reflect padding by index-map gathers, 5×5
 * depthwise conv, read-back, RGBA conversion) against the bare baseline
 * (`runBareConv`: `tf.conv2d(x, w, 1, 'same')`) on the same 1024×1024 RGB
 * image and backend. Built only into the benchmark's own dist (vite.config.ts
 * here); run.mjs calls `window.padlabBenchImage()` through Playwright.
 */
import { deriveImagePlan } from '../../../src/core';
import { boxKernel } from '../../../src/core';
import type { RgbImage } from '../../../src/core';
import { runImagePlan, startBackend } from '../../../src/engine';
import { runBareConv } from './bareConv';

export interface ImageBenchResult {
  readonly backend: string;
  readonly renderer: string | null;
  /** Wall times in ms, warm, alternating pipeline and bare. */
  readonly pipelineMs: number[];
  readonly bareMs: number[];
  /** `tf.depthwiseConv2d(x, w, 1, 'same')`: the like-for-like baseline (conv2d does 3× the multiplies). */
  readonly depthwiseMs: number[];
}

declare global {
  interface Window {
    padlabBenchImage?: (opts: { size: number; kernel: number; runs: number }) => Promise<ImageBenchResult>;
  }
}

/** Deterministic pixels 0..255 (a 32-bit LCG), so every run times the same image. */
function randomImage(size: number): RgbImage {
  const rgb = new Float32Array(size * size * 3);
  let s = 12345;
  for (let i = 0; i < rgb.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    rgb[i] = s >>> 24;
  }
  return { width: size, height: size, rgb };
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

window.padlabBenchImage = async ({ size, kernel: k, runs }) => {
  const info = await startBackend('webgl');
  const image = randomImage(size);
  const kernel = boxKernel(k);
  const plan = deriveImagePlan({
    size: { h: size, w: size },
    kernel: { h: k, w: k },
    stride: { h: 1, w: 1 },
    dilation: { h: 1, w: 1 },
    pad: { kind: 'same' },
    mode: 'reflect',
  });
  if (!plan.ok) throw new Error(plan.message);
  const job = { image, kernel, flip: false, cval: 0 };
  const pipeline = () => runImagePlan(job, plan);
  const bare = () => runBareConv(image, kernel);
  const depthwise = () => runBareConv(image, kernel, 'depthwise');
  // Warm-up: shader compiles and texture allocation are not what this ratio is about.
  await pipeline();
  await bare();
  await depthwise();
  const pipelineMs: number[] = [];
  const bareMs: number[] = [];
  const depthwiseMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    pipelineMs.push(await timed(pipeline));
    bareMs.push(await timed(bare));
    depthwiseMs.push(await timed(depthwise));
  }
  return { backend: info.name, renderer: info.renderer ?? null, pipelineMs, bareMs, depthwiseMs };
};

document.getElementById('status')!.textContent = 'ready';
