import { describe, expect, it } from 'vitest';
import { deriveNet, defaultLayer, type NetLayer, type Network } from '../../core';
import type { NetResult } from '../../engine';
import { netJson } from './netJson';
import { cropCode, layerMarks, padCode } from './layerWords';

const network = (layers: NetLayer[], size = 5): Network => ({ input: { h: size, w: size }, channels: 1, layers, skips: [], seed: 1, framework: 'torch' });
const idle = { net: null, result: null, state: 'idle', error: null } as const;

describe('net-json (design.md DOM contract)', () => {
  const net = deriveNet(network([{ ...defaultLayer('conv'), stride: { h: 2, w: 2 }, pad: { kind: 'valid' } }]));

  it('in=5 conv k3 s2 valid: pending until the run of this network is in, with the layers already', () => {
    const json = netJson(net, idle);
    expect(json.state).toBe('pending');
    expect(JSON.parse(json.text)).toEqual({
      layers: [{ op: 'conv', in: [1, 5, 5], out: [1, 2, 2], pads: [0, 0, 0, 0], rf: [3, 3], jump: [2, 2], start: [1, 1] }],
      backend: null,
      maxAbsDiff: null,
    });
  });

  it('ready with the output nested [C][H][W] (−∞ as null), backend, maxAbsDiff, tolerance and matches', () => {
    const result: NetResult = { shape: [1, 2, 2], values: new Float32Array([1, -Infinity, 3, 4]), reference: [], backend: 'webgl', maxAbsDiff: 0, scale: 4, tolerance: 1e-4, matches: true, ms: 1 };
    const json = netJson(net, { net, result, state: 'ready', error: null });
    expect(json.state).toBe('ready');
    expect(JSON.parse(json.text)).toMatchObject({ backend: 'webgl', maxAbsDiff: 0, output: { shape: [1, 2, 2], values: [[[1, null], [3, 4]]] }, tolerance: 1e-4, matches: true });
  });

  it('a result for another network does not count', () => {
    const other = deriveNet(network([defaultLayer('conv')]));
    expect(netJson(net, { net: other, result: null, state: 'ready', error: null }).state).toBe('pending');
  });

  it('too big to run: ready, backend and maxAbsDiff null, skipped says why', () => {
    const json = netJson(net, { net, result: null, state: 'skipped', error: 'Not run in the browser' });
    expect(json.state).toBe('ready');
    expect(JSON.parse(json.text)).toMatchObject({ backend: null, maxAbsDiff: null, skipped: 'Not run in the browser' });
  });

  it('in=3 conv k3 valid then conv k5 valid: ready with layer 1 only and invalid naming layer 2', () => {
    const failing = deriveNet(network([{ ...defaultLayer('conv'), pad: { kind: 'valid' } }, { ...defaultLayer('conv'), kernel: { h: 5, w: 5 }, pad: { kind: 'valid' } }], 3));
    const json = JSON.parse(netJson(failing, idle).text);
    expect(json.layers).toHaveLength(1);
    expect(json.invalid.layer).toBe(2);
    expect(typeof json.invalid.code).toBe('string');
  });
  it('no layers: ready, nothing run', () => {
    expect(netJson(deriveNet(network([])), idle)).toEqual({ state: 'ready', text: '{"layers":[],"backend":null,"maxAbsDiff":null}' });
  });
});

describe('layer words', () => {
  it('pads [T,B,L,R] = [0,1,2,3] -> F.pad(x, (2, 3, 0, 1)); a crop of 8×37×37 -> x[:, :, 0:36, 2:34]', () => {
    expect(padCode([0, 1, 2, 3])).toBe('F.pad(x, (2, 3, 0, 1))');
    expect(cropCode([0, 1, 2, 3], [8, 37, 37])).toBe('x[:, :, 0:36, 2:34]');
  });

  it('in=37 maxpool k2 p0 -> "floor drops 1 row, 1 column"', () => {
    const net = deriveNet(network([{ ...defaultLayer('maxpool'), kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 }, pad: { kind: 'explicit', top: 0, bottom: 0, left: 0, right: 0 } }], 37));
    expect(layerMarks(net.layers[0]!)).toEqual(['floor drops 1 row, 1 column']);
  });
});
