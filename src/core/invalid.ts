/**
 * An invalid configuration is a value, not an exception (design.md): the
 * reason code for tests and the UI, and a message written for the user that
 * names the limit and what the frameworks would do.
 */
import type { Axis } from './config';
import type { DerivationStep } from './derivationSteps';

export type InvalidCode =
  | 'limit'
  | 'value'
  | 'values-length'
  | 'reflect-limit'
  | 'symmetric-limit'
  | 'circular-limit'
  | 'empty-output'
  | 'pool-pad'
  | 'pool-dilation'
  | 'pool-empty-window'
  | 'pool-causal'
  | 'groups'
  | 'opad'
  | 'convt-pad'
  | 'convt-mode';

export interface Invalid {
  readonly ok: false;
  readonly code: InvalidCode;
  /** What is wrong and how to fix it, for the user. */
  readonly message: string;
  /** The axis at fault, for mode limits and an empty output. */
  readonly axis?: Axis;
  /** The derivation so far per axis, so the UI can show where it broke. */
  readonly steps?: Readonly<Record<Axis, readonly DerivationStep[]>>;
}

export function invalid(code: InvalidCode, message: string, extra: Partial<Pick<Invalid, 'axis' | 'steps'>> = {}): Invalid {
  return { ok: false, code, message, ...extra };
}
