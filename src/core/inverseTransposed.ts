/**
 * The transposed convolution that gives a convolution's input size back
 * (design.md, `convt`; the "one row short of the skip connection" of U-Nets):
 * the same kernel, stride and dilation, the convolution's pads as crops, and
 * `output_padding` = the rows/columns `floor` dropped, `(np − ke) mod s`.
 */
import type { Config } from './config';
import type { Plan } from './plan';

/** What the inverse needs to say why: per axis, the rows floor dropped that output padding restores. */
export interface InverseTransposed {
  readonly config: Config;
  /** `(np − ke) mod s` per axis: the output padding, and why it is needed. */
  readonly dropped: { readonly h: number; readonly w: number };
}

/**
 * The inverse of a forward convolution's Plan: a `convt` whose input is the
 * convolution's output (`F` channels back to `C`), cropping the same pads,
 * with `opad` the rows floor dropped, so its output is `n` again. Kernel
 * values go back to the default preset (a transposed kernel has another layout).
 */
export function inverseTransposed(plan: Plan): InverseTransposed {
  const { config: c, h, w } = plan;
  const dropped = { h: h.remainder, w: w.remainder };
  return {
    dropped,
    config: {
      ...c,
      op: 'convt',
      input: { h: h.out, w: w.out },
      channels: plan.filters,
      filters: plan.channels,
      pad: { kind: 'explicit', top: h.before, bottom: h.after, left: w.before, right: w.after },
      mode: 'zeros',
      flip: false,
      opad: dropped,
      x: { kind: 'preset', preset: 'ramp' },
      w: { kind: 'preset', preset: 'ones' },
    },
  };
}
