import { describe, expect, it } from 'vitest';
import { derivePlan, oihwIndex, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { groupLines } from './GroupDiagram';
import { channelsOfFilter, filterReadsText, filtersOfChannel, isDepthwise, membersText, sameGroup } from './groups';
import { kernelView, weightIndex } from './kernelIndex';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

describe('groups in words', () => {
  it('c=4 f=2 g=2: filter 1 reads channels 2–3, channel 0 feeds filter 0', () => {
    const plan = planFor('c=4&f=2&g=2');
    expect(channelsOfFilter(plan, 1)).toEqual([2, 3]);
    expect(filtersOfChannel(plan, 0)).toEqual([0]);
    expect(filterReadsText(plan, 1)).toBe('filter 1 reads channels 2–3 (group 1 of 2)');
    expect(sameGroup(plan, 1, 1)).toBe(false);
    expect(isDepthwise(plan)).toBe(false);
    expect(groupLines(plan)).toEqual(['group 0: channels 0–1 → filter 0', 'group 1: channels 2–3 → filter 1']);
  });
  it('c=4 f=4 g=4 is depthwise; g=1 has no note', () => {
    expect(isDepthwise(planFor('c=4&f=4&g=4'))).toBe(true);
    expect(filterReadsText(planFor('c=4&f=4&g=4'), 2)).toBe('filter 2 reads channel 2 (group 2 of 4)');
    expect(filterReadsText(planFor('c=2&f=2'), 0)).toBeNull();
  });
  it('convt c=2 f=4 g=2: channel 1 feeds filters 2–3', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=valid&c=2&f=4&g=2');
    expect(filtersOfChannel(plan, 1)).toEqual([2, 3]);
    expect(groupLines(plan)).toEqual(['group 0: channel 0 → filters 0–1', 'group 1: channel 1 → filters 2–3']);
  });
  it('membersText: ranges for a group, lists for the rest', () => {
    expect(membersText([2], 'channel', 'channels')).toBe('channel 2');
    expect(membersText([0, 1, 4, 5], 'channel', 'channels')).toBe('channels 0, 1, 4, 5');
  });
});

describe('kernel taps in plan.weights', () => {
  it('conv c=4 f=2 g=2 (weights F, C/g, KH, KW): filter 1, channel 3 is plane (1, 1); across groups null', () => {
    const plan = planFor('c=4&f=2&g=2&k=3&w=random');
    expect(weightIndex(plan, 1, 3, 2, 1)).toBe(oihwIndex(2, 3, 3, 1, 1, 2, 1));
    expect(weightIndex(plan, 1, 0, 0, 0)).toBeNull();
    const view = kernelView(plan, 1, 0, false);
    expect(view.values).toEqual(Array(9).fill(0));
    expect(view.indexAt(0, 0)).toBeNull();
  });
  it('convt c=2 f=4 g=2 (weights C, F/g, KH, KW): filter 3, channel 1 is plane (1, 1)', () => {
    const plan = planFor('op=convt&in=3&k=3&s=2&pad=valid&c=2&f=4&g=2&w=random');
    expect(weightIndex(plan, 3, 1, 0, 2)).toBe(oihwIndex(2, 3, 3, 1, 1, 0, 2));
  });
  it.each(['op=convt&in=3&k=3x2&s=2&pad=valid&c=2&f=4&g=2&w=random', 'op=convt&in=3&k=3&s=2&pad=1,1,1,1&w=random'])(
    '%s: the rotated view is appliedWeights, each tap editing the weight at the opposite tap',
    (query) => {
      const plan = planFor(query);
      const KH = plan.h.k;
      const KW = plan.w.k;
      for (let f = 0; f < plan.filters; f++)
        for (let c = 0; c < plan.channels; c++) {
          const view = kernelView(plan, f, c, true);
          expect(view.values).toEqual(plan.appliedWeights.slice(oihwIndex(plan.channels, KH, KW, f, c, 0, 0), oihwIndex(plan.channels, KH, KW, f, c, 0, 0) + KH * KW));
          for (let r = 0; r < KH; r++)
            for (let q = 0; q < KW; q++) {
              const i = view.indexAt(r, q);
              if (!sameGroup(plan, f, c)) expect(i).toBeNull();
              else expect(plan.weights[i!]).toBe(view.values[r * KW + q]);
              expect(i).toBe(weightIndex(plan, f, c, KH - 1 - r, KW - 1 - q));
            }
        }
    },
  );
});
