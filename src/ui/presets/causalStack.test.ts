/**
 * The WaveNet stack worked out by hand: k = 2, so ke = d + 1, causal pads
 * ke − 1 = d on the left, and the receptive field grows by d per layer:
 * 1 + 1 = 2, + 2 = 4, + 4 = 8, + 8 = 16.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../core';
import { formatQuery } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/urlState';
import { causalStack, inCausalStack, WAVENET_LAYER } from './causalStack';

describe('causalStack', () => {
  it('in=1x16 k=1x2 causal, dilations 1, 2, 4, 8: left pads 1, 2, 4, 8, receptive field 2, 4, 8, 16, width kept at 16', () => {
    expect(causalStack(WAVENET_LAYER).map(({ d, ke, left, out, rf }) => ({ d, ke, left, out, rf }))).toEqual([
      { d: 1, ke: 2, left: 1, out: 16, rf: 2 },
      { d: 2, ke: 3, left: 2, out: 16, rf: 4 },
      { d: 4, ke: 5, left: 4, out: 16, rf: 8 },
      { d: 8, ke: 9, left: 8, out: 16, rf: 16 },
    ]);
  });

  it('k=3: ke = 2d + 1, the field grows by 2d: 3, 7, 15, 31', () => {
    const rows = causalStack({ ...WAVENET_LAYER, kernel: { h: 1, w: 3 } });
    expect(rows.map((r) => r.rf)).toEqual([3, 7, 15, 31]);
  });

  it('the preset is the link in=1x16&k=1x2&pad=causal (d=1x1 is the default)', () => {
    expect(formatQuery({ config: WAVENET_LAYER, view: DEFAULT_VIEW })).toBe('v=1&in=1x16&k=1x2&pad=causal');
  });

  it('belongs to a stack only as a causal convolution on one row at stride 1 with a stack dilation', () => {
    expect(inCausalStack(WAVENET_LAYER)).toBe(true);
    expect(inCausalStack({ ...WAVENET_LAYER, dilation: { h: 1, w: 4 } })).toBe(true);
    expect(inCausalStack({ ...WAVENET_LAYER, dilation: { h: 1, w: 3 } })).toBe(false);
    expect(inCausalStack({ ...WAVENET_LAYER, stride: { h: 1, w: 2 } })).toBe(false);
    expect(inCausalStack(DEFAULT_CONFIG)).toBe(false);
  });
});
