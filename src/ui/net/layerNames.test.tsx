import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultLayer, type NetLayer } from '../../core';
import { LayerEditors } from './LayerEditors';
import { layerFields } from './netFields';

/** Every accessible name a row's settings get: label texts (tags stripped) and aria-labels. */
function names(layer: NetLayer, index: number): string[] {
  const html = renderToStaticMarkup(<LayerEditors index={index} layer={layer} fields={layerFields(layer, []).filter((f) => f.key !== 'op')} />);
  const labels = [...html.matchAll(/<label for="[^"]*">(.*?)<\/label>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const aria = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]!);
  return [...labels, ...aria];
}

describe('layer row names', () => {
  it('a convt row names each setting with its layer number, only the settings a convt has', () => {
    const all = names({ ...defaultLayer('convt'), pad: { kind: 'explicit', top: 1, bottom: 1, left: 0, right: 0 } }, 2);
    expect(all.every((n) => n.startsWith('Layer 2 '))).toBe(true);
    for (const n of ['Layer 2 kernel height', 'Layer 2 stride width', 'Layer 2 output padding height', 'Layer 2 padding top', 'Layer 2 Filters', 'Layer 2 Border']) expect(all).toContain(n);
    expect(all.some((n) => /ceil/i.test(n))).toBe(false);
  });

  it('an avgpool row has ceil_mode and count_include_pad, no filters or mode', () => {
    const all = names(defaultLayer('avgpool'), 3);
    expect(all).toContain('Layer 3 ceil_mode');
    expect(all).toContain('Layer 3 count_include_pad');
    expect(all.some((n) => /Filters|Mode/.test(n))).toBe(false);
  });

  it('filters go to the network view limit (256), not the grid view’s 4', () => {
    const html = renderToStaticMarkup(<LayerEditors index={1} layer={defaultLayer('conv')} fields={layerFields(defaultLayer('conv'), [])} />);
    expect(html).toMatch(/max="256"/);
  });
});
