/**
 * The other picture of a transposed convolution (design.md, `convt`): each
 * input cell stamps the kernel, scaled by its value, onto the uncropped
 * output; overlaps add up; the crop keeps `out[i] = full[i + T]`. The grid's
 * scatter view and its step-through read this; a property test checks that
 * it gives the same output as the direct picture the engine runs.
 */
import { givenWeightIndex, groupOf } from './groupedWeights';
import type { Plan } from './plan';

/** One axis of one stamp: output index (in the kept output; may be outside it when cropped) per kernel tap. */
export interface StampAxis {
  /** For tap `a` (0-based, before dilation): the kept-output index `i·s + a·d − T`. */
  readonly targets: readonly number[];
}

/**
 * Where input index `i` stamps along one axis: tap `a` lands on uncropped
 * index `i·s + a·d`, which is kept-output index `i·s + a·d − T` (negative or
 * `≥ out` means cropped away).
 */
export function stampAxis(plan: Plan, axis: 'h' | 'w', i: number): StampAxis {
  const t = plan.transposed?.[axis];
  if (!t) throw new Error('stampAxis needs a transposed-convolution Plan');
  const { k, d } = plan[axis];
  return { targets: Array.from({ length: k }, (_, a) => i * t.stride + a * d - t.cropBefore) };
}

/**
 * How many stamps reach each kept output cell along one axis (per input
 * index and tap): the uneven-overlap count behind checkerboard artifacts.
 */
export function overlapCounts(plan: Plan, axis: 'h' | 'w'): number[] {
  const { n, out } = plan[axis];
  const counts = new Array<number>(out).fill(0);
  for (let i = 0; i < n; i++) {
    for (const r of stampAxis(plan, axis, i).targets) if (r >= 0 && r < out) counts[r] = (counts[r] ?? 0) + 1;
  }
  return counts;
}

/**
 * The output `F*OH*OW` computed the scatter way: for every input cell
 * `(c, i, j)`, every filter `f` of its group and every tap `(a, b)`,
 * `out[f, i·sh + a·dh − T, j·sw + b·dw − L] += x[c, i, j] · w[c, f mod F/g, a, b]`
 * (PyTorch's ConvTranspose2d weight `(C, F/g, KH, KW)`), cells outside the kept output dropped.
 */
export function scatterTransposed(plan: Plan): number[] {
  const { h, w, channels: C, filters: F, input, weights, config } = plan;
  const g = config.groups;
  const fg = F / g;
  const out = new Array<number>(F * h.out * w.out).fill(0);
  for (let c = 0; c < C; c++) {
    const group = groupOf(c, C, g);
    for (let i = 0; i < h.n; i++) {
      const rows = stampAxis(plan, 'h', i).targets;
      for (let j = 0; j < w.n; j++) {
        const cols = stampAxis(plan, 'w', j).targets;
        const x = input[(c * h.n + i) * w.n + j] ?? NaN;
        for (let fl = 0; fl < fg; fl++) {
          const f = group * fg + fl;
          rows.forEach((r, a) => {
            if (r < 0 || r >= h.out) return;
            cols.forEach((q, b) => {
              if (q < 0 || q >= w.out) return;
              const wv = weights[givenWeightIndex('convt', C, F, g, h.k, w.k, f, c, a, b) ?? -1] ?? NaN;
              out[(f * h.out + r) * w.out + q] = (out[(f * h.out + r) * w.out + q] ?? 0) + x * wv;
            });
          });
        }
      }
    }
  }
  return out;
}
