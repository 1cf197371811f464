/**
 * The output values the grid shows for one filter: TensorFlow.js's when its
 * result for this very plan is in, else the exact reference (marked stale).
 * Memoised, so a hover re-render does not hand the static layer new values.
 */
import { useMemo } from 'react';
import { referenceOf, type Plan } from '../../core';
import { useEngineStatus } from '../hooks/useApp';

export interface OutputValues {
  /** `OH × OW`, row-major. */
  readonly values: ArrayLike<number>;
  /** True while these are the reference values, not tfjs's. */
  readonly stale: boolean;
  /** tfjs failed for this plan (the reference is shown). */
  readonly failed: boolean;
  readonly backend: string | null;
}

export function useOutputValues(plan: Plan, filter: number): OutputValues {
  const ready = useEngineStatus((s) => s.state === 'ready' && s.plan === plan);
  const failed = useEngineStatus((s) => s.state === 'error' && s.plan === plan);
  const result = useEngineStatus((s) => s.result);
  return useMemo(() => {
    const size = plan.h.out * plan.w.out;
    const from = filter * size;
    if (ready && result) return { values: result.values.subarray(from, from + size), stale: false, failed: false, backend: result.backend };
    return { values: referenceOf(plan).slice(from, from + size), stale: true, failed, backend: null };
  }, [plan, filter, ready, failed, result]);
}
