/**
 * A layer Plan from a few URL-style keys (`in`, `k`, `s`, `d`, `opad`, `c`,
 * `f`, `g`, `seed`, `pad`, `op`, `x=random`, `w=random`), for tests of
 * layers that may not import the state layer's URL codec (render:
 * design.md, Layers). Throws on an invalid configuration.
 */
import { DEFAULT_CONFIG, derivePlan, type Config, type Pair, type Plan } from '../core';

/** A Config from the query keys these tests use (render may not import the URL codec: design.md, Layers). */
function configOf(query: string): Config {
  const q = new URLSearchParams(query);
  const pair = (key: string, fallback: Pair): Pair => {
    const v = q.get(key);
    if (!v) return fallback;
    const [h, w] = v.split('x').map(Number) as [number, number?];
    return { h, w: w ?? h };
  };
  const pad = q.get('pad') ?? 'same';
  const sides = pad.split(',').map(Number);
  return {
    ...DEFAULT_CONFIG,
    op: (q.get('op') ?? 'conv') as Config['op'],
    input: pair('in', DEFAULT_CONFIG.input),
    kernel: pair('k', DEFAULT_CONFIG.kernel),
    stride: pair('s', DEFAULT_CONFIG.stride),
    dilation: pair('d', DEFAULT_CONFIG.dilation),
    opad: pair('opad', DEFAULT_CONFIG.opad),
    channels: Number(q.get('c') ?? 1),
    filters: Number(q.get('f') ?? 1),
    groups: Number(q.get('g') ?? 1),
    seed: Number(q.get('seed') ?? 1),
    pad: sides.length === 4 ? { kind: 'explicit', top: sides[0]!, bottom: sides[1]!, left: sides[2]!, right: sides[3]! } : { kind: pad as 'same' },
    x: q.get('x') === 'random' ? { kind: 'preset', preset: 'random' } : DEFAULT_CONFIG.x,
    w: q.get('w') === 'random' ? { kind: 'preset', preset: 'random' } : DEFAULT_CONFIG.w,
  };
}

export function planFor(query: string): Plan {
  const p = derivePlan(configOf(query));
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}
