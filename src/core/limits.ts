/**
 * Every user-facing limit of Padlab, in one place. The URL codec clamps to
 * these, the controls use them as min/max, and the core's messages quote them,
 * so a limit is changed here and nowhere else (design.md, URL schema v1).
 */
export const LIMITS = {
  /** Input height/width in cells (grid view). */
  input: { min: 1, max: 64 },
  /** Input channels (C). */
  channels: { min: 1, max: 4 },
  /** Output channels / filters (F). */
  filters: { min: 1, max: 4 },
  /** Kernel height/width in taps (before dilation). */
  kernel: { min: 1, max: 15 },
  /** Stride in cells. */
  stride: { min: 1, max: 8 },
  /** Dilation factor (1 = dense kernel). */
  dilation: { min: 1, max: 8 },
  /** Groups of a convolution or transposed convolution (at most the channel limit). */
  groups: { min: 1, max: 4 },
  /** Transposed convolution's output padding per axis, in cells. */
  opad: { min: 0, max: 7 },
  /** Explicit padding per side, in cells. */
  pad: { min: 0, max: 32 },
  /** Largest magnitude of an input, kernel or constant value. */
  value: { maxAbs: 1e6 },
  /** Step-through position (row-major output cell); clamped again to the output size. */
  step: { min: 0, max: 1_000_000 },
  /** The network layer open in the single-layer view (URL `layer`, 1-based; 0 = none; design.md: at most 16 layers). */
  layer: { min: 0, max: 16 },
  /** Seed of the `random` presets (a 32-bit unsigned integer). */
  seed: { min: 0, max: 4294967295 },
} as const;

export type LimitName = Exclude<keyof typeof LIMITS, 'value'>;

/** A set of field limits: the single-layer view's `LIMITS`, or the network view's `NET_LIMITS`. */
export type FieldLimits = Readonly<Record<LimitName, { readonly min: number; readonly max: number }>> & { readonly value: { readonly maxAbs: number } };

/**
 * The network view's limits (design.md, `net`): sizes up to 512 and channels
 * up to 256, because there shapes are the point; every other limit is the
 * single-layer view's.
 */
export const NET_LIMITS: FieldLimits = {
  ...LIMITS,
  input: { min: 1, max: 512 },
  channels: { min: 1, max: 256 },
  filters: { min: 1, max: 256 },
  groups: { min: 1, max: 256 },
  // A layer's input is the previous layer's output: any size of number, even −∞ from a max pool over padding only.
  value: { maxAbs: Infinity },
};

/** True when `v` is an integer within the named limit (of `limits`, the single-layer view's by default). */
export function withinLimit(name: LimitName, v: number, limits: FieldLimits = LIMITS): boolean {
  const { min, max } = limits[name];
  return Number.isInteger(v) && v >= min && v <= max;
}
