import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { derivePlan, referenceOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { stampOf } from './stamp';
import { StampView } from './StampView';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

function render(query: string, channel: number, filter: number, i: number, j: number): string {
  const plan = planFor(query);
  return renderToStaticMarkup(
    <StampView plan={plan} stamp={stampOf(plan, channel, filter, i, j)} reference={referenceOf(plan)} engine={null} expanded={false} onToggleExpanded={() => {}} />,
  );
}

describe('the scatter step written out', () => {
  const PLAIN = 'op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1';
  it('input (1, 1): every tap with its product and target formula, the first target\'s sum', () => {
    const t = text(render(PLAIN, 0, 0, 1, 1));
    expect(t).toContain('x[0, 1, 1] = 5 stamps w[0, 0], scaled by 5: 9 of 9 taps land on the kept output');
    expect(t).toContain('x[0, 1, 1] · w[0, 0, a, b]');
    expect(t).toContain('(0, 0) 5·1 = 5 out[0, 1, 1] (1·2 + 0·1 − 1, 1·2 + 0·1 − 1)');
    // Kept (1, 1) is uncropped (2, 2): inputs (0, 0), (0, 1), (1, 0), (1, 1) land there; ramp 1, 2, 4, 5.
    expect(t).toContain('Overlaps add up: out[0, 1, 1] = 1·1 + 2·1 + 4·1 + 5·1 = 12');
    expect(t).toContain('4 stamps land there');
  });
  it('input (0, 0): cut taps say where they would land, in the typographic minus', () => {
    const t = text(render(PLAIN, 0, 0, 0, 0));
    expect(t).toContain('(0·2 + 0·1 − 1, 0·2 + 0·1 − 1) = (−1, −1): outside the kept output, cut by the crop');
    expect(render(PLAIN, 0, 0, 0, 0).match(/stamp-row-cut/g)).toHaveLength(5);
  });
  it('a channel of another group: no table, the filters it feeds', () => {
    const t = text(render('op=convt&in=3&k=3&s=2&pad=valid&c=2&f=4&g=2', 0, 3, 0, 0));
    expect(t).toContain('Channel 0 does not feed filter 3: its stamps land on filters 0–1 only (another group).');
  });
});
