/**
 * Every valid case of golden/convt2d.json (PyTorch's transposed, grouped and
 * causal convolutions) with its Plan and PyTorch's output, then the
 * hand-made configurations of convtConfigs.ts.
 */
import { derivePlan } from '../../src/core';
import { convtCaseConfig, convtGoldenCases } from '../../src/testing/convtGolden';
import type { NamedPlan } from './configs';
import { handMadeConvtPlans, handMadeGroupedPlans } from './convtConfigs';

/** A configuration to export, with the golden output when it is a golden case. */
export interface GoldenNamedPlan extends NamedPlan {
  /** F*OH*OW, PyTorch's output. */
  readonly golden?: readonly number[];
}

/** Every valid golden case (op convt, or a grouped / causal conv), with its Plan and expected output. */
export function goldenConvtPlans(): GoldenNamedPlan[] {
  return convtGoldenCases.flatMap((c) => {
    if (!c.expect) return [];
    const plan = derivePlan(convtCaseConfig(c));
    if (!plan.ok) throw new Error(`golden case "${c.name}" is invalid in the core: ${plan.message}`);
    return [{ name: c.name, plan, golden: c.expect.out }];
  });
}

/** The golden cases, then the hand-made transposed and grouped/causal configurations. */
export function convtExportPlans(): GoldenNamedPlan[] {
  return [...goldenConvtPlans(), ...handMadeConvtPlans(), ...handMadeGroupedPlans()];
}
