/**
 * Readers for single URL values, declared with zod: each returns the value
 * and, when the raw text was out of range or unreadable, the value used
 * instead and a notice saying so. Never throws.
 */
import { z } from 'zod';
import type { Pair } from '../core';
import { LIMITS, type FieldLimits, type LimitName } from '../core';
import { shown } from './notices';

export interface Read<T> {
  readonly value: T;
  /** Set when the raw value was clamped or replaced. */
  readonly notice?: string;
}

const INT = z
  .string()
  .trim()
  .regex(/^[+-]?\d{1,15}$/)
  .transform(Number);
const NUMBER = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d{1,3})?$/i)
  .transform(Number)
  .refine(Number.isFinite);
const PAIR = z
  .string()
  .trim()
  .regex(/^([+-]?\d{1,15})(?:\s*[x×*,]\s*([+-]?\d{1,15}))?$/i)
  .transform((s): [number, number] => {
    const [a, b] = s.split(/\s*[x×*,]\s*/i);
    return [Number(a), b === undefined ? Number(a) : Number(b)];
  });

function clamp(limits: FieldLimits, limit: LimitName, v: number): number {
  return Math.min(limits[limit].max, Math.max(limits[limit].min, v));
}

/** An integer within a limit (`c=9` → 4 with a notice); `noun` names the setting in the notice ("the channels"). */
export function readInt(key: string, raw: string, limit: LimitName, fallback: number, noun: string, limits: FieldLimits = LIMITS): Read<number> {
  const r = INT.safeParse(raw);
  if (!r.success) return { value: fallback, notice: `Could not read ${key}=${shown(raw)} (a whole number is expected); used ${fallback}.` };
  const v = clamp(limits, limit, r.data);
  if (v === r.data) return { value: v };
  const { min, max } = limits[limit];
  return { value: v, notice: `${key}=${shown(raw)} is outside ${min}..${max} for the ${noun}; used ${v}.` };
}

/** `HxW` or `N` (= `NxN`), each side within a limit; `noun` names the setting in the notice. */
export function readPair(key: string, raw: string, limit: LimitName, fallback: Pair, noun: string, limits: FieldLimits = LIMITS): Read<Pair> {
  const r = PAIR.safeParse(raw);
  if (!r.success) {
    return { value: fallback, notice: `Could not read ${key}=${shown(raw)} (expected HxW such as 3x3, or one number); used ${fallback.h}x${fallback.w}.` };
  }
  const [h, w] = r.data;
  const value = { h: clamp(limits, limit, h), w: clamp(limits, limit, w) };
  if (value.h === h && value.w === w) return { value };
  const { min, max } = limits[limit];
  return { value, notice: `${key}=${shown(raw)} is outside ${min}..${max} for the ${noun}; used ${value.h}x${value.w}.` };
}

/** A finite number within ±LIMITS.value.maxAbs. */
export function readNumber(key: string, raw: string, fallback: number): Read<number> {
  const r = NUMBER.safeParse(raw);
  if (!r.success) return { value: fallback, notice: `Could not read ${key}=${shown(raw)} (a number is expected); used ${fallback}.` };
  const max = LIMITS.value.maxAbs;
  const v = Math.min(max, Math.max(-max, r.data));
  return v === r.data ? { value: v } : { value: v, notice: `${key}=${shown(raw)} is beyond ±${max}; used ${v}.` };
}

/** One of a fixed list of names. */
export function readEnum<T extends string>(key: string, raw: string, names: readonly T[], fallback: T): Read<T> {
  const r = z.enum(names as [T, ...T[]]).safeParse(raw.trim().toLowerCase());
  if (r.success) return { value: r.data };
  return { value: fallback, notice: `Unknown ${key}=${shown(raw)} (expected one of ${names.join(', ')}); used ${fallback}.` };
}

/** A comma-separated list of numbers, or null with a notice when any entry is not a number. */
export function readNumberList(key: string, raw: string): Read<number[] | null> {
  const parts = raw.split(',');
  const values: number[] = [];
  let clamped = false;
  for (const [i, part] of parts.entries()) {
    const r = NUMBER.safeParse(part);
    if (!r.success) return { value: null, notice: `Could not read value #${i + 1} of ${key} (${shown(part)}): it is not a number.` };
    const max = LIMITS.value.maxAbs;
    const v = Math.min(max, Math.max(-max, r.data));
    clamped ||= v !== r.data;
    values.push(v);
  }
  return clamped ? { value: values, notice: `Some ${key} values were beyond ±${LIMITS.value.maxAbs} and were clamped.` } : { value: values };
}
