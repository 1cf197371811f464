/**
 * FROZEN COPY (test fixture) of the schema-v1 constants the v1 codec read from
 * src/core at commit 92a838e (limits.ts, config.ts): limits, defaults and the
 * name lists. Frozen here, not imported, so that the 5,000-query comparison
 * (urlCodecCompat.test.ts) fails if a live limit or default changes what an
 * old link means. Do not edit it to follow the core.
 */
import type { Config as LiveConfig } from '../../core';

/** The configuration as schema v1 had it (before `op`). */
export type V1Config = Omit<LiveConfig, 'op' | 'ceil' | 'cip' | 'groups' | 'opad'>;

export const LIMITS = {
  input: { min: 1, max: 64 },
  channels: { min: 1, max: 4 },
  filters: { min: 1, max: 4 },
  kernel: { min: 1, max: 15 },
  stride: { min: 1, max: 8 },
  dilation: { min: 1, max: 8 },
  pad: { min: 0, max: 32 },
  value: { maxAbs: 1e6 },
  step: { min: 0, max: 1_000_000 },
  seed: { min: 0, max: 4294967295 },
} as const;

export type LimitName = Exclude<keyof typeof LIMITS, 'value'>;

export const PAD_MODES = ['zeros', 'constant', 'reflect', 'symmetric', 'replicate', 'circular'] as const;
export const FRAMEWORKS = ['keras', 'torch', 'theano', 'caffe', 'onnx'] as const;
export const INPUT_PRESETS = ['ramp', 'ones', 'checker', 'impulse', 'random'] as const;
export const KERNEL_PRESETS = ['ones', 'identity', 'box', 'gauss', 'sobel-x', 'sobel-y', 'laplace', 'sharpen', 'random'] as const;

export const DEFAULT_CONFIG: V1Config = {
  input: { h: 5, w: 5 },
  channels: 1,
  filters: 1,
  kernel: { h: 3, w: 3 },
  stride: { h: 1, w: 1 },
  dilation: { h: 1, w: 1 },
  pad: { kind: 'same' },
  mode: 'zeros',
  cval: 0,
  framework: 'keras',
  flip: false,
  x: { kind: 'preset', preset: 'ramp' },
  w: { kind: 'preset', preset: 'ones' },
  seed: 1,
};
