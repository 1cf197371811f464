/**
 * "I need an output of N×M": the paddings and strides that give it for the
 * current input, kernel and dilation, each as a whole Config ready to apply
 * or link to. Every suggestion is checked with `derivePlan` before it is
 * returned, so a suggestion never lies about its output size.
 */
import type { Axis, Config, Pair } from '../config';
import { LIMITS } from '../limits';
import { checkModeLimit } from '../modeLimits';
import { derivePlan } from '../plan';
import { axisOptions, currentOption, NAMED_PADS, namedStrides, type AxisOption, type NamedPad } from './axisOptions';

/** Largest output size one axis can reach: the largest input, fully padded, with a 1-tap kernel. */
export const MAX_TARGET = 128;

export interface Suggestion {
  /** `named`: a pad spec on both axes; `h`/`w`: an explicit option for that axis (the other axis kept or completed). */
  readonly kind: 'named' | Axis;
  /** The pad spec name, for `named`. */
  readonly pad?: NamedPad;
  /** The suggested option of each axis (for `named`, what the spec resolves to). */
  readonly h: AxisOption;
  readonly w: AxisOption;
  /** The whole configuration: the input one with only `pad` and `stride` changed. */
  readonly config: Config;
  /** True when this is what the configuration already does. */
  readonly current: boolean;
}

export interface SizeSolution {
  readonly target: Pair;
  readonly named: readonly Suggestion[];
  readonly h: readonly Suggestion[];
  readonly w: readonly Suggestion[];
  /** How many options each list had before the cap. */
  readonly found: { readonly named: number; readonly h: number; readonly w: number };
}

function explicitConfig(config: Config, h: AxisOption, w: AxisOption): Config {
  return {
    ...config,
    pad: { kind: 'explicit', top: h.before, bottom: h.after, left: w.before, right: w.after },
    stride: { h: h.s, w: w.s },
  };
}

/** True when `config` really gives `target` (checked with the one derivation). */
function gives(config: Config, target: Pair): boolean {
  const plan = derivePlan(config);
  return plan.ok && plan.h.out === target.h && plan.w.out === target.w;
}

const sameOption = (a: AxisOption, b: AxisOption) => a.before === b.before && a.after === b.after && a.s === b.s;

/**
 * Suggestions for an output of `target.h × target.w`, at most `cap` per list
 * (named specs, height options, width options), fewest padding first.
 * An axis option keeps the other axis as it is when that already gives its
 * target, else takes the other axis's first option, so every suggestion
 * gives the whole requested shape.
 * @param target output rows × columns, whole numbers 1..`MAX_TARGET`
 */
export function solveSize(config: Config, target: Pair, cap = 12): SizeSolution {
  const empty = { target, named: [], h: [], w: [], found: { named: 0, h: 0, w: 0 } };
  if (![target.h, target.w].every((t) => Number.isInteger(t) && t >= 1 && t <= MAX_TARGET)) return empty;
  const now = { h: currentOption(config, 'h'), w: currentOption(config, 'w') };
  const options = { h: axisOptions(config, 'h', target.h), w: axisOptions(config, 'w', target.w) };

  // The option the other axis keeps: the current one when it already fits, else the first.
  const keep = (axis: Axis): AxisOption | undefined => {
    const { out, ...o } = now[axis];
    const usable = out === target[axis] && Math.max(o.before, o.after) <= LIMITS.pad.max && !checkModeLimit(config.mode, axis, config.input[axis], o.before, o.after);
    return usable ? o : options[axis][0];
  };
  const keptH = keep('h');
  const keptW = keep('w');
  const axisList = (axis: Axis): Suggestion[] => {
    const other = axis === 'h' ? keptW : keptH;
    if (!other) return [];
    return options[axis].map((o) => {
      const h = axis === 'h' ? o : other;
      const w = axis === 'h' ? other : o;
      const current = config.pad.kind === 'explicit' && sameOption(h, now.h) && sameOption(w, now.w);
      return { kind: axis, h, w, config: explicitConfig(config, h, w), current };
    });
  };

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

  const checked = (list: Suggestion[]) => list.slice(0, cap).filter((s) => gives(s.config, target));
  const h = axisList('h');
  const w = axisList('w');
  return { target, named: checked(named), h: checked(h), w: checked(w), found: { named: named.length, h: h.length, w: w.length } };
}
