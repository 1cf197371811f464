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

// A setting the app does not have: groups (`g`, design.md's URL table), declared the way a later issue
// would add it. `prop` is cast because Config has no `groups` yet; everything else is an ordinary entry.
const GROUPS = configField({
  key: 'g',
  prop: 'groups' as 'seed',
  label: 'Groups',
  noun: 'groups',
  help: 'Groups g: C and F both divisible by g.',
  compact: true,
  type: intType('channels'),
  default: 1,
});
const TABLE = [...FIELDS, GROUPS];
const codec = makeUrlCodec(TABLE);
const withGroups = (g: number) => ({ ...DEFAULT_CONFIG, groups: g }) as Config;
const noop = () => undefined;

describe('a new entry in the field table', () => {
  it('is read from a link, clamped with a notice, and written back only when not the default', () => {
    expect(parseQuery('g=2').notices).toEqual([{ key: 'g', message: 'Ignored unknown setting "g".' }]);
    const read = codec.parseQuery('g=2');
    expect(read.notices).toEqual([]);
    expect(read.state.config).toEqual(withGroups(2));
    expect(codec.parseQuery('g=9')).toEqual({
      state: { config: withGroups(4), view: DEFAULT_VIEW },
      notices: [{ key: 'g', message: 'g=9 is outside 1..4 for the groups; used 4.' }],
    });
    expect(codec.parseQuery('g=two').notices).toEqual([{ key: 'g', message: 'Could not read g=two (a whole number is expected); used 1.' }]);
    expect(codec.formatQuery({ config: withGroups(3), view: { ...DEFAULT_VIEW, hide: ['g'] } })).toBe('v=1&hide=g&g=3');
    expect(codec.formatQuery({ config: withGroups(1), view: DEFAULT_VIEW })).toBe('v=1');
  });

  it('can be hidden by a teacher: hide= accepts it and the teacher panel offers it', () => {
    expect(HIDEABLE).not.toContain('g');
    expect(hideableKeys(TABLE)).toEqual([...HIDEABLE, 'g']);
    expect(parseQuery('hide=g').notices).toHaveLength(1);
    expect(codec.parseQuery('hide=s,g')).toMatchObject({ state: { view: { hide: ['s', 'g'] } }, notices: [] });
    expect(renderToStaticMarkup(<HideChoices fields={FIELDS} hide={[]} onChange={noop} />)).not.toContain('Groups');
    expect(renderToStaticMarkup(<HideChoices fields={TABLE} hide={[]} onChange={noop} />)).toContain('<code>g</code> Groups</label>');
  });

  it('gets a labelled, explained control in the Layer panel and the compare editor, gone when hidden', () => {
    const panel = (hide: string[]) => renderToStaticMarkup(<LayerFields fields={TABLE} config={withGroups(3)} hide={hide} onChange={noop} />);
    expect(panel([])).toMatch(/<label[^>]*>Groups<\/label><input[^>]*type="number"[^>]*min="1" max="4"[^>]*value="3"/);
    expect(panel([])).toContain('Groups g: C and F both divisible by g.');
    expect(panel(['g'])).not.toContain('Groups');
    expect(renderToStaticMarkup(<LayerFields fields={FIELDS} config={withGroups(3)} hide={[]} onChange={noop} />)).not.toContain('Groups');
    const editor = renderToStaticMarkup(<ConfigEditor side="B" fields={TABLE} config={withGroups(3)} hide={[]} onChange={noop} />);
    expect(editor).toMatch(/B <\/span>Groups<\/label><input[^>]*value="3"/);
  });

  it('appears only for the operations it applies to', () => {
    const none = { ...GROUPS, ops: [] };
    expect(shownFields([...FIELDS, none], withGroups(3), [], 'layer').map((f) => f.key)).not.toContain('g');
    expect(shownFields(TABLE, withGroups(3), [], 'layer').map((f) => f.key)).toContain('g');
    // A link still reads it: a setting that does not apply to this layer is kept, not dropped.
    expect(makeUrlCodec([...FIELDS, none]).parseQuery('g=2').state.config).toEqual(withGroups(2));
  });
});
