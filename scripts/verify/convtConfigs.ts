/**
 * The transposed-convolution (and grouped / causal convolution)
 * configurations the code-export checks run: hand-made ones that reach each
 * way an export is written — PyTorch's layer alone, a symmetric crop plus a
 * slice, rows past the uncropped output (output padding, valid with k < s),
 * Keras/TF same and valid with and without output padding, same-lower,
 * dilation (with a stride: baked for the TF family), groups, depthwise —
 * with random values so a misplaced row shows. The golden cases are added
 * by convtGoldenPlans (scripts/verify/convtGoldenPlans.ts).
 */
import { DEFAULT_CONFIG, derivePlan, type Config, type PadSpec } from '../../src/core';
import type { NamedPlan } from './configs';

const E = (top: number, bottom: number, left: number, right: number): PadSpec => ({ kind: 'explicit', top, bottom, left, right });
const P = (h: number, w = h) => ({ h, w });
const random = (seed: number): Partial<Config> => ({ x: { kind: 'preset', preset: 'random' }, w: { kind: 'preset', preset: 'random' }, seed });

// prettier-ignore
const convtOnly: readonly (readonly [string, Partial<Config>])[] = [
  ['k4 s2 p1 4x4 (the DCGAN upsampler: layer alone)', { input: P(4), kernel: P(4), stride: P(2), pad: E(1, 1, 1, 1), ...random(1) }],
  ['k3 s2 p1 opad1 5x5 (layer alone with output_padding)', { input: P(5), stride: P(2), pad: E(1, 1, 1, 1), opad: P(1), ...random(2) }],
  ['k3 s2 same 4x5 (Keras same, odd total crop: slice)', { input: P(4, 5), stride: P(2), pad: { kind: 'same' }, ...random(3) }],
  ['k3 s2 same opad 1 (Keras same with output padding)', { input: P(4), stride: P(2), pad: { kind: 'same' }, opad: P(1), ...random(4) }],
  ['k4 s2 same-lower 3x3 (odd cell cropped at the top)', { input: P(3), kernel: P(3, 4), stride: P(2), pad: { kind: 'same-lower' }, ...random(5) }],
  ['k2 s3 valid 3x3 (k < s: zero rows past full)', { input: P(3), kernel: P(2), stride: P(3), pad: { kind: 'valid' }, ...random(6) }],
  ['k1 s2 same 3x4 (k < s, same)', { input: P(3, 4), kernel: P(1), stride: P(2), pad: { kind: 'same' }, ...random(7) }],
  ['k3 s2 d2 p1,3,0,2 opad 1x0 (asymmetric crops, stride with dilation)', { input: P(4, 3), stride: P(2), dilation: P(2), pad: E(1, 3, 0, 2), opad: P(1, 0), ...random(8) }],
  ['k3 s1 d3 opad 2 (output padding below the dilation, past the stride)', { input: P(3), stride: P(1), dilation: P(3), pad: E(0, 0, 0, 0), opad: P(2), ...random(9) }],
  ['k3 s2 groups 2, 2ch 4f, p1 (grouped)', { input: P(3, 4), channels: 2, filters: 4, groups: 2, stride: P(2), pad: E(1, 1, 1, 1), opad: P(1), ...random(10) }],
  ['k3 s2 depthwise 3ch 3f g3 valid', { input: P(3), channels: 3, filters: 3, groups: 3, stride: P(2), pad: { kind: 'valid' }, ...random(11) }],
  ['k3x2 s2x1 4ch 2f g2 same opad 1x0', { input: P(3, 5), channels: 4, filters: 2, groups: 2, kernel: P(3, 2), stride: P(2, 1), pad: { kind: 'same' }, opad: P(1, 0), ...random(12) }],
  ['k5 s3 p4,0,0,4 (crops larger than the stride)', { input: P(3), kernel: P(5), stride: P(3), pad: E(4, 0, 0, 4), opad: P(2), ...random(13) }],
  ['k3 s1 p2 (stride 1: a plain convolution with pads k-1-p)', { input: P(5), stride: P(1), pad: E(2, 2, 2, 2), ...random(14) }],
  ['k3 s2 d2 valid 3x3 (dilated valid)', { input: P(3), stride: P(2), dilation: P(2, 1), pad: { kind: 'valid' }, ...random(15) }],
  ['non-dyadic values, k2 s2 p0,1,1,0', {
    input: P(2, 3), kernel: P(2), stride: P(2), pad: E(0, 1, 1, 0),
    x: { kind: 'values', values: [0.1, 1 / 3, 1e-7, -2.5e5, Math.PI, -0.7] },
    w: { kind: 'values', values: [0.3, -1 / 7, Math.E, 1e-3] },
  }],
];
const convt = convtOnly.map(([name, patch]) => [`convt ${name}`, { op: 'convt', ...patch }] as const);

// prettier-ignore
const grouped: readonly (readonly [string, Partial<Config>])[] = [
  ['conv groups 2, 4ch 2f, same', { channels: 4, filters: 2, groups: 2, input: P(5, 6), ...random(21) }],
  ['conv depthwise 3ch 3f g3, stride 2, reflect', { channels: 3, filters: 3, groups: 3, input: P(6), stride: P(2), mode: 'reflect', ...random(22) }],
  ['conv depthwise multiplier 2: 2ch 4f g2, explicit 1,0,2,1', { channels: 2, filters: 4, groups: 2, input: P(5), pad: E(1, 0, 2, 1), ...random(23) }],
  ['conv causal 1x12 k1x3 d1x2 (WaveNet layer)', { input: P(1, 12), kernel: P(1, 3), dilation: P(1, 2), pad: { kind: 'causal' }, ...random(24) }],
  ['conv causal 1x9 k1x2 2ch 2f g2', { channels: 2, filters: 2, groups: 2, input: P(1, 9), kernel: P(1, 2), pad: { kind: 'causal' }, ...random(25) }],
  ['conv causal 3x6 k3x3 stride 1x2 (2-D input, width causal)', { input: P(3, 6), stride: P(1, 2), pad: { kind: 'causal' }, ...random(26) }],
];

/** Builds each Plan (a configuration that no longer derives is a test bug: thrown). */
function plansOf(list: readonly (readonly [string, Partial<Config>])[]): NamedPlan[] {
  return list.map(([name, patch]) => {
    const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
    if (!plan.ok) throw new Error(`verification config "${name}" is invalid: ${plan.message}`);
    return { name, plan };
  });
}

/** The hand-made transposed convolutions. */
export const handMadeConvtPlans = (): NamedPlan[] => plansOf(convt);
/** The hand-made grouped and causal convolutions. */
export const handMadeGroupedPlans = (): NamedPlan[] => plansOf(grouped);
