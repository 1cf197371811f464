import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../core';
import { DEFAULT_VIEW } from '../../state/urlState';
import { embedSnippet, embedTitle, viewUrl } from './embedLinks';

const CONFIG = { ...DEFAULT_CONFIG, input: { h: 6, w: 6 }, stride: { h: 2, w: 2 } };

describe('embed links', () => {
  it('can link the embedded view and the full view of the same configuration', () => {
    const base = 'https://example.org/padlab/?in=6&embed=1#x';
    const embedded = new URL(viewUrl(base, CONFIG, DEFAULT_VIEW, true));
    const full = new URL(viewUrl(base, CONFIG, { ...DEFAULT_VIEW, embed: true }, false));
    expect(embedded.pathname).toBe('/padlab/');
    expect(embedded.searchParams.get('embed')).toBe('1');
    expect(full.searchParams.get('embed')).toBeNull();
    expect(full.searchParams.get('in')).toBe('6x6');
    expect(full.searchParams.get('s')).toBe('2x2');
  });

  it('writes an iframe snippet with its attributes escaped', () => {
    const snippet = embedSnippet('https://example.org/?in=6&embed=1', 'a "quoted" <title>', 812.4);
    expect(snippet).toBe(
      '<iframe src="https://example.org/?in=6&amp;embed=1" title="a &quot;quoted&quot; &lt;title>" loading="lazy" style="width:100%;height:812px;border:0"></iframe>',
    );
    expect(embedTitle(CONFIG)).toBe('Padlab: convolution, 6×6 input, 3×3 kernel, stride 2×2, same padding');
  });
});
