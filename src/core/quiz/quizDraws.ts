/**
 * Seeded draws for the exercises: small integers and picks from one
 * mulberry32 stream (core/random.ts), so a seed gives the same quiz on every
 * machine. Every draw consumes the stream in a fixed order; nothing here
 * may depend on the clock or on Math.random.
 */
import { mulberry32 } from '../random';

/** A stream of draws from one seed. */
export interface Draws {
  /** An integer uniformly in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** true with probability `p`. */
  chance(p: number): boolean;
}

export function draws(seed: number): Draws {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    chance: (p: number) => next() < p,
  };
}
