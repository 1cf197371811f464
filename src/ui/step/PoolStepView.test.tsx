import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, referenceOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { PoolStepView } from './PoolStepView';
import { poolStep } from './poolStep';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

/** The text of one element of the view (tags dropped, entities decoded, spaces collapsed). */
function textOf(query: string, testId: string, row = 0, col = 0, expanded = false): string {
  const plan = planFor(query);
  const step = poolStep(plan, paddedOf(plan), 0, row, col);
  const html = renderToStaticMarkup(<PoolStepView plan={plan} step={step} engine={null} expanded={expanded} onToggleExpanded={() => {}} />);
  const inner = new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>(.*?)</\\1>`, 's').exec(html)?.[2] ?? '';
  return inner
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('poolStep', () => {
  it.each([
    'op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1',
    'op=maxpool&in=7x5&c=2&k=3x2&s=2x1&d=2x1&pad=same&x=random',
    'op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1',
    'op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1&cip=0&x=random&seed=3',
    'op=avgpool&in=7x6&c=3&k=2x3&s=2&pad=same&x=random',
  ])('%s: every cell gives the reference (max: the winner; average: sum / divisor, bit for bit)', (query) => {
    const plan = planFor(query);
    const padded = paddedOf(plan);
    const ref = referenceOf(plan);
    for (let c = 0; c < plan.channels; c++)
      for (let oy = 0; oy < plan.h.out; oy++)
        for (let ox = 0; ox < plan.w.out; ox++) {
          const s = poolStep(plan, padded, c, oy, ox);
          const want = ref[(c * plan.h.out + oy) * plan.w.out + ox];
          expect(s.value).toBe(want);
          if (s.reduce === 'max') expect(s.taps[s.winner]?.value).toBe(want);
          else expect(s.sum / s.divisor).toBe(want);
          expect(s.taps).toHaveLength(plan.h.k * plan.w.k);
        }
  });
});

describe('the step-through of a pool', () => {
  const MAX = 'op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1';
  it(`${MAX}: writes the max with every value, −∞ on the padding, and marks the winner`, () => {
    expect(textOf(MAX, 'pool-expression')).toBe('out[0, 0, 0] = max(−∞, −∞, −∞, −∞, 1, 2, −∞, 7, 8) = 8');
    expect(textOf(MAX, 'pool-winner')).toBe('8');
    expect(textOf(MAX, 'pool-legend', 3, 3)).toContain('8 of 9 are padding (−∞), which never wins');
  });

  it('in=5 k=3 s=2 pad=1 avgpool cip=0: writes the sum over the divisor of counted cells', () => {
    const q = 'op=avgpool&in=5&k=3&s=2&pad=1,1,1,1&cip=0';
    expect(textOf(q, 'pool-expression')).toBe('out[0, 0, 0] = (0 + 0 + 0 + 0 + 1 + 2 + 0 + 6 + 7) / 4 = 16 / 4 = 4');
    expect(textOf(q, 'pool-divisor')).toBe('4');
    expect(textOf(q, 'pool-legend')).toBe(
      'Divided by 4: the 4 cells of the window that count (count_include_pad=False: only input cells count). 5 of 9 do not count: struck through.',
    );
  });

  it('in=5 k=3 s=2 pad=1 avgpool cip=1: the padding counts, so the corner divides by 9', () => {
    expect(textOf('op=avgpool&in=5&k=3&s=2&pad=1,1,1,1', 'pool-expression')).toBe('out[0, 0, 0] = (0 + 0 + 0 + 0 + 1 + 2 + 0 + 6 + 7) / 9 = 16 / 9 = 1.778');
  });

  it('in=6 k=3 s=2 pad=1 ceil avgpool cip=0: the last window counts one cell', () => {
    expect(textOf('op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1&cip=0', 'pool-legend', 3, 3)).toContain('Divided by 1: the one cell of the window that counts');
  });

  it('in=7x7 k=7 avgpool: 49 values collapse in the middle unless expanded', () => {
    const q = 'op=avgpool&in=7x7&k=7&pad=valid&x=ones';
    expect(textOf(q, 'pool-expression')).toBe(`out[0, 0, 0] = (${Array(8).fill('1').join(' + ')} + … (33 more cells) … + ${Array(8).fill('1').join(' + ')}) / 49 = 49 / 49 = 1`);
    expect(textOf(q, 'pool-expression', 0, 0, true).match(/1 \+/g)).toHaveLength(48);
  });
});
