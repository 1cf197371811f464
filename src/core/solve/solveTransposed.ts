/**
 * "I need an output of N×M" for a transposed convolution: the crops
 * (PyTorch `padding`, ONNX `pads`) and output padding (`output_padding`), and
 * the Keras/TF `same`/`valid` forms with the output padding they need, that
 * give it at the layer's own stride (transposedOptions.ts). Groups change no
 * size, so they change nothing here. Every suggestion is checked with `derivePlan`.
 */
import type { Axis, Config, Pair } from '../config';
import type { SizedOption } from './axisOptions';
import { transposedAxisOptions, transposedCurrent, transposedNamedPaddings, transposedNamedPads, transposedOption } from './transposedOptions';
import { checkedList, type SizeSolution, type Suggestion } from './suggestion';

/** `config` with the two axes' explicit crops and output paddings. */
function explicitConfig(config: Config, h: SizedOption, w: SizedOption): Config {
  return { ...config, pad: { kind: 'explicit', top: h.before, bottom: h.after, left: w.before, right: w.after }, opad: { h: h.q, w: w.q } };
}

const sameOption = (a: SizedOption, b: SizedOption) => a.before === b.before && a.after === b.after && a.q === b.q;

/**
 * Suggestions for an output of `target.h × target.w` (a solvable target,
 * suggestion.ts), at most `cap` per list, in transposedAxisOptions' order.
 * An axis option keeps the other axis as it is when that already gives its
 * target, else takes the other axis's first option.
 */
export function solveTransposedSize(config: Config, target: Pair, cap: number): SizeSolution {
  const now = { h: transposedCurrent(config, 'h'), w: transposedCurrent(config, 'w') };
  const options = { h: transposedAxisOptions(config, 'h', target.h), w: transposedAxisOptions(config, 'w', target.w) };
  const keep = (axis: Axis): SizedOption | undefined => {
    const o = now[axis];
    const mine = transposedOption(config, axis, o.before, o.after, o.q);
    return mine?.out === target[axis] ? mine : options[axis][0];
  };
  const axisList = (axis: Axis): Suggestion[] => {
    const other = keep(axis === 'h' ? 'w' : 'h');
    if (!other) return [];
    return options[axis].map((o) => {
      const h = axis === 'h' ? o : other;
      const w = axis === 'h' ? other : o;
      const current = config.pad.kind === 'explicit' && sameOption(h, now.h) && sameOption(w, now.w);
      return { kind: axis, h, w, config: explicitConfig(config, h, w), current };
    });
  };

  const named: Suggestion[] = [];
  for (const pad of transposedNamedPads(config)) {
    const hq = transposedNamedPaddings(config, 'h', pad, target.h);
    const wq = transposedNamedPaddings(config, 'w', pad, target.w);
    // The least output padding first: the plain Conv2DTranspose(padding=...) before one that needs output_padding.
    const pairs = hq.flatMap((h) => wq.map((w) => ({ h, w })));
    pairs.sort((a, b) => a.h + a.w - (b.h + b.w) || a.h - b.h);
    for (const opad of pairs.slice(0, 2)) {
      const c: Config = { ...config, pad: { kind: pad }, opad };
      const current = config.pad.kind === pad && config.opad.h === opad.h && config.opad.w === opad.w;
      named.push({ kind: 'named', pad, h: transposedCurrent(c, 'h'), w: transposedCurrent(c, 'w'), config: c, current });
    }
  }

  const h = axisList('h');
  const w = axisList('w');
  const checked = (list: Suggestion[]) => checkedList(list, target, cap);
  return { target, named: checked(named), h: checked(h), w: checked(w), found: { named: named.length, h: h.length, w: w.length } };
}
