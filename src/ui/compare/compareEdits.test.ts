import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../core';
import { appStore, loadQuery, setConfig } from '../../state/store';
import { editB, readB } from './compareState';

const typed = (n: number) => ({ kind: 'values' as const, values: Array.from({ length: n }, (_, i) => i + 1) });
/** B after an edit, read back from the link as the compare view reads it. */
const bNow = () => readB(appStore.getState().view.b, appStore.getState().config);

describe("B's edits follow the same rules as A's", () => {
  beforeEach(() => loadQuery('view=compare'));

  it('c 1 -> 2 on B with 9 typed kernel values drops them (the link stays clean: no "w has 9 numbers" notice)', () => {
    editB({ ...DEFAULT_CONFIG, w: typed(9) }, { channels: 2 });
    const b = bNow();
    expect(b.notices).toEqual([]);
    expect(b.config.channels).toBe(2);
    expect(b.config.w).toEqual({ kind: 'preset', preset: 'ones' });
  });

  it('an input change that keeps the count keeps B\'s typed values, as it does for A (4x6 -> 6x4, 24 values)', () => {
    const start: Config = { ...DEFAULT_CONFIG, input: { h: 4, w: 6 }, x: typed(24) };
    editB(start, { input: { h: 6, w: 4 } });
    setConfig(start);
    setConfig({ input: { h: 6, w: 4 } });
    expect(bNow().config).toEqual(appStore.getState().config);
    expect(bNow().config.x).toEqual(typed(24));
  });

  it('the same edits to A and to B give the same configuration', () => {
    const start: Config = { ...DEFAULT_CONFIG, x: typed(25), w: typed(9) };
    for (const patch of [{ input: { h: 6, w: 6 } }, { kernel: { h: 1, w: 9 } }, { filters: 2 }, { mode: 'reflect' as const }]) {
      setConfig(start);
      setConfig(patch);
      editB(start, patch);
      expect(bNow().config, JSON.stringify(patch)).toEqual(appStore.getState().config);
      expect(bNow().notices, JSON.stringify(patch)).toEqual([]);
    }
  });
});
