/**
 * Every Python snippet (Keras 1, Keras 3, tf.nn, PyTorch) for a spread of
 * convolutions and pools is valid Python: all parsed with `ast.parse` in one
 * `/usr/bin/python3` process. (Keras 1 cannot be run here; this and the
 * stand-in run in scripts/verify are what pin it.)
 */
import { describe, expect, it } from 'vitest';
import { requirePython, runPythonBatch } from '../../../scripts/verify/python';
import { PAD_MODES, type Config } from '../../core';
import { exportCode } from './index';
import { explicit, planOf } from './testPlans';

const pads: Config['pad'][] = [{ kind: 'valid' }, { kind: 'same' }, { kind: 'full' }, { kind: 'same-lower' }, explicit(2, 0, 1, 3)];
const configs: Partial<Config>[] = PAD_MODES.flatMap((mode) =>
  pads.flatMap((pad) => [
    { mode, pad, cval: 0.1, input: { h: 6, w: 7 } },
    { mode, pad, flip: true, channels: 3, filters: 2, input: { h: 7, w: 7 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 1 } },
  ]),
);

/** Pools: each form (layer, -inf or zero pad step, dilation, sum over counted cells) of each Python target. */
const pools: Partial<Config>[] = [
  { op: 'maxpool', input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: { kind: 'same' } },
  { op: 'maxpool', input: { h: 9, w: 8 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 }, pad: explicit(1, 1, 1, 1), ceil: true },
  { op: 'avgpool', input: { h: 6, w: 6 }, stride: { h: 2, w: 2 }, pad: explicit(1, 1, 1, 1), ceil: true },
  { op: 'avgpool', pad: explicit(2, 0, 1, 2), cip: false },
  { op: 'avgpool', pad: explicit(2, 0, 1, 3), channels: 3 },
];

describe('Python snippets parse', () => {
  it(`${configs.length} convolutions and ${pools.length} pools × 4 Python frameworks are valid Python syntax`, () => {
    requirePython([]);
    const snippets = [...configs, ...pools].flatMap((patch) => {
      const all = exportCode(planOf(patch));
      return [all.keras1, all.keras, all.tf, all.torch].map((s) => s.code);
    });
    const bad = runPythonBatch(snippets, 'parse')
      .filter((r) => !r.ok)
      .map((r) => `${r.error}\n${snippets[r.i]}`);
    expect(bad.slice(0, 2).join('\n\n')).toBe('');
  });
});
