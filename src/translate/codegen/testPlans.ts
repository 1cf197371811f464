/**
 * Plans for the code generators' unit tests: DEFAULT_CONFIG with a patch.
 * Test support only (imported by *.test.ts, never by the app).
 */
import { DEFAULT_CONFIG, type Config } from '../../core';
import { derivePlan, type Plan } from '../../core';

/** The Plan of DEFAULT_CONFIG patched; throws when the patch makes it invalid. */
export function planOf(patch: Partial<Config>): Plan {
  const plan = derivePlan({ ...DEFAULT_CONFIG, ...patch });
  if (!plan.ok) throw new Error(`test config invalid: ${plan.message}`);
  return plan;
}

/** Explicit pads `T,B,L,R`. */
export function explicit(top: number, bottom: number, left: number, right: number): Config['pad'] {
  return { kind: 'explicit', top, bottom, left, right };
}
