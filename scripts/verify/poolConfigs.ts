/**
 * The pooling configurations the code-export checks run: every valid pooling
 * golden case (golden/pool2d.json, when present) plus hand-made ones that
 * reach each way an export can be written — the framework's own layer, a
 * padding step (−∞ for max, zeros for an average that counts them), the
 * window sum over the counted cells, a ceil window that hangs past the
 * padding, one that PyTorch's last-window rule removes, dilation, windows of
 * padding only (−∞) — with negative random inputs so −∞ and zero padding
 * give different maxima.
 */
import { DEFAULT_CONFIG, derivePlan, type Config, type PadSpec } from '../../src/core';
import { poolCaseConfig, poolGoldenCases, withNegInfinity } from '../../src/testing/poolGolden';
import type { NamedPlan } from './configs';

/** A pooling configuration to export, with the golden output (PyTorch's or the numpy reference's) when it is a golden case. */
export interface PoolNamedPlan extends NamedPlan {
  /** C*OH*OW, −∞ for a max over padding only. */
  readonly golden?: readonly number[];
}

const E = (top: number, bottom: number, left: number, right: number): PadSpec => ({ kind: 'explicit', top, bottom, left, right });
const P = (h: number, w = h) => ({ h, w });
const random = (seed: number): Partial<Config> => ({ x: { kind: 'preset', preset: 'random' }, seed });

// prettier-ignore
const handMade: readonly (readonly [string, Partial<Config>])[] = [
  ['max k3 s2 p1 ceil 6x6 (torch layer, ceil window)', { op: 'maxpool', input: P(6), stride: P(2), pad: E(1, 1, 1, 1), ceil: true, framework: 'torch', ...random(1) }],
  ['max k2 s2 valid 5x5 (floor drops a row)', { op: 'maxpool', input: P(5), kernel: P(2), stride: P(2), pad: { kind: 'valid' }, ...random(2) }],
  ['max k3 s2 same 6x6 (TF pads 0/1: -inf step)', { op: 'maxpool', input: P(6), stride: P(2), pad: { kind: 'same' }, ...random(3) }],
  ['avg k3 s2 same 6x6 (TF divisor, asymmetric: sum / count)', { op: 'avgpool', input: P(6), stride: P(2), pad: { kind: 'same' }, ...random(4) }],
  ['avg k3 s1 same 5x5 (count_include_pad=False)', { op: 'avgpool', stride: P(1), pad: { kind: 'same' }, ...random(5) }],
  ['avg k3 s2 p1 cip ceil 6x6', { op: 'avgpool', input: P(6), stride: P(2), pad: E(1, 1, 1, 1), ceil: true, cip: true, framework: 'torch', ...random(6) }],
  ['avg k2 s2 pads 1,0,1,0 cip (zero step)', { op: 'avgpool', input: P(6), kernel: P(2), stride: P(2), pad: E(1, 0, 1, 0), ...random(7) }],
  ['avg k2 s2 pads 1,0,1,0 cip ceil (overhang: sum / count)', { op: 'avgpool', input: P(6), kernel: P(2), stride: P(2), pad: E(1, 0, 1, 0), ceil: true, ...random(8) }],
  ['avg k3 s3 pads 2,2,2,2 cip=0 (over PyTorch limit)', { op: 'avgpool', input: P(7), stride: P(3), pad: E(2, 2, 2, 2), cip: false, ...random(9) }],
  ['max k3 s2 d2 p1 ceil 9x8 (dilated layer)', { op: 'maxpool', input: P(9, 8), stride: P(2), dilation: P(2), pad: E(1, 1, 1, 1), ceil: true, framework: 'torch', ...random(10) }],
  ['max k2 s3 pads 3 (windows of padding only: -inf)', { op: 'maxpool', input: P(5), kernel: P(2), stride: P(3), pad: E(3, 3, 3, 3), ...random(11) }],
  ['max k3 s2 d2 same 7x7 (dilated, pads over the limit)', { op: 'maxpool', input: P(7), stride: P(2), dilation: P(2), pad: { kind: 'same' }, ...random(12) }],
  ['avg k2 s2 pads 0,1,0,1 ceil 4x4 (last window removed)', { op: 'avgpool', input: P(4), kernel: P(2), stride: P(2), pad: E(0, 1, 0, 1), ceil: true, ...random(13) }],
  ['max k2 s2 pads 0,1,0,1 ceil 4x4 (last window removed)', { op: 'maxpool', input: P(4), kernel: P(2), stride: P(2), pad: E(0, 1, 0, 1), ceil: true, ...random(14) }],
  ['max 3ch k3x2 s1x2 pads 1,1,0,0 ceil', { op: 'maxpool', channels: 3, input: P(5, 7), kernel: P(3, 2), stride: P(1, 2), pad: E(1, 1, 0, 0), ceil: true, framework: 'torch', ...random(15) }],
  ['avg k2 s2 valid ceil 5x5 (overhang, no pads)', { op: 'avgpool', kernel: P(2), stride: P(2), pad: { kind: 'valid' }, ceil: true, ...random(16) }],
  ['avg 2ch k3x1 s2x1 same-lower cip 5x4', { op: 'avgpool', channels: 2, input: P(5, 4), kernel: P(3, 1), stride: P(2, 1), pad: { kind: 'same-lower' }, ...random(17) }],
  ['max k4 s1 full 3x3 (pads 3, windows of padding only)', { op: 'maxpool', input: P(3), kernel: P(4), stride: P(1), pad: { kind: 'full' }, ...random(18) }],
  ['avg k2 s2 valid ceil 3x4 cip=0, non-dyadic values', {
    op: 'avgpool', input: P(3, 4), kernel: P(2), stride: P(2), pad: { kind: 'valid' }, ceil: true, cip: false,
    x: { kind: 'values', values: [0.1, 1 / 3, 1e-7, -2.5e5, Math.PI, -0.7, 2 / 7, 5e-324, 123456.789, -1 / 3, 0.2, 9.99] },
  }],
  ['max k1 s2 valid ceil 4x4 (stride past the kernel, window removed)', { op: 'maxpool', input: P(4), kernel: P(1), stride: P(2), pad: { kind: 'valid' }, ceil: true, ...random(19) }],
];

