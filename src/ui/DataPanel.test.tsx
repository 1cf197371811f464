import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, type Plan } from '../core';
import { parseQuery } from '../state/urlCodec';
import { DataPanel, paddedContractValues } from './DataPanel';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

function contract(plan: Plan, testId: string): unknown {
  const html = renderToStaticMarkup(<DataPanel plan={plan} />);
  return JSON.parse(decode(new RegExp(`data-testid="${testId}"[^>]*>(.*?)</pre>`, 's').exec(html)?.[1] ?? 'null'));
}

describe('padded-json and output-json (design.md, DOM contract)', () => {
  it('in=6x6 k=3 s=2 pad=1 ceil maxpool: 9×9 with the overhang; padding and overhang are null', () => {
    const p = planFor('op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1');
    const json = contract(p, 'padded-json') as { pads: number[]; shape: number[]; values: (number | null)[][][] };
    expect(json.pads).toEqual([1, 1, 1, 1]);
    expect(json.shape).toEqual([1, 9, 9]);
    expect(json.values[0]![0]).toEqual(Array(9).fill(null));
    expect(json.values[0]![1]).toEqual([null, 1, 2, 3, 4, 5, 6, null, null]);
    expect(json.values[0]![8]).toEqual(Array(9).fill(null));
    expect(contract(p, 'output-json')).toEqual({ shape: [1, 4, 4], values: null, backend: null, maxAbsDiff: null });
  });

  it('in=6 k=3 s=2 pad=1 ceil avgpool: counted padding is 0, the overhang null; with cip=0 the padding is null too', () => {
    const counts = paddedContractValues(planFor('op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1'));
    expect(counts[0]![1]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, null]);
    expect(counts[0]![7]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, null]);
    const not = paddedContractValues(planFor('op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1&cip=0'));
    expect(not[0]![1]).toEqual([null, 1, 2, 3, 4, 5, 6, null, null]);
  });

  it('c=2 maxpool: one output grid per channel', () => {
    const p = planFor('op=maxpool&in=4x4&c=2&k=2');
    expect((contract(p, 'output-json') as { shape: number[] }).shape).toEqual([2, 2, 2]);
    expect(paddedContractValues(p)).toHaveLength(2);
  });

  it('a convolution is unchanged: the padded values as they are', () => {
    const p = planFor('in=5x5&k=3&mode=reflect');
    expect(paddedContractValues(p).flat(2)).toEqual([...paddedOf(p)]);
  });
});

describe('a transposed convolution: padded-json is the direct picture (design.md, DOM contract)', () => {
  it('in=3 k=3 s=2 pad=1 opad=1: pads 1,2,1,2, shape [1,8,8], zeros inserted and on the border', () => {
    const p = planFor('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1');
    const json = contract(p, 'padded-json') as { pads: number[]; shape: number[]; values: number[][][] };
    expect(json.pads).toEqual([1, 2, 1, 2]);
    expect(json.shape).toEqual([1, 8, 8]);
    expect(json.values[0]![1]).toEqual([0, 1, 0, 2, 0, 3, 0, 0]);
    expect(json.values[0]![2]).toEqual(Array(8).fill(0));
    expect(contract(p, 'output-json')).toEqual({ shape: [1, 6, 6], values: null, backend: null, maxAbsDiff: null });
  });
  it('in=3 k=3 s=2 pad=3: the border is a crop, pads −1', () => {
    const json = contract(planFor('op=convt&in=3&k=3&s=2&pad=3,3,3,3'), 'padded-json') as { pads: number[]; shape: number[] };
    expect(json.pads).toEqual([-1, -1, -1, -1]);
    expect(json.shape).toEqual([1, 3, 3]);
  });
  it('c=2 f=4 g=2: output-json is [F, OH, OW]', () => {
    expect((contract(planFor('op=convt&in=4&k=4&s=2&pad=same&c=2&f=4&g=2'), 'output-json') as { shape: number[] }).shape).toEqual([4, 8, 8]);
  });
});
