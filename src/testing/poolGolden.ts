/**
 * Typed access to the pooling golden vectors (golden/pool2d.json, generated
 * by scripts/golden/generate_pool.py from PyTorch 1.13 and a numpy reference
 * of design.md) for unit, engine and e2e tests: the Config each case
 * describes and the link that opens it.
 */
import type { Config, InvalidCode, PoolOperation } from '../core';
import { DEFAULT_CONFIG } from '../core';
import data from '../../golden/pool2d.json' with { type: 'json' };
import { goldenPadSpec, hwOf, padQuery, pairQuery, type HW, type Sides } from './goldenFields';

export interface PoolGoldenCase {
  readonly name: string;
  readonly op: PoolOperation;
  /** [H, W] */
  readonly input: HW;
  readonly channels: number;
  /** [KH, KW] taps, before dilation. */
  readonly kernel: HW;
  /** [SH, SW] */
  readonly stride: HW;
  /** [DH, DW]; 1×1 for every valid average. */
  readonly dilation: HW;
  /** TF's `same`/`valid`, or explicit pads. */
  readonly pad: 'same' | 'valid' | Sides;
  /** PyTorch `ceil_mode`. */
  readonly ceil: boolean;
  /** PyTorch `count_include_pad` (true for every max case). */
  readonly cip: boolean;
  /** `torch` for PyTorch-expressible layers (symmetric pads ≤ ⌊k/2⌋); `keras` for TF same/valid and other pads. */
  readonly framework: 'torch' | 'keras';
  /** Who computed the expectation: real PyTorch, or the generator's numpy reference of design.md. */
  readonly source: 'torch' | 'numpy';
  /** C*H*W input values (small integers and halves: exact in float32). */
  readonly x: number[];
  readonly expect?: {
    readonly pads: Sides;
    /** [C, OH, OW] */
    readonly outShape: [number, number, number];
    /** C*OH*OW, channel-major then row-major; null where a max window reads only padding (−∞). */
    readonly out: (number | null)[];
    /** [C, HP, WP]: the grid the windows slide over, ceil overhang included. */
    readonly paddedShape: [number, number, number];
    /** C*HP*WP, per design.md's DOM contract: the value where the cell counts, null where it does not. */
    readonly padded: (number | null)[];
    /** Cells the last ceil window hangs past the padding, [h, w]. */
    readonly overhang: [number, number];
    /** Whether PyTorch's last-window rule removed a ceil window, [h, w]. */
    readonly removed: [boolean, boolean];
    /** Averages only: each output cell's divisor, OH*OW row-major (the same for every channel). */
    readonly divisors?: number[];
  };
  readonly error?: {
    readonly code: Extract<InvalidCode, 'pool-pad' | 'pool-dilation' | 'empty-output' | 'pool-empty-window'>;
    /** The framework's exception text (PyTorch's), or the reference's reason for `pool-empty-window`. */
    readonly message: string;
    /** The words of that message Padlab's own message must quote. */
    readonly words: string[];
    /** The axis at fault, where the limit has one. */
    readonly axis?: 'h' | 'w';
  };
}

export const poolGolden = data as unknown as { torch: string; numpy: string; cases: PoolGoldenCase[] };
export const poolGoldenCases: readonly PoolGoldenCase[] = poolGolden.cases;

/** The Padlab configuration a pooling golden case describes (explicit values, explicit stride). */
export function poolCaseConfig(c: PoolGoldenCase): Config {
  return {
    ...DEFAULT_CONFIG,
    op: c.op,
    input: hwOf(c.input),
    channels: c.channels,
    kernel: hwOf(c.kernel),
    stride: hwOf(c.stride),
    dilation: hwOf(c.dilation),
    pad: goldenPadSpec(c.pad),
    framework: c.framework,
    ceil: c.ceil,
    cip: c.cip,
    x: { kind: 'values', values: c.x },
  };
}

/** The Padlab link (query string, no `?`) that opens a pooling golden case, per design.md's URL schema. */
export function poolCaseQuery(c: PoolGoldenCase): string {
  const parts = [
    'v=1',
    `op=${c.op}`,
    `in=${pairQuery(c.input)}`,
    `c=${c.channels}`,
    `k=${pairQuery(c.kernel)}`,
    `s=${pairQuery(c.stride)}`,
    `d=${pairQuery(c.dilation)}`,
    `pad=${padQuery(c.pad)}`,
    `fw=${c.framework}`,
    `ceil=${c.ceil ? 1 : 0}`,
    // cip is an average's setting only (the field table lists it for avgpool).
    ...(c.op === 'avgpool' ? [`cip=${c.cip ? 1 : 0}`] : []),
    `x=${c.x.join(',')}`,
  ];
  return parts.join('&');
}

/** A golden array with JSON's null read back as −∞ (max pooling's window of padding only). */
export function withNegInfinity(values: readonly (number | null)[]): number[] {
  return values.map((v) => (v === null ? -Infinity : v));
}