/** The hand-made pooling configurations, each with its Plan (a config that no longer derives is a test bug: thrown). */
export function handMadePoolPlans(): NamedPlan[] {
  return handMade.map(([name, patch]) => {
    const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
    if (!plan.ok) throw new Error(`pool verification config "${name}" is invalid: ${plan.message}`);
    return { name, plan };
  });
}

/**
 * Largest relative difference `|a−b| / max(1, |b|)`, reading `null` as −∞
 * (how JSON carries a max over padding only); −∞ matches only −∞.
 */
export function poolRelDiff(a: readonly (number | null)[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? NaN;
    if (x === -Infinity || y === -Infinity) {
      if (x !== y) return Infinity;
      continue;
    }
    const d = Math.abs(x - y) / Math.max(1, Math.abs(y));
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

/** Every valid pooling golden case, with its Plan and expected output. */
export function goldenPoolPlans(): PoolNamedPlan[] {
  return poolGoldenCases.flatMap((c) => {
    if (!c.expect) return [];
    const plan = derivePlan(poolCaseConfig(c));
    if (!plan.ok) throw new Error(`pooling golden case "${c.name}" is invalid in the core: ${plan.message}`);
    return [{ name: c.name, plan, golden: withNegInfinity(c.expect.out) }];
  });
}

/** Every pooling configuration the export checks run: the valid golden cases, then the hand-made ones. */
export function poolExportPlans(): PoolNamedPlan[] {
  return [...goldenPoolPlans(), ...handMadePoolPlans()];
}
