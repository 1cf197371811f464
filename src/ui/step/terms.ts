/**
 * The dot product of one output cell, as plain data the step-through prints:
 * every `x·w` term in tap order, grouped by input channel, with each term's
 * padded cell and whether that cell is padding. Values come from the core's
 * `dotTerms` and cells from the shared window map (`windowCells`), so the
 * step-through never redoes the convolution arithmetic (style.md §5).
 */
import { CONSTANT } from '../../core';
import type { Plan } from '../../core';
import { dotTerms, isPaddingCell } from '../../core';
import { windowCells, type Cell } from '../../core';
import { isInsertedCell } from '../../render/transposedCells';
import { sameGroup } from '../grids/groups';

/** One product `x·w` of the sum. */
export interface Term {
  /** The padded input value. */
  readonly x: number;
  /** The kernel weight it is multiplied by (after the flip, when `flip` is set). */
  readonly w: number;
  /** Padded-grid cell the value is read from, 0-based from the top-left padded cell. */
  readonly cell: Cell;
  /** True when the cell lies in the border the padding added, not in the input. */
  readonly pad: boolean;
  /** The input cell the value comes from (a padding cell copies one), or null for the constant (zeros / cval). */
  readonly source: Cell | null;
  /** A transposed convolution's direct picture: a zero inserted between input cells (not padding, not input). */
  readonly inserted: boolean;
}

export interface ChannelTerms {
  readonly channel: number;
  /**
   * Whether the filter reads this channel: false across groups, where every
   * weight is 0 (the terms are kept so the sum runs in the reference's order,
   * but are not printed).
   */
  readonly inGroup: boolean;
  readonly terms: readonly Term[];
}

/** `out[filter, row, col] = Σ_c Σ_taps x·w`. */
export interface DotProduct {
  readonly filter: number;
  readonly row: number;
  readonly col: number;
  readonly channels: readonly ChannelTerms[];
  /**
   * The sum, accumulated in the same order as `referenceConv` (channel, then
   * kernel row, then kernel column) so it equals the reference bit for bit.
   */
  readonly sum: number;
}


/** The input cell a padded cell copies, or null when it holds the constant. */
function sourceCell(plan: Plan, cell: Cell): Cell | null {
  const row = plan.h.source[cell.row] ?? CONSTANT;
  const col = plan.w.source[cell.col] ?? CONSTANT;
  return row === CONSTANT || col === CONSTANT ? null : { row, col };
}

/**
 * The dot product of output cell (`row`, `col`) of filter `filter`, over all
 * input channels. `padded` is the plan's padded input `C*HP*WP` (planCache).
 */
export function dotProduct(plan: Plan, padded: readonly number[], filter: number, row: number, col: number): DotProduct {
  const cells = windowCells(plan, row, col);
  let sum = 0;
  const channels = Array.from({ length: plan.channels }, (_, channel) => {
    const terms = dotTerms(plan, padded, filter, channel, row, col).map(([x, w], tap): Term => {
      const cell = cells[tap] ?? { row: -1, col: -1 };
      sum += x * w;
      const pad = isPaddingCell(plan, cell.row, cell.col);
      return { x, w, cell, pad, source: sourceCell(plan, cell), inserted: isInsertedCell(plan, cell.row, cell.col) };
    });
    return { channel, inGroup: plan.pool !== null || sameGroup(plan, filter, channel), terms };
  });
  return { filter, row, col, channels, sum };
}

/** A run of terms to print, or the hidden middle of a long run. */
export type Segment<T> =
  | { readonly kind: 'items'; readonly start: number; readonly items: readonly T[] }
  | { readonly kind: 'gap'; readonly hidden: number };

/** Above this many terms per channel the middle is collapsed (a 5×5 kernel still prints whole). */
export const COLLAPSE_ABOVE = 25;
/** Terms kept at each end of a collapsed run: enough to see the first and last kernel rows of a 7×7. */
export const KEEP_EACH_END = 8;

/**
 * Splits a run of terms for printing: whole when short or `expanded`,
 * else the first and last `keep` with a gap that says how many are hidden.
 */
export function collapseTerms<T>(items: readonly T[], expanded: boolean, max = COLLAPSE_ABOVE, keep = KEEP_EACH_END): Segment<T>[] {
  if (expanded || items.length <= max || items.length <= 2 * keep) return [{ kind: 'items', start: 0, items }];
  return [
    { kind: 'items', start: 0, items: items.slice(0, keep) },
    { kind: 'gap', hidden: items.length - 2 * keep },
    { kind: 'items', start: items.length - keep, items: items.slice(-keep) },
  ];
}

/** True when a run of `length` terms prints collapsed unless expanded (collapseTerms' defaults). */
export function collapses(length: number): boolean {
  return length > COLLAPSE_ABOVE && length > 2 * KEEP_EACH_END;
}

/** The channels a dot product prints: those the filter reads (a grouped layer skips the others' zero weights). */
export function printedChannels(dot: DotProduct): readonly ChannelTerms[] {
  return dot.channels.filter((c) => c.inGroup);
}

/** True when any printed channel of the product has more terms than print uncollapsed. */
export function isCollapsible(dot: DotProduct): boolean {
  return printedChannels(dot).some((c) => collapses(c.terms.length));
}

/** `out[f, row, col]`: the name of the output cell, 0-based, filter first (PyTorch's `[F, OH, OW]`). */
export function outName(dot: Pick<DotProduct, 'filter' | 'row' | 'col'>): string {
  return `out[${dot.filter}, ${dot.row}, ${dot.col}]`;
}
