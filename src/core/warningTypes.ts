/**
 * The shapes warnings share: what a warning says and the axis facts it is
 * computed from. Its own module so that warnings.ts and frameworkWarnings.ts
 * both import it and neither imports the other back.
 */
import type { AxisWindowing } from './windows';

export type Severity = 'error' | 'warning' | 'info';

export interface Warning {
  /** Stable identifier for tests and styling, e.g. `torch-same-stride`. */
  readonly code: string;
  /** `error`: the named framework raises for this configuration; `warning`: it cannot express it directly; `info`: worth knowing. */
  readonly severity: Severity;
  readonly message: string;
}

/** The axis facts warnings need (a subset of AxisPlan). */
export interface AxisFacts extends AxisWindowing {
  readonly n: number;
  readonly ke: number;
  readonly before: number;
  readonly after: number;
  readonly remainder: number;
  /** For each padded position: true outside the input. */
  readonly isPadding: readonly boolean[];
  readonly unread: readonly ('floor' | 'gap' | null)[];
}
