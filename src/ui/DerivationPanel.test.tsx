import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { derivePlan, type Plan } from '../core';
import { parseQuery } from '../state/urlCodec';
import { DerivationPanel } from './DerivationPanel';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

describe('the derivation of a ceil_mode axis', () => {
  const text = (query: string) => {
    const p = planFor(query);
    return decode(renderToStaticMarkup(<DerivationPanel steps={{ h: p.h.steps, w: p.w.steps }} />).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  };
  it('in=6 k=3 s=2 pad=1 ceil: rounded up, the last window kept, the overhang', () => {
    const t = text('op=maxpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1');
    expect(t).toContain('o′ = ⌈(np − ke)/s⌉ + 1 = ⌈(8 − 3)/2⌉ + 1 = 4');
    expect(t).toContain('o = o′, since (o′−1)·s < n + pb: (4−1)·2 = 6 < 6 + 1, so o = 4');
    expect(t).toContain('h = max((o−1)·s + ke − np, 0) = max((4−1)·2 + 3 − 8, 0) = 1');
  });
  it('in=5 k=3 s=3 pad=1 ceil: the last window removed', () => {
    expect(text('op=maxpool&in=5&k=3&s=3&pad=1,1,1,1&ceil=1')).toContain('o = o′ − 1, since (o′−1)·s ≥ n + pb: (3−1)·3 = 6 ≥ 5 + 1, so o = 2');
  });
  it('a convolution reads as before', () => {
    expect(text('in=5x5&k=3')).toContain('o = ⌊(np − ke)/s⌋ + 1 = ⌊(7 − 3)/1⌋ + 1 = 5');
  });
});

describe('the derivation of a transposed convolution', () => {
  const html = (query: string) => {
    const p = planFor(query);
    return decode(renderToStaticMarkup(<DerivationPanel steps={{ h: p.h.steps, w: p.w.steps }} />));
  };
  const text = (query: string) => html(query).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('in=3 k=3 s=2 pad=1 opad=1: output size, then the direct picture, numbered on', () => {
    const h = html('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1');
    expect(h.match(/<h4>Output size<\/h4>/g)).toHaveLength(2);
    expect(h.match(/<h4>Direct picture \(what the padded grid draws\)<\/h4>/g)).toHaveLength(2);
    expect(h).toContain('<ol start="7">');
    const t = text('op=convt&in=3&k=3&s=2&pad=1,1,1,1&opad=1x1');
    expect(t).toContain('full = (n−1)·s + ke = (3−1)·2 + 3 = 7');
    expect(t).toContain('o = full + q − T − B = 7 + 1 − 1 − 1 = 6');
    // The picture's steps lose the "direct picture:" prefix under their heading.
    expect(t).toContain('zeros inserted between input cells s−1 = s − 1 = 2 − 1 = 1');
    expect(t).not.toContain('direct picture: ');
    expect(t).toContain('PyTorch ConvTranspose2d(padding, output_padding)');
  });

  it('in=3 k=3 s=2 pad=3: a negative border says how many cells it crops', () => {
    expect(text('op=convt&in=3&k=3&s=2&pad=3,3,3,3')).toContain('pb = ke − 1 − T = 3 − 1 − 3 = −1 → 1 cell cropped');
  });

  it('a convolution keeps one untitled list', () => {
    expect(html('in=5&k=3')).not.toContain('<h4>');
  });
});
