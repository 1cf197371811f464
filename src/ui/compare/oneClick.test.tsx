/**
 * Which one-click comparisons each place offers, and the compare editor's
 * fields for a pool (the field table's `compact` settings that apply to it).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../core';
import { ConfigEditor } from './ConfigEditor';
import { gridNoun, sharedGridNoun, sideSummary } from './compareWords';
import { launcherFor, offeredFor } from './oneClick';

const max: Config = { ...DEFAULT_CONFIG, op: 'maxpool', stride: { h: 3, w: 3 }, pad: { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, ceil: true };
const avg: Config = { ...max, op: 'avgpool', ceil: false, cip: false };

describe('one-click comparisons', () => {
  it('a convolution is offered its own and both pooling ones; the header launches its own', () => {
    expect(offeredFor(DEFAULT_CONFIG).map((c) => c.id)).toEqual(['tf-same-vs-torch', 'torch-ceil-vs-tf-same', 'torch-cip-vs-tf-same', 'keras-same-vs-torch-convt']);
    expect(launcherFor(DEFAULT_CONFIG).id).toBe('tf-same-vs-torch');
  });

  it('a pool is offered the pooling ones, the header launching the one for its kind', () => {
    expect(offeredFor(max).map((c) => c.id)).toEqual(['torch-ceil-vs-tf-same', 'torch-cip-vs-tf-same']);
    expect(launcherFor(max).id).toBe('torch-ceil-vs-tf-same');
    expect(launcherFor(avg).id).toBe('torch-cip-vs-tf-same');
  });

  it('a transposed convolution is offered (and the header launches) Keras same vs PyTorch\'s usual port', () => {
    const up: Config = { ...DEFAULT_CONFIG, op: 'convt', stride: { h: 2, w: 2 } };
    expect(offeredFor(up).map((c) => c.id)).toEqual(['keras-same-vs-torch-convt']);
    expect(launcherFor(up).id).toBe('keras-same-vs-torch-convt');
  });
});

describe('compare words', () => {
  it('a pool names its operation, rounding and divisor instead of a padding mode', () => {
    expect(sideSummary(max)).toBe('Keras / TensorFlow · Max pooling · pad explicit 1,1,1,1 · ceil_mode=True');
    expect(sideSummary(avg)).toBe('Keras / TensorFlow · Average pooling · pad explicit 1,1,1,1 · divides by the real cells');
    // count_include_pad=True counts declared pads, but never under TF's same (design.md).
    expect(sideSummary({ ...avg, cip: true })).toContain('divides by the whole window');
    expect(sideSummary({ ...avg, cip: true, pad: { kind: 'same' } })).toContain('divides by the real cells');
    expect(sideSummary(DEFAULT_CONFIG)).toBe('Keras / TensorFlow · pad same · zeros');
  });

  it("a pool's output grids are channels, a convolution's filters", () => {
    expect(gridNoun(max)).toBe('channel');
    expect(sharedGridNoun(DEFAULT_CONFIG, DEFAULT_CONFIG)).toBe('filter');
    expect(sharedGridNoun(max, avg)).toBe('channel');
    expect(sharedGridNoun(DEFAULT_CONFIG, max)).toBe('output channel');
  });
});

describe('the compare editor for a pool', () => {
  const labels = (html: string) => [...html.matchAll(/<label for="[^"]*">(.*?)<\/label>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const noop = () => undefined;
  /** The `<input>` tag a visible label (without its side) names. */
  function inputFor(html: string, label: string): string {
    const id = [...html.matchAll(/<label for="([^"]*)">(.*?)<\/label>/g)].find((m) => m[2]!.replace(/<[^>]+>/g, '').endsWith(` ${label}`))?.[1];
    return html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? '';
  }

  it('a max pool: ceil_mode (checked), no padding mode, no count_include_pad', () => {
    const html = renderToStaticMarkup(<ConfigEditor side="A" config={max} hide={[]} onChange={noop} />);
    expect(labels(html)).toEqual(['A Operation', 'A Input', 'A Kernel', 'A Stride', 'A Dilation', 'A Border', 'A Framework', 'A ceil_mode']);
    expect(inputFor(html, 'ceil_mode')).toMatch(/type="checkbox".*checked=""/);
  });

  it('an average pool: ceil_mode and count_include_pad, both unchecked here', () => {
    const html = renderToStaticMarkup(<ConfigEditor side="B" config={avg} hide={[]} onChange={noop} />);
    expect(labels(html)).toEqual(['B Operation', 'B Input', 'B Kernel', 'B Stride', 'B Dilation', 'B Border', 'B Framework', 'B ceil_mode', 'B count_include_pad']);
    for (const flag of ['ceil_mode', 'count_include_pad']) {
      expect(inputFor(html, flag)).toContain('type="checkbox"');
      expect(inputFor(html, flag)).not.toContain('checked');
    }
  });
});
