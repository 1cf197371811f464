/**
 * A tiny seeded generator (mulberry32) so `random` presets are the same on
 * every machine and in every link with the same `seed`. Not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integers uniformly in [lo, hi], reproducible from `seed`. */
export function randomIntegers(count: number, lo: number, hi: number, seed: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => lo + Math.floor(next() * (hi - lo + 1)));
}
