/**
 * The grouping of a convolution or transposed convolution in words
 * (design.md, `g`): which input channels feed which filters. Group
 * membership comes from the core's `groupOf`; nothing here re-derives it.
 */
import { groupOf, type Plan } from '../../core';
import { spanText } from './describeText';

/** The groups of a plan (1 for a pool, which has none). */
export function groupsOf(plan: Plan): number {
  return plan.pool ? 1 : plan.config.groups;
}

/** The group (0-based) filter `f` belongs to. */
export function filterGroup(plan: Plan, f: number): number {
  return groupOf(f, plan.filters, groupsOf(plan));
}

/** The group (0-based) input channel `c` belongs to. */
export function channelGroup(plan: Plan, c: number): number {
  return groupOf(c, plan.channels, groupsOf(plan));
}

/** The input channels filter `f` reads (every channel when g = 1), ascending. */
export function channelsOfFilter(plan: Plan, f: number): number[] {
  const group = filterGroup(plan, f);
  return Array.from({ length: plan.channels }, (_, c) => c).filter((c) => channelGroup(plan, c) === group);
}

/** The filters input channel `c` feeds, ascending. */
export function filtersOfChannel(plan: Plan, c: number): number[] {
  const group = channelGroup(plan, c);
  return Array.from({ length: plan.filters }, (_, f) => f).filter((f) => filterGroup(plan, f) === group);
}

/** Whether filter `f` reads channel `c` (false across groups, where the weight is 0). */
export function sameGroup(plan: Plan, f: number, c: number): boolean {
  return filterGroup(plan, f) === channelGroup(plan, c);
}

/** Depthwise (design.md): one group per channel and per filter, `g = C = F`. */
export function isDepthwise(plan: Plan): boolean {
  const g = groupsOf(plan);
  return g > 1 && g === plan.channels && g === plan.filters;
}

/** "channel 2", "channels 2–3" (a group's members are contiguous), or "channels 0, 1, 4" (the rest of the groups). */
export function membersText(list: readonly number[], one: string, many: string): string {
  const first = list[0] ?? 0;
  const last = list[list.length - 1] ?? first;
  if (list.length === 1) return `${one} ${first}`;
  const contiguous = last - first === list.length - 1;
  return `${many} ${contiguous ? spanText(first, last) : list.join(', ')}`;
}

/** "filter 2 reads channels 2–3 (group 1 of 2)"; null when there is one group. */
export function filterReadsText(plan: Plan, f: number): string | null {
  const g = groupsOf(plan);
  if (g === 1) return null;
  return `filter ${f} reads ${membersText(channelsOfFilter(plan, f), 'channel', 'channels')} (group ${filterGroup(plan, f)} of ${g})`;
}
