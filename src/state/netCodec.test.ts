import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netLayerArb, skipsArb } from '../testing/netArbitraries';
import { netText, readNet, readSkips, skipsText } from './netCodec';
import { formatQuery, parseQuery } from './urlCodec';

describe('net= codec', () => {
  it("reads design.md's example: conv_k7_s2_p3_f8 ~ maxpool_k3_s2_p1 ~ convt_k4_s2_p1", () => {
    const { layers, problems } = readNet('conv_k7_s2_p3_f8~maxpool_k3_s2_p1~convt_k4_s2_p1');
    expect(problems).toEqual([]);
    expect(layers.map((l) => [l.op, l.kernel.h, l.stride.w, l.pad, l.filters])).toEqual([
      ['conv', 7, 2, { kind: 'explicit', top: 3, bottom: 3, left: 3, right: 3 }, 8],
      ['maxpool', 3, 2, { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, 1],
      ['convt', 4, 2, { kind: 'explicit', top: 1, bottom: 1, left: 1, right: 1 }, 1],
    ]);
  });

  it('reads every field form: pairs, H x W pads, T.B.L.R pads, named pads, flags and modes, in any order', () => {
    const [a, b] = readNet('conv_mreflect_p1x2_k3x5_d2_g2_f4~avgpool_cip0_ceil_k2_p0.1.0.1_psame-lower').layers;
    expect(a).toMatchObject({ mode: 'reflect', pad: { kind: 'explicit', top: 1, bottom: 1, left: 2, right: 2 }, kernel: { h: 3, w: 5 }, dilation: { h: 2, w: 2 }, groups: 2, filters: 4 });
    // The later p wins; a pool's absent stride is its kernel.
    expect(b).toMatchObject({ op: 'avgpool', cip: false, ceil: true, pad: { kind: 'same-lower' }, stride: { h: 2, w: 2 } });
  });

  it('takes the defaults for absent fields: same padding, stride 1 (a pool: its kernel), one filter', () => {
    const [conv, pool] = readNet('conv~maxpool_k3').layers;
    expect(conv).toMatchObject({ kernel: { h: 3, w: 3 }, stride: { h: 1, w: 1 }, pad: { kind: 'same' }, filters: 1 });
    expect(pool?.stride).toEqual({ h: 3, w: 3 });
  });

  it('round-trips every layer list the view can hold', () => {
    fc.assert(
      fc.property(fc.array(netLayerArb, { maxLength: 16 }), skipsArb, (layers, skips) => {
        expect(readNet(netText(layers))).toEqual({ layers, problems: [] });
        expect(readSkips(skipsText(skips))).toEqual({ skips, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('names the layer and the reason for what it cannot read, and keeps the rest', () => {
    const { layers, problems } = readNet('conv_k3~pool_k2~conv_k99_q1~conv_pbig');
    expect(layers.map((l) => l.op)).toEqual(['conv', 'conv', 'conv']);
    expect(layers[1]?.kernel).toEqual({ h: 15, w: 15 });
    expect(problems).toEqual([
      'net: layer 2 (pool_k2): unknown operation pool (expected conv, convt, maxpool, avgpool).',
      'net: layer 3 (conv_k99_q1): the kernel must be 1..15; used 15x15.',
      'net: layer 3 (conv_k99_q1): field q1 not read (fields: k (kernel), s (stride), d (dilation), p (padding), f (filters), g (groups), o (output padding), ceil, cip0, m (mode), cv (constant)); left it out.',
      'net: layer 4 (conv_pbig): field pbig not read (fields: k (kernel), s (stride), d (dilation), p (padding), f (filters), g (groups), o (output padding), ceil, cip0, m (mode), cv (constant)); left it out.',
    ]);
  });

  it('keeps at most 16 layers and says so', () => {
    const { layers, problems } = readNet(Array(20).fill('conv').join('~'));
    expect(layers).toHaveLength(16);
    expect(problems).toEqual(['net: a network holds at most 16 layers; kept the first 16 of 20.']);
  });

  it('writes a 16-layer network in under 400 characters of query', () => {
    const raw = Array.from({ length: 8 }, (_, i) => `conv_k3_f${32 * (i + 1)}~maxpool_k2`).join('~');
    const { state } = parseQuery(`view=net&in=256&c=3&net=${raw}&skip=1-15,3-13`);
    expect(state.view.net).toHaveLength(16);
    expect(formatQuery(state).length).toBeLessThan(400);
  });

  it('reads in= and c= up to the network limits in view=net, and to the grid limits elsewhere', () => {
    expect(parseQuery('view=net&in=300&c=64').state.config).toMatchObject({ input: { h: 300, w: 300 }, channels: 64 });
    const grid = parseQuery('in=300&c=64');
    expect(grid.state.config).toMatchObject({ input: { h: 64, w: 64 }, channels: 4 });
    expect(grid.notices.map((n) => n.key)).toEqual(['in', 'c']);
  });

  it('refuses skip pairs that are not two different layers', () => {
    expect(readSkips('1-4,4-1,2-2,x,3-40').skips).toEqual([{ from: 1, to: 4 }, { from: 1, to: 4 }]);
    expect(readSkips('2-2').problems).toHaveLength(1);
  });
});
