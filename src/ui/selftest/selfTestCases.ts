/**
 * Every golden set the self-test runs, as one list: the convolutions
 * (golden/conv2d.json), the pooling layers (golden/pool2d.json, where JSON's
 * null is max pooling's −∞) and the transposed, grouped and causal
 * convolutions (golden/convt2d.json), each as the Config it describes and
 * PyTorch's output `F*OH*OW`. Adding a golden set is one more mapping here.
 */
import type { Config } from '../../core';
import { caseConfig, golden, goldenCases } from '../../testing/golden';
import { convtCaseConfig, convtGolden, convtGoldenCases } from '../../testing/convtGolden';
import { poolCaseConfig, poolGolden, poolGoldenCases, withNegInfinity } from '../../testing/poolGolden';

export interface SelfTestCase {
  /** The golden case's name (the `filter=` option searches it). */
  readonly name: string;
  readonly config: Config;
  /** PyTorch's output shape `[F, OH, OW]` (a pool's `F` is `C`). */
  readonly outShape: readonly number[];
  /** PyTorch's output, filter-major then row-major; −∞ where max pooling reads only padding. */
  readonly out: readonly number[];
}

/** Every runnable golden case (the ones with an expected output), convolutions first. */
export function selfTestCases(): SelfTestCase[] {
  const conv = goldenCases.flatMap((c) => (c.expect ? [{ name: c.name, config: caseConfig(c), outShape: c.expect.outShape, out: c.expect.out }] : []));
  const pool = poolGoldenCases.flatMap((c) =>
    c.expect ? [{ name: c.name, config: poolCaseConfig(c), outShape: c.expect.outShape, out: withNegInfinity(c.expect.out) }] : [],
  );
  const transposed = convtGoldenCases.flatMap((c) =>
    c.expect ? [{ name: c.name, config: convtCaseConfig(c), outShape: c.expect.outShape, out: c.expect.out }] : [],
  );
  return [...conv, ...pool, ...transposed];
}

/** Where the expected outputs come from, for the page. */
export function selfTestSource(): string {
  const versions = new Set([golden.torch, poolGolden.torch, convtGolden.torch]);
  return `PyTorch ${[...versions].join(', ')}`;
}
