import { describe, expect, it } from 'vitest';
import { checkSkips, cleanInputs, type NetPlan } from '../../core';
import { netOf } from '../../state/netCache';
import { parseQuery } from '../../state/urlCodec';
import { DEFAULT_URL_STATE } from '../../state/urlState';
import { NET_PRESETS, type NetPreset } from './netPresets';
import { presetQuery } from './presetQuery';

const preset = (id: string) => NET_PRESETS.find((p) => p.id === id) as NetPreset;

/** The network a preset loads, through the same query and codec the button uses. */
function load(p: NetPreset): { net: NetPlan; notices: readonly unknown[] } {
  const { state, notices } = parseQuery(presetQuery(DEFAULT_URL_STATE, p));
  return { net: netOf(state.config, state.view), notices };
}

const outs = (net: NetPlan) => net.layers.map((l) => `${l.out[1]}x${l.out[2]}`);

describe('network presets', () => {
  it.each(NET_PRESETS.map((p) => [p.id, p] as const))('%s loads without a notice and every layer runs', (_, p) => {
    const { net, notices } = load(p);
    expect(notices).toEqual([]);
    expect(net.failure).toBeNull();
    expect(net.layers.length).toBe(p.query.net.split('~').length);
  });

  it('ResNet stem in=224: conv k7 s2 p3 -> 112 (floor drops 1), maxpool k3 s2 p1 -> 56', () => {
    const { net } = load(preset('resnet-stem'));
    expect(outs(net)).toEqual(['112x112', '56x56']);
    expect(net.layers[0]?.out[0]).toBe(64);
    expect(net.layers[0]?.dropped).toEqual({ h: 1, w: 1 });
  });

  it('AlexNet conv1 k11 s4 p0: 224 -> 54 with a row and a column dropped, 227 -> 55 clean', () => {
    const on224 = load(preset('alexnet-224')).net.layers[0];
    const on227 = load(preset('alexnet-227')).net.layers[0];
    expect(on224?.out).toEqual([96, 54, 54]);
    expect(on224?.dropped).toEqual({ h: 1, w: 1 });
    expect(on227?.out).toEqual([96, 55, 55]);
    expect(on227?.dropped).toEqual({ h: 0, w: 0 });
  });

  it('U-Net on 37: skip 3-6 matches, skip 1-8 joins 37 with 36 and offers output_padding 1 on layer 8, pad and crop; 36 and 40 are clean', () => {
    const { net } = load(preset('unet-odd'));
    expect(outs(net)).toEqual(['37x37', '18x18', '18x18', '9x9', '9x9', '18x18', '18x18', '36x36', '36x36']);
    const [inner, outer] = checkSkips(net);
    expect(inner?.matches).toBe(true);
    expect(outer?.matches).toBe(false);
    expect(outer?.diff).toEqual({ h: -1, w: -1 });
    expect(outer?.fixes.map((f) => f.kind)).toEqual(['opad', 'pad', 'crop']);
    expect(outer?.fixes[0]).toEqual({ kind: 'opad', edit: { layer: 8, patch: { opad: { h: 1, w: 1 } } } });
    const clean = cleanInputs(net.network);
    expect([clean.h.below, clean.h.above]).toEqual([36, 40]);
  });

  it('MobileNet block: 224 -> 112, depthwise groups 32, pointwise to 64', () => {
    const { net } = load(preset('mobilenet'));
    expect(net.layers.map((l) => l.out)).toEqual([
      [32, 112, 112],
      [32, 112, 112],
      [64, 112, 112],
    ]);
    expect(net.layers[1]?.layer.groups).toBe(32);
  });

  it('dilated causal stack on 1x64 keeps 64 samples and sees 16 back', () => {
    const { net } = load(preset('causal'));
    expect(outs(net)).toEqual(['1x64', '1x64', '1x64', '1x64']);
    expect(net.layers.map((l) => l.field?.w.r)).toEqual([2, 4, 8, 16]);
  });

  it('a preset keeps the framework and the seed of the current link', () => {
    const state = parseQuery('view=net&fw=torch&seed=7').state;
    const loaded = parseQuery(presetQuery(state, preset('vgg-block'))).state;
    expect(loaded.config.framework).toBe('torch');
    expect(loaded.config.seed).toBe(7);
    expect(loaded.view.view).toBe('net');
  });
});
