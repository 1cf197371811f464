/**
 * The configurations the code-export checks run: every valid golden case
 * (every pad spec × mode, asymmetric explicit pads, strides, dilations, both
 * at once, up to 3 channels/filters, flip, constants) plus preset-based
 * configurations with non-dyadic values (random kernels, 0.1 constants) that
 * exercise full round-trip number printing.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core';
import { derivePlan, type Plan } from '../../src/core';
import { caseConfig, goldenCases } from '../../src/testing/golden';
import type { PyResult } from './python';

export interface NamedPlan {
  readonly name: string;
  readonly plan: Plan;
}

const presetConfigs: readonly (readonly [string, Partial<Config>])[] = [
  ['default (5x5, same, zeros, ones)', {}],
  ['random 3ch 3f, reflect, explicit 2,0,1,3', {
    channels: 3, filters: 3, input: { h: 6, w: 7 }, pad: { kind: 'explicit', top: 2, bottom: 0, left: 1, right: 3 },
    mode: 'reflect', x: { kind: 'preset', preset: 'random' }, w: { kind: 'preset', preset: 'random' }, seed: 7,
  }],
  ['sobel-x flip symmetric same', { mode: 'symmetric', flip: true, w: { kind: 'preset', preset: 'sobel-x' } }],
  ['gauss 5x5 stride 2 dilation 2 same zeros', {
    input: { h: 9, w: 8 }, kernel: { h: 5, w: 5 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 },
    w: { kind: 'preset', preset: 'gauss' },
  }],
  ['box 3x3 (1/9) constant 0.1, stride 2x1 dilation 1x3, full', {
    input: { h: 6, w: 6 }, stride: { h: 2, w: 1 }, dilation: { h: 1, w: 3 }, pad: { kind: 'full' },
    mode: 'constant', cval: 0.1, w: { kind: 'preset', preset: 'box' },
  }],
  ['random 2ch 3f circular same-lower 4x2 kernel', {
    channels: 2, filters: 3, input: { h: 5, w: 6 }, kernel: { h: 4, w: 2 }, pad: { kind: 'same-lower' },
    mode: 'circular', x: { kind: 'preset', preset: 'random' }, w: { kind: 'preset', preset: 'random' }, seed: 3,
  }],
  ['replicate half 3x5 kernel stride 3, flip', {
    input: { h: 7, w: 9 }, kernel: { h: 3, w: 5 }, stride: { h: 3, w: 3 }, pad: { kind: 'half' }, mode: 'replicate',
    flip: true, w: { kind: 'preset', preset: 'random' }, seed: 11,
  }],
  ['laplace same even kernel 2x4 reflect', { kernel: { h: 2, w: 4 }, mode: 'reflect', w: { kind: 'preset', preset: 'laplace' } }],
  ['constant -1.75 explicit 0,3,2,0 stride 2 dilation 2', {
    input: { h: 6, w: 5 }, pad: { kind: 'explicit', top: 0, bottom: 3, left: 2, right: 0 }, stride: { h: 2, w: 2 },
    dilation: { h: 2, w: 2 }, mode: 'constant', cval: -1.75, w: { kind: 'preset', preset: 'random' }, seed: 5,
  }],
  ['symmetric explicit 1,4,3,0 (asymmetric) 3ch 2f', {
    channels: 3, filters: 2, input: { h: 4, w: 5 }, pad: { kind: 'explicit', top: 1, bottom: 4, left: 3, right: 0 },
    mode: 'symmetric', x: { kind: 'preset', preset: 'random' }, w: { kind: 'preset', preset: 'random' }, seed: 9,
  }],
  ['circular explicit 3,1,0,2 stride 2 dilation 2x1', {
    input: { h: 5, w: 5 }, pad: { kind: 'explicit', top: 3, bottom: 1, left: 0, right: 2 }, stride: { h: 2, w: 2 },
    dilation: { h: 2, w: 1 }, mode: 'circular', w: { kind: 'preset', preset: 'random' },
  }],
  ['replicate same stride 2 dilation 3 1x1 input column', {
    input: { h: 7, w: 1 }, stride: { h: 2, w: 1 }, dilation: { h: 3, w: 1 }, mode: 'replicate', w: { kind: 'preset', preset: 'sharpen' },
  }],
  ['explicit non-dyadic values (0.1, 1/3, 1e-7, -2.5e5, pi), constant 0.3, explicit 1,2,0,1 stride 2', {
    input: { h: 3, w: 4 }, kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, mode: 'constant', cval: 0.3,
    pad: { kind: 'explicit', top: 1, bottom: 2, left: 0, right: 1 },
    x: { kind: 'values', values: [0.1, 1 / 3, 1e-7, -2.5e5, Math.PI, -0.7, 2 / 7, 5e-324, 123456.789, -1 / 3, 0.2, 9.99] },
    w: { kind: 'values', values: [0.3, -1 / 7, Math.E, 1e-3] },
  }],
];

/** Valid golden cases plus the preset configurations, each with its Plan. */
export function exportPlans(): NamedPlan[] {
  const named: NamedPlan[] = [];
  const add = (name: string, config: Config) => {
    const plan = derivePlan(config);
    if (!plan.ok) throw new Error(`verification config "${name}" is invalid: ${plan.message}`);
    named.push({ name, plan });
  };
  for (const c of goldenCases) if (c.expect) add(c.name, caseConfig(c));
  for (const [name, patch] of presetConfigs) add(name, { ...DEFAULT_CONFIG, ...patch });
  return named;
}

/** Largest relative difference `|a−b| / max(1, |b|)` (Infinity on length mismatch or NaN). */
export function maxRelDiff(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)) / Math.max(1, Math.abs(b[i] ?? NaN));
    if (!(d <= m)) m = Number.isNaN(d) ? Infinity : d;
  }
  return m;
}

/** How a batch of snippets compared: failure texts (name, why, the snippet), the worst difference, golden cases reproduced. */
export interface OutputCheck {
  readonly failures: string[];
  readonly worst: number;
  readonly goldenMatched: number;
}

/**
 * Compares each snippet's `PADLAB_OUT` numbers with `reference(plan)` and, with
 * `golden`, with the case's golden output too: a snippet fails when it raised,
 * printed nothing, or differs by more than 1e-9 relative (`relDiff`,
 * maxRelDiff unless given). `code` is the snippet quoted in a failure.
 */
export function checkOutputs<T extends NamedPlan & { readonly golden?: readonly number[] }>(
  plans: readonly T[],
  results: readonly PyResult[],
  opts: {
    readonly reference: (plan: Plan) => readonly number[];
    readonly code: (named: T, i: number) => string;
    readonly relDiff?: (out: readonly number[], want: readonly number[]) => number;
    readonly golden?: boolean;
  },
): OutputCheck {
  const relDiff = opts.relDiff ?? maxRelDiff;
  const failures: string[] = [];
  let worst = 0;
  let goldenMatched = 0;
  results.forEach((r, i) => {
    const named = plans[i];
    if (!named) return;
    if (!r.ok || !r.out) {
      worst = Infinity;
      failures.push(`${named.name}: ${r.error ?? 'no output'}\n${opts.code(named, i)}`);
      return;
    }
    const golden = opts.golden ? named.golden : undefined;
    const diff = Math.max(relDiff(r.out, opts.reference(named.plan)), golden ? relDiff(r.out, golden) : 0);
    worst = Math.max(worst, diff);
    if (!(diff <= 1e-9)) failures.push(`${named.name}: max relative diff ${diff}\n${opts.code(named, i)}`);
    else if (golden) goldenMatched++;
  });
  return { failures, worst, goldenMatched };
}
