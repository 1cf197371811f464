/**
 * The one-click pooling comparisons (issue 14): where a PyTorch pool and the
 * TF/Keras pool usually written for it give different numbers.
 *
 * - Max: PyTorch `MaxPool2d(k, s, padding=k//2, ceil_mode=True)` (A) against
 *   TF `MaxPooling2D(k, s, padding='same')` (B): ceil_mode counts one more
 *   window than SAME's `⌈n/s⌉` on an even input, and the windows start at
 *   other cells (SAME pads `⌊P/2⌋` before, PyTorch `k//2`).
 * - Average: PyTorch `AvgPool2d(k, s, padding=k//2)` with its default
 *   `count_include_pad=True` (A) against TF `AveragePooling2D(k, s,
 *   padding='same')` (B), which divides by the real cells only: the border
 *   cells differ even where the shapes agree.
 *
 * Both keep the layer's input (size, channels, values). The pool is the
 * layer's own kernel and stride when it is a pool, else ResNet's stem pool,
 * 3×3 with stride 2. Dilation is 1: Keras pooling has none. PyTorch's pad is
 * the literal `k//2` (core's halfKernelPad), the most its pools allow.
 */
import { halfKernelPad, isPool, type Config, type Pair, type PoolOperation } from '../../core';

/** A one-click pair: A becomes the main configuration, B the compare view's second one. */
export interface ConfigPair {
  readonly a: Config;
  readonly b: Config;
}

/** ResNet's stem pool, `MaxPool2d(kernel_size=3, stride=2, padding=1)`: the pool compared when the layer is not one. */
const STEM_POOL = { kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 } } as const;

/** The pool both sides use, in cells: the layer's own kernel and stride, or the stem pool's. */
export function comparedPool(config: Config): { readonly kernel: Pair; readonly stride: Pair } {
  return isPool(config.op) ? { kernel: config.kernel, stride: config.stride } : STEM_POOL;
}

/** PyTorch's usual pool padding per axis, `k//2` (cells per side). */
export function torchPoolPad(kernel: Pair): Pair {
  return { h: halfKernelPad(kernel.h, 1).literal, w: halfKernelPad(kernel.w, 1).literal };
}

/** The two sides of a pool comparison: the layer's input with `op` and the compared pool, PyTorch (A) and TF SAME (B). */
function poolPair(config: Config, op: PoolOperation, torch: Partial<Config>): ConfigPair {
  const pool = comparedPool(config);
  const p = torchPoolPad(pool.kernel);
  const base: Config = { ...config, op, ...pool, dilation: { h: 1, w: 1 }, ceil: false, cip: true };
  return {
    a: { ...base, pad: { kind: 'explicit', top: p.h, bottom: p.h, left: p.w, right: p.w }, framework: 'torch', ...torch },
    // TF has no ceil_mode, and its SAME average counts the real cells only: cip=0 says so in B's editor too.
    b: { ...base, pad: { kind: 'same' }, framework: 'keras', cip: op === 'maxpool' },
  };
}

/** PyTorch `MaxPool2d(k, s, padding=k//2, ceil_mode=True)` (A) vs TF `MaxPooling2D(k, s, padding='same')` (B). */
export function torchCeilVsTfSame(config: Config): ConfigPair {
  return poolPair(config, 'maxpool', { ceil: true });
}

/** PyTorch `AvgPool2d(k, s, padding=k//2, count_include_pad=True)` (A) vs TF `AveragePooling2D(k, s, padding='same')` (B). */
export function torchCipVsTfSame(config: Config): ConfigPair {
  return poolPair(config, 'avgpool', { cip: true });
}
