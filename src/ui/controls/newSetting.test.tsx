import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../core';
import { hideableKeys, HIDEABLE, shownFields } from '../../state/fieldSelectors';
import { configField, FIELDS } from '../../state/fieldTable';
import { intType } from '../../state/fieldTypes';
import { makeUrlCodec, parseQuery } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/urlState';
import { ConfigEditor } from '../compare/ConfigEditor';
import { HideChoices } from '../share/HideControls';
import { LayerFields } from './ControlsPanel';

// A setting the app does not have: a batch size (`n`), declared the way a later issue would add one.
// `prop` is cast because Config has no `batch`; everything else is an ordinary entry.
const BATCH = configField({
  key: 'n',
  prop: 'batch' as 'seed',
  label: 'Batch',
  noun: 'batch size',
  help: 'Batch n: images run together.',
  compact: true,
  type: intType('channels'),
  default: 1,
});
const TABLE = [...FIELDS, BATCH];
const codec = makeUrlCodec(TABLE);
const withBatch = (g: number) => ({ ...DEFAULT_CONFIG, batch: g }) as Config;
const noop = () => undefined;

describe('a new entry in the field table', () => {
  it('is read from a link, clamped with a notice, and written back only when not the default', () => {
    expect(parseQuery('n=2').notices).toEqual([{ key: 'n', message: 'Ignored unknown setting "n".' }]);
    const read = codec.parseQuery('n=2');
    expect(read.notices).toEqual([]);
    expect(read.state.config).toEqual(withBatch(2));
    expect(codec.parseQuery('n=9')).toEqual({
      state: { config: withBatch(4), view: DEFAULT_VIEW },
      notices: [{ key: 'n', message: 'n=9 is outside 1..4 for the batch size; used 4.' }],
    });
    expect(codec.parseQuery('n=two').notices).toEqual([{ key: 'n', message: 'Could not read n=two (a whole number is expected); used 1.' }]);
    expect(codec.formatQuery({ config: withBatch(3), view: { ...DEFAULT_VIEW, hide: ['n'] } })).toBe('v=1&hide=n&n=3');
    expect(codec.formatQuery({ config: withBatch(1), view: DEFAULT_VIEW })).toBe('v=1');
  });

  it('can be hidden by a teacher: hide= accepts it and the teacher panel offers it', () => {
    expect(HIDEABLE).not.toContain('n');
    expect(hideableKeys(TABLE)).toEqual([...HIDEABLE, 'n']);
    expect(parseQuery('hide=n').notices).toHaveLength(1);
    expect(codec.parseQuery('hide=s,n')).toMatchObject({ state: { view: { hide: ['s', 'n'] } }, notices: [] });
    expect(renderToStaticMarkup(<HideChoices fields={FIELDS} hide={[]} onChange={noop} />)).not.toContain('Batch');
    expect(renderToStaticMarkup(<HideChoices fields={TABLE} hide={[]} onChange={noop} />)).toContain('<code>n</code> Batch</label>');
  });

  it('gets a labelled, explained control in the Layer panel and the compare editor, gone when hidden', () => {
    const panel = (hide: string[]) => renderToStaticMarkup(<LayerFields fields={TABLE} config={withBatch(3)} hide={hide} onChange={noop} />);
    expect(panel([])).toMatch(/<label[^>]*>Batch<\/label><input[^>]*type="number"[^>]*min="1" max="4"[^>]*value="3"/);
    expect(panel([])).toContain('Batch n: images run together.');
    expect(panel(['n'])).not.toContain('Batch');
    expect(renderToStaticMarkup(<LayerFields fields={FIELDS} config={withBatch(3)} hide={[]} onChange={noop} />)).not.toContain('Batch');
    const editor = renderToStaticMarkup(<ConfigEditor side="B" fields={TABLE} config={withBatch(3)} hide={[]} onChange={noop} />);
    expect(editor).toMatch(/B <\/span>Batch<\/label><input[^>]*value="3"/);
  });

  it('appears only for the operations it applies to', () => {
    const none = { ...BATCH, ops: [] };
    expect(shownFields([...FIELDS, none], withBatch(3), [], 'layer').map((f) => f.key)).not.toContain('n');
    expect(shownFields(TABLE, withBatch(3), [], 'layer').map((f) => f.key)).toContain('n');
    // A link still reads it: a setting that does not apply to this layer is kept, not dropped.
    expect(makeUrlCodec([...FIELDS, none]).parseQuery('n=2').state.config).toEqual(withBatch(2));
  });
});
