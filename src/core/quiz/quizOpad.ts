/**
 * The `output_padding` question (design.md, `convt`; the U-Net skip that is
 * one row short): a forward convolution with stride ≥ 2 turns n into o;
 * the transposed convolution with its kernel, stride and pads as crops takes
 * o back to `full + q − T − B`; which q gives n? The answer is
 * inverseTransposed's, checked against the transposed Plan it configures.
 */
import { DEFAULT_CONFIG, type Config, type PadSpec } from '../config';
import { inverseTransposed } from '../inverseTransposed';
import { derivePlan } from '../plan';
import type { Draws } from './quizDraws';
import type { Built } from './quizBuilders';
import { configWords } from './quizWords';

/** The forward convolution an opad question starts from: stride 2..3, explicit pads or same. */
export function drawForward(d: Draws): Config {
  const n = d.int(3, 9);
  const input = d.chance(0.7) ? { h: n, w: n } : { h: n, w: d.int(3, 9) };
  const k = d.int(1, 5);
  const s = d.int(2, 3);
  const p = d.int(0, 2);
  const pad: PadSpec = d.chance(0.5) ? { kind: 'explicit', top: p, bottom: p, left: p, right: p } : { kind: 'same' };
  return { ...DEFAULT_CONFIG, input, kernel: { h: k, w: k }, stride: { h: s, w: s }, pad, x: { kind: 'preset', preset: 'random' }, seed: d.int(1, 999) };
}

/**
 * The question of a forward convolution, or null when it gives none (the
 * forward layer is invalid, or its inverse is not the exact inverse).
 * `config` is the transposed convolution with `output_padding` 0 — the
 * layer as written before the fix, one row or column short.
 */
export function opadQuestion(forward: Config): (Built & { config: Config }) | null {
  const plan = derivePlan(forward);
  if (!plan.ok) return null;
  const inv = inverseTransposed(plan);
  const fixed = derivePlan(inv.config);
  const asked: Config = { ...inv.config, opad: { h: 0, w: 0 }, x: forward.x, seed: forward.seed };
  if (!fixed.ok || !fixed.transposed || !derivePlan(asked).ok) return null;
  if (fixed.h.out !== forward.input.h || fixed.w.out !== forward.input.w) return null;
  const { h: th, w: tw } = fixed.transposed;
  const q = [inv.dropped.h, inv.dropped.w];
  const n = forward.input;
  const line = (name: string, o: number, ke: number, t: typeof th, target: number, r: number) =>
    `${name}: full = (o−1)·s + ke = (${o}−1)·${t.stride} + ${ke} = ${t.full}; ` +
    `output = full + q − T − B, so ${target} = ${t.full} + q − ${t.cropBefore} − ${t.cropAfter} → q = ${r} ` +
    `(the ${r} trailing cell${r === 1 ? '' : 's'} the forward convolution's floor dropped: (np − ke) mod s = ${r})`;
  return {
    config: asked,
    prompt:
      `A convolution (${configWords(forward)}) turns a ${n.h}×${n.w} input into ${plan.h.out}×${plan.w.out}. ` +
      `This transposed convolution, with the same kernel and stride and the convolution's pads as crops, takes the ${plan.h.out}×${plan.w.out} map back. ` +
      `What output_padding (height, width) gives exactly ${n.h}×${n.w}?`,
    form: { kind: 'numbers', labels: ['output_padding height', 'output_padding width'] },
    target: null,
    expected: { kind: 'numbers', values: q },
    expectedText: `output_padding = (${q[0]}, ${q[1]})`,
    derivation: [line('height', plan.h.out, fixed.h.ke, th, n.h, inv.dropped.h), line('width', plan.w.out, fixed.w.ke, tw, n.w, inv.dropped.w)],
  };
}
