import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../core';
import { FIELDS } from '../../state/fieldTable';
import { ConfigEditor } from '../compare/ConfigEditor';
import { HideChoices } from '../share/HideControls';
import { LayerFields } from './ControlsPanel';

// The names e2e specs and screen-reader users find controls by (e2e/a11y.spec.ts, keyboard.spec.ts,
// compare.spec.ts), written out by hand: the table must keep them as they were before it existed.
const noop = () => undefined;
/** Explicit pads, constant mode and a random preset: every conditional control is shown. */
const everything: Config = { ...DEFAULT_CONFIG, pad: { kind: 'explicit', top: 1, bottom: 2, left: 0, right: 1 }, mode: 'constant', x: { kind: 'preset', preset: 'random' } };
const text = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
const labels = (html: string) => text(html, /<label for="[^"]*">(.*?)<\/label>/g);
const ariaLabels = (html: string) => text(html, /aria-label="([^"]*)"/g);

describe('control names', () => {
  it('the Layer panel labels every setting as before', () => {
    const html = renderToStaticMarkup(<LayerFields fields={FIELDS} config={everything} hide={[]} onChange={noop} />);
    expect(labels(html)).toEqual([
      'Operation',
      'Input',
      'Channels',
      'Filters',
      'Groups',
      'Kernel',
      'Stride',
      'Dilation',
      'Border',
      'Padding T B L R',
      'Padding mode',
      'Constant',
      'Framework',
      'True convolution (flip)',
      'Input values',
      'Kernel values',
      'Seed',
    ]);
    const names = ariaLabels(html);
    const boxes = names.filter((n) => !n.endsWith(' slider'));
    // Each size box has its slider beside it, named after it (controls/SizeSlider.tsx).
    expect(names.filter((n) => n.endsWith(' slider'))).toEqual(boxes.filter((n) => !n.includes(':')).map((n) => `${n} slider`));
    expect(boxes).toEqual([
      'Input height',
      'Input width',
      'Input: same value for both axes',
      'Kernel height',
      'Kernel width',
      'Kernel: same value for both axes',
      'Stride height',
      'Stride width',
      'Stride: same value for both axes',
      'Dilation height',
      'Dilation width',
      'Dilation: same value for both axes',
      'Padding top',
      'Padding bottom',
      'Padding left',
      'Padding right',
    ]);
    expect(html).toMatch(/<option value="keras"[^>]*>Keras \/ TensorFlow<\/option>/);
    expect(html).toMatch(/<option value="avgpool"[^>]*>Average pooling<\/option>/);
  });

  it('a pooling layer shows its own settings and none of the kernel\'s', () => {
    const html = renderToStaticMarkup(<LayerFields fields={FIELDS} config={{ ...everything, op: 'avgpool' }} hide={[]} onChange={noop} />);
    expect(labels(html)).toEqual([
      'Operation',
      'Input',
      'Channels',
      'Kernel',
      'Stride',
      'Dilation',
      'Border',
      'Padding T B L R',
      'Framework',
      'Input values',
      'Seed',
      'Ceil mode (ceil_mode)',
      'Count padding (count_include_pad)',
    ]);
    const max = renderToStaticMarkup(<LayerFields fields={FIELDS} config={{ ...everything, op: 'maxpool' }} hide={[]} onChange={noop} />);
    expect(labels(max)).toContain('Ceil mode (ceil_mode)');
    expect(labels(max)).not.toContain('Count padding (count_include_pad)');
  });

  it('the compare editor names each control with its side', () => {
    const html = renderToStaticMarkup(<ConfigEditor side="B" config={everything} hide={[]} onChange={noop} />);
    expect(labels(html)).toEqual(['B Operation', 'B Input', 'B Kernel', 'B Stride', 'B Dilation', 'B Border', 'B Mode', 'B Framework']);
    expect(html).toMatch(/<span class="compare-field-label" id="([^"]*)">Pads T B L R<\/span><span role="group" aria-labelledby="\1">/);
    expect(ariaLabels(html).filter((n) => !n.includes('both axes'))).toEqual([
      'Configuration B settings',
      'B input height',
      'B input width',
      'B kernel height',
      'B kernel width',
      'B stride height',
      'B stride width',
      'B dilation height',
      'B dilation width',
      'B padding top',
      'B padding bottom',
      'B padding left',
      'B padding right',
    ]);
  });

  it('the teacher panel offers the same controls, in schema order, by key and name', () => {
    const html = renderToStaticMarkup(<HideChoices fields={FIELDS} hide={['k']} onChange={noop} />);
    expect(text(html, /<label>(.*?)<\/label>/g)).toEqual([
      'op Operation',
      'in Input',
      'c Channels',
      'f Filters',
      'g Groups',
      'k Kernel',
      's Stride',
      'd Dilation',
      'opad Output padding',
      'pad Border and padding',
      'mode Padding mode',
      'cval Constant',
      'fw Framework',
      'flip True convolution (flip)',
      'x Input values',
      'w Kernel values',
      'seed Seed',
      'ceil Ceil mode (ceil_mode)',
      'cip Count padding (count_include_pad)',
    ]);
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });

  it('hide= hides a control in both editors, and a hidden border hides its sides too', () => {
    const panel = renderToStaticMarkup(<LayerFields fields={FIELDS} config={everything} hide={['pad', 'mode']} onChange={noop} />);
    expect(labels(panel)).not.toContain('Border');
    expect(labels(panel)).not.toContain('Padding T B L R');
    expect(labels(panel)).not.toContain('Padding mode');
    const editor = renderToStaticMarkup(<ConfigEditor side="A" config={everything} hide={['pad', 'mode']} onChange={noop} />);
    expect(labels(editor)).toEqual(['A Operation', 'A Input', 'A Kernel', 'A Stride', 'A Dilation', 'A Framework']);
    expect(editor).not.toContain('padding top');
  });
});
