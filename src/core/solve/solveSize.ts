/**
 * "I need an output of N×M": the paddings and strides — and for a pool,
 * `ceil_mode` on or off — that give it for the current input, kernel and
 * dilation, each as a whole Config ready to apply or link to. Every
 * suggestion is checked with `derivePlan` before it is returned, so a
 * suggestion never lies about its output size.
 */
import type { Axis, Config, Pair } from '../config';
import type { Rounding } from '../axisPadding';
import { axisOptions, currentOption, explicitOption, NAMED_PADS, namedStrides, type AxisOption, type SizedOption } from './axisOptions';
import { configRounding } from './axisRules';
import { solveTransposedSize } from './solveTransposed';
import { checkedList, noSolution, solvableTarget, type SizeSolution, type Suggestion } from './suggestion';

export { MAX_TARGET, MAX_TRANSPOSED_TARGET, maxTarget, type SizeSolution, type Suggestion } from './suggestion';

/** `config` with the two axes' explicit options; they share one rounding, which sets a pool's `ceil_mode`. */
function explicitConfig(config: Config, h: AxisOption, w: AxisOption): Config {
  const pad = { kind: 'explicit', top: h.before, bottom: h.after, left: w.before, right: w.after } as const;
  const ceil = h.rounding === configRounding(config) ? config.ceil : h.rounding === 'ceil';
  return { ...config, pad, stride: { h: h.s, w: w.s }, ceil };
}

const sameOption = (a: AxisOption, b: AxisOption) => a.before === b.before && a.after === b.after && a.s === b.s && a.rounding === b.rounding;

/**
 * Suggestions for an output of `target.h × target.w`, at most `cap` per list
 * (named specs, height options, width options), fewest padding first.
 * An axis option keeps the other axis as it is when that already gives its
 * target, else takes the other axis's first option, so every suggestion
 * gives the whole requested shape.
 * A transposed convolution has its own search (solveTransposed.ts).
 * @param target output rows × columns, whole numbers 1..`maxTarget(config.op)`
 */
export function solveSize(config: Config, target: Pair, cap = 12): SizeSolution {
  if (!solvableTarget(target, config.op)) return noSolution(target);
  if (config.op === 'convt') return solveTransposedSize(config, target, cap);
  const now = { h: currentOption(config, 'h'), w: currentOption(config, 'w') };
  const options = { h: axisOptions(config, 'h', target.h), w: axisOptions(config, 'w', target.w) };

  // The option the other axis keeps, with the same rounding (ceil_mode is one flag for both
  // axes): its current pads as explicit ones when they already fit, else its first option.
  const keep = (axis: Axis, rounding: Rounding): SizedOption | undefined => {
    const o = now[axis];
    const mine = rounding === o.rounding ? explicitOption(config, axis, o.before, o.after, o.s, rounding) : null;
    return mine?.out === target[axis] ? mine : options[axis].find((x) => x.rounding === rounding);
  };
  const axisList = (axis: Axis): Suggestion[] =>
    options[axis].flatMap((o) => {
      const other = keep(axis === 'h' ? 'w' : 'h', o.rounding);
      if (!other) return [];
      const h = axis === 'h' ? o : other;
      const w = axis === 'h' ? other : o;
      const current = config.pad.kind === 'explicit' && sameOption(h, now.h) && sameOption(w, now.w);
      return [{ kind: axis, h, w, config: explicitConfig(config, h, w), current }];
    });

  const named: Suggestion[] = [];
  for (const pad of NAMED_PADS) {
    const hs = namedStrides(config, 'h', pad, target.h);
    const ws = namedStrides(config, 'w', pad, target.w);
    // Equal strides first (the usual square stride), then the smallest.
    const pairs = hs.flatMap((sh) => ws.map((sw) => ({ h: sh, w: sw })));
    pairs.sort((a, b) => Number(a.h !== a.w) - Number(b.h !== b.w) || Math.max(a.h, a.w) - Math.max(b.h, b.w) || a.h - b.h);
    for (const stride of pairs.slice(0, 2)) {
      const c: Config = { ...config, pad: { kind: pad }, stride };
      const cur = { h: currentOption(c, 'h'), w: currentOption(c, 'w') };
      const current = config.pad.kind === pad && config.stride.h === stride.h && config.stride.w === stride.w;
      named.push({ kind: 'named', pad, h: cur.h, w: cur.w, config: c, current });
    }
  }

  const checked = (list: Suggestion[]) => checkedList(list, target, cap);
  const h = axisList('h');
  const w = axisList('w');
  return { target, named: checked(named), h: checked(h), w: checked(w), found: { named: named.length, h: h.length, w: w.length } };
}
