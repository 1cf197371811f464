/**
 * Moves between the core's channel-major layout and tfjs's NHWC, for one
 * image (batch 1). Shared by every grid operation's run (runPlan.ts, runPool.ts).
 */

/** `C*HP*WP` (channel-major, the core's layout) to NHWC `HE*WE*C` for tfjs, zeros past HP, WP. */
export function toNhwc(padded: readonly number[], C: number, hp: number, wp: number, he = hp, we = wp): Float32Array {
  const x = new Float32Array(he * we * C);
  for (let c = 0; c < C; c++) {
    for (let r = 0; r < hp; r++) {
      for (let q = 0; q < wp; q++) x[(r * we + q) * C + c] = padded[(c * hp + r) * wp + q] ?? NaN;
    }
  }
  return x;
}

/** The first `OH×OW` cells of tfjs's NHWC output `[OHE, OWE, F]`, filter-major (the core's layout). */
export function outputValues(nhwc: Float32Array, F: number, oh: number, ow: number, owe: number): Float32Array {
  const out = new Float32Array(F * oh * ow);
  for (let f = 0; f < F; f++) {
    for (let r = 0; r < oh; r++) for (let q = 0; q < ow; q++) out[(f * oh + r) * ow + q] = nhwc[(r * owe + q) * F + f] ?? NaN;
  }
  return out;
}
