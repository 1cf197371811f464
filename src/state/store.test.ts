import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../core';
import { appStore, loadQuery, setConfig } from './store';

describe('store actions', () => {
  beforeEach(() => loadQuery(''));

  it('a size change drops typed values that no longer fit, and keeps ones that do', () => {
    setConfig({ x: { kind: 'values', values: new Array<number>(25).fill(2) }, w: { kind: 'values', values: new Array<number>(9).fill(1) } });
    setConfig({ mode: 'reflect' });
    expect(appStore.getState().config.x.kind).toBe('values');
    setConfig({ input: { h: 6, w: 6 } });
    expect(appStore.getState().config.x).toEqual(DEFAULT_CONFIG.x);
    expect(appStore.getState().config.w.kind).toBe('values');
    setConfig({ channels: 2 });
    expect(appStore.getState().config.w).toEqual(DEFAULT_CONFIG.w);
  });

  it('loading a link replaces the state and reports its notices', () => {
    loadQuery('?k=5&mode=wat');
    const s = appStore.getState();
    expect(s.config.kernel).toEqual({ h: 5, w: 5 });
    expect(s.notices.map((n) => n.key)).toEqual(['mode']);
  });
});
