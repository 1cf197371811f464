import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { DotProductView } from './DotProductView';
import { dotProduct } from './terms';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

/** The text a reader sees in the dot product line (tags dropped, entities decoded, spaces collapsed). */
function expression(query: string, filter = 0, expanded = false, testId = 'dot-product', cell: [number, number] = [0, 0]): string {
  const plan = planFor(query);
  const dot = dotProduct(plan, paddedOf(plan), filter, cell[0], cell[1]);
  const html = renderToStaticMarkup(
    <DotProductView dot={dot} mode={plan.config.mode} transposed={plan.transposed !== null} reference={dot.sum} engine={null} expanded={expanded} onToggleExpanded={() => {}} />,
  );
  // The expression is a <p>; the skipped-channels note a <span> without nested spans.
  const tag = testId === 'dot-product' ? 'p' : 'span';
  const line = new RegExp(`<${tag}[^>]*data-testid="${testId}"[^>]*>(.*?)</${tag}>`, 's').exec(html)?.[1] ?? '';
  return line
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the dot product as the step-through writes it', () => {
  it('in=3x3 k=3 valid: every product written out, negatives in parentheses, then the sum', () => {
    expect(expression('in=3x3&k=3&pad=valid&x=1,2,3,4,5,6,7,8,9&w=1,0,-1,1,0,-1,1,0,-1')).toBe(
      'out[0, 0, 0] = 1·1 + 2·0 + 3·(-1) + 4·1 + 5·0 + 6·(-1) + 7·1 + 8·0 + 9·(-1) = -6',
    );
  });

  it('in=1x1 k=3 same: the 8 padding values are named as padding', () => {
    const text = expression('in=1x1&k=3&pad=same&x=5&w=ones');
    expect(text.match(/0 \(padding\)·1/g)).toHaveLength(8);
    expect(text).toContain('+ 5·1 +');
    expect(text.endsWith('= 5')).toBe(true);
  });

  it('c=2 f=2: grouped per channel, for the chosen filter', () => {
    expect(expression('in=1x1&c=2&f=2&k=1&pad=valid&x=2,3&w=4,5,6,7', 1)).toBe('out[1, 0, 0] = c0:2·6 + c1:3·7 = 33');
  });

  it('k=7: collapsed in the middle unless expanded', () => {
    const q = 'in=7x7&k=7&pad=valid&w=ones&x=ones';
    expect(expression(q)).toBe(`out[0, 0, 0] = ${Array(8).fill('1·1').join(' + ')} + … (33 more terms) … + ${Array(8).fill('1·1').join(' + ')} = 49`);
    expect(expression(q, 0, true).match(/1·1/g)).toHaveLength(49);
  });

  it('in=1x1 x=12345.6 k=1 w=1 valid: prints 12346, as the grid hover does (one number format)', () => {
    expect(expression('in=1x1&k=1&pad=valid&x=12345.6&w=1')).toBe('out[0, 0, 0] = 12346·1 = 12346');
  });

  it('c=4 f=2 g=2: filter 1 prints channels 2–3 only and says it left channels 0–1 out', () => {
    const q = 'in=1x1&c=4&f=2&g=2&k=1&pad=valid&x=1,2,3,4&w=5,6,7,8';
    // OIHW (F, C/g, 1, 1): filter 1 holds 7, 8 for channels 2, 3.
    expect(expression(q, 1)).toBe('out[1, 0, 0] = c2:3·7 + c3:4·8 = 53');
    expect(expression(q, 1, false, 'dot-skipped')).toContain('does not read channels 0–1 (another group)');
  });

  it('convt in=2 k=2 s=2 valid: the direct picture\'s inserted zeros are named, the kernel rotated', () => {
    // Picture row 1: border, 1, inserted, 2, border; the rotated kernel of w = 1,2,3,4 is 4,3,2,1.
    const text = expression('op=convt&in=2x2&k=2&s=2&pad=valid&x=1,2,3,4&w=1,2,3,4', 0, false, 'dot-product', [1, 1]);
    expect(text).toBe('out[0, 1, 1] = 1·4 + 0 (inserted zero)·3 + 0 (inserted zero)·2 + 0 (inserted zero)·1 = 4');
  });
});
