/**
 * Range checks of every user-set field against `LIMITS`, before any
 * arithmetic. The URL codec clamps first, so these fire for configurations
 * built in code or by hand-made state; the messages still speak to a user.
 */
import type { Config } from './config';
import { invalid, type Invalid } from './invalid';
import { LIMITS, withinLimit, type FieldLimits, type LimitName } from './limits';

const FIELD_LABEL: Record<LimitName, string> = {
  input: 'Input size',
  channels: 'Channels',
  filters: 'Filters',
  kernel: 'Kernel size',
  stride: 'Stride',
  dilation: 'Dilation',
  pad: 'Explicit padding',
  groups: 'Groups',
  opad: 'Output padding',
  seed: 'Seed',
  step: 'Step',
  layer: 'Network layer',
};

function outOfRange(name: LimitName, v: number, where: string, limits: FieldLimits): Invalid {
  const { min, max } = limits[name];
  const shown = Number.isFinite(v) ? String(v) : 'not a number';
  return invalid('limit', `${FIELD_LABEL[name]}${where} must be a whole number from ${min} to ${max}; got ${shown}.`);
}

/** The first field outside its limit, as an Invalid, or null when all fit. */
export function checkFieldLimits(c: Config, limits: FieldLimits = LIMITS): Invalid | null {
  const checks: [LimitName, number, string][] = [
    ['input', c.input.h, ' (height)'],
    ['input', c.input.w, ' (width)'],
    ['channels', c.channels, ''],
    ['filters', c.filters, ''],
    ['kernel', c.kernel.h, ' (height)'],
    ['kernel', c.kernel.w, ' (width)'],
    ['stride', c.stride.h, ' (rows)'],
    ['stride', c.stride.w, ' (columns)'],
    ['dilation', c.dilation.h, ' (rows)'],
    ['dilation', c.dilation.w, ' (columns)'],
    ['seed', c.seed, ''],
    ['groups', c.groups, ''],
    ['opad', c.opad.h, ' (rows)'],
    ['opad', c.opad.w, ' (columns)'],
  ];
  if (c.pad.kind === 'explicit') {
    checks.push(
      ['pad', c.pad.top, ' (top)'],
      ['pad', c.pad.bottom, ' (bottom)'],
      ['pad', c.pad.left, ' (left)'],
      ['pad', c.pad.right, ' (right)'],
    );
  }
  for (const [name, v, where] of checks) if (!withinLimit(name, v, limits)) return outOfRange(name, v, where, limits);
  if (!isUsableValue(c.cval)) return invalid('value', `The padding constant must be a number within ±${LIMITS.value.maxAbs}; got ${String(c.cval)}.`);
  return null;
}

/** A finite number within ±LIMITS.value.maxAbs. */
export function isUsableValue(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= LIMITS.value.maxAbs;
}

/** Checks explicit values: the expected count and every entry a number within ±`maxAbs`. */
export function checkValues(what: 'input' | 'kernel', values: readonly number[], expected: number, shape: string, maxAbs: number = LIMITS.value.maxAbs): Invalid | null {
  if (values.length !== expected) {
    return invalid(
      'values-length',
      `The ${what} needs ${expected} values (${shape}) but ${values.length} were given. Pick a preset or give exactly ${expected} numbers.`,
    );
  }
  // NaN fails both ways; ±∞ passes only an infinite limit (the network view's chained outputs).
  const bad = values.findIndex((v) => Number.isNaN(v) || Math.abs(v) > maxAbs);
  if (bad >= 0) {
    return invalid('value', `${what === 'input' ? 'Input' : 'Kernel'} value #${bad + 1} must be a number within ±${maxAbs}; got ${String(values[bad])}.`);
  }
  return null;
}
