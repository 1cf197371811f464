import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core';
import { HIDEABLE, shownFields } from './fieldSelectors';
import { FIELDS } from './fieldTable';
import { DEFAULT_VIEW } from './urlState';

describe('the field table', () => {
  it('declares every Config and view setting exactly once, each under its own key', () => {
    const keys = FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const props = (target: string) => FIELDS.filter((f) => f.target === target).map((f) => f.prop).sort();
    expect(props('config')).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    expect(props('view')).toEqual(Object.keys(DEFAULT_VIEW).sort());
  });

  it("takes the layer's defaults from core's DEFAULT_CONFIG and the view's from DEFAULT_VIEW", () => {
    for (const f of FIELDS) {
      const defaults: Record<string, unknown> = f.target === 'config' ? { ...DEFAULT_CONFIG } : { ...DEFAULT_VIEW };
      expect(f.default, f.key).toBe(defaults[f.prop]);
    }
  });

  it('lets a teacher hide only settings that have a control, each explained', () => {
    for (const f of FIELDS.filter((g) => g.hideable)) {
      expect(f.type.control.kind, f.key).not.toBe('none');
      expect(f.help.length, f.key).toBeGreaterThan(10);
    }
    // The v1 hide= list, unchanged (a link that hides `s` still hides the stride), plus the operation and the pooling settings.
    expect(HIDEABLE).toEqual(['op', 'in', 'c', 'f', 'g', 'k', 's', 'd', 'opad', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed', 'ceil', 'cip']);
  });

  it('keeps backend= out of the Layer panel and out of hide=', () => {
    const backend = FIELDS.find((f) => f.key === 'backend');
    expect(backend).toMatchObject({ target: 'view', prop: 'backend', default: 'webgl', hideable: false });
    expect(shownFields(FIELDS, DEFAULT_CONFIG, [], 'layer').map((f) => f.key)).not.toContain('backend');
  });
});
