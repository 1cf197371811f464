import { beforeEach, describe, expect, it } from 'vitest';
import { addLayer, addSkip, backToNetwork, gridSize, moveLayer, openLayer, removeLayer, updateLayer } from './netActions';
import { appStore, loadQuery, setConfig } from './store';

const view = () => appStore.getState().view;

describe('network editing', () => {
  beforeEach(() => loadQuery('view=net&in=37&c=1&net=conv_f8~maxpool_k2~conv_f16~convt_k2_s2_p0_f8&skip=1-4'));

  it('adds, moves and removes layers, and the skip pairs follow their layers', () => {
    addLayer('avgpool', 0);
    expect(view().net.map((l) => l.op)).toEqual(['avgpool', 'conv', 'maxpool', 'conv', 'convt']);
    expect(view().skips).toEqual([{ from: 2, to: 5 }]);
    moveLayer(2, -1);
    expect(view().net.map((l) => l.op)).toEqual(['conv', 'avgpool', 'maxpool', 'conv', 'convt']);
    expect(view().skips).toEqual([{ from: 1, to: 5 }]);
    removeLayer(5);
    expect(view().skips).toEqual([]);
  });

  it("edits a layer under the grid view's rules: a pool's default stride follows its kernel", () => {
    updateLayer(2, { kernel: { h: 3, w: 3 } });
    expect(view().net[1]).toMatchObject({ kernel: { h: 3, w: 3 }, stride: { h: 3, w: 3 } });
  });

  it('refuses a 17th layer', () => {
    loadQuery(`view=net&net=${Array(16).fill('conv').join('~')}`);
    expect(addLayer()).toBe(false);
    expect(view().net).toHaveLength(16);
  });

  it('does not add a skip pair twice', () => {
    addSkip(4, 1);
    expect(view().skips).toEqual([{ from: 1, to: 4 }]);
  });
});

describe('a layer opened in the single-layer view', () => {
  it('shows a size the grid can hold with the same border (112 at stride 2 → 64), and comes back with the edits', () => {
    expect(gridSize(112, 2)).toBe(64);
    expect(gridSize(113, 2)).toBe(63);
    expect(gridSize(100, 3)).toBe(64);
    loadQuery('view=net&in=224&c=3&net=conv_k7_s2_p3_f64~maxpool_k3_s2_p1~conv_f128');
    openLayer(2);
    const opened = appStore.getState();
    expect(opened.view).toMatchObject({ view: 'grid', layer: 2 });
    // Layer 2 reads layer 1's 64×112×112, shown as 4×64×64.
    expect(opened.config).toMatchObject({ op: 'maxpool', input: { h: 64, w: 64 }, channels: 4 });
    expect(opened.notices.map((n) => n.message).join(' ')).toMatch(/input 112×112 shown as 64×64.*channels 64 as 4/);
    setConfig({ kernel: { h: 2, w: 2 } });
    backToNetwork();
    const back = appStore.getState();
    expect(back.view.view).toBe('net');
    expect(back.config.input).toEqual({ h: 224, w: 224 });
    expect(back.view.net[1]).toMatchObject({ kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 } });
    // The filters of layer 3 were never opened; layer 1's 64 filters were not clamped on the way back.
    expect(back.view.net.map((l) => l.filters)).toEqual([64, 1, 128]);
  });

  it("keeps a clamped count as the network had it when the user did not change it (filters 128 shown as 4)", () => {
    loadQuery('view=net&in=16&c=3&net=conv_f128');
    openLayer(1);
    expect(appStore.getState().config.filters).toBe(4);
    setConfig({ dilation: { h: 2, w: 2 } });
    backToNetwork();
    expect(view().net[0]).toMatchObject({ filters: 128, dilation: { h: 2, w: 2 } });
  });

  it('goes back unchanged when a hand-edited layer= names no layer of the network', () => {
    loadQuery(`layer=5&back=${encodeURIComponent('view=net&in=16&net=conv_f8~maxpool_k2')}`);
    backToNetwork();
    expect(view()).toMatchObject({ view: 'net', layer: 0 });
    expect(view().net.map((l) => l.op)).toEqual(['conv', 'maxpool']);
  });
});
