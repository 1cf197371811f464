/**
 * What a readable layer is: how its callee is recognised, its signature, and
 * the reader that turns its arguments into a Config patch.
 */
import type { Args, Ints, Signature } from './args';
import type { PatchBuilder } from './patch';
import type { CallNode } from './syntax';
import { fail } from './text';

export interface LayerDef {
  /** True when this definition reads the call (by its dotted callee path and, for ambiguous names, its arguments). */
  readonly match: (path: string, call: CallNode) => boolean;
  /** The signature; a function when it depends on the call (Keras 1 vs 2). */
  readonly sig: Signature | ((path: string, call: CallNode) => Signature);
  /** Reads the bound arguments into the builder; returns what was recognised, e.g. "PyTorch nn.Conv2d". */
  readonly read: (a: Args, b: PatchBuilder, path: string) => string;
}

/** The last dotted component: `torch.nn.Conv2d` → `Conv2d`. */
export const lastName = (path: string): string => path.slice(path.lastIndexOf('.') + 1);
/** Everything before the last component: `torch.nn.Conv2d` → `torch.nn`. */
export const prefixOf = (path: string): string => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '');

/**
 * A flat list of pad amounts, each 0 or more; negative padding crops in
 * PyTorch and TF, which Padlab does not show.
 */
export function padList(a: Args, name: string, v: Ints): number[] {
  const flat = typeof v === 'number' ? [v] : v;
  const out = flat.map((x) => (typeof x === 'number' ? x : fail(`${a.label(name)} is nested too deeply: ${name} takes a flat list of integers.`)));
  if (out.some((x) => x < 0)) fail(`${a.label(name)} has a negative pad: that crops, and Padlab shows padding of 0 or more.`);
  return out;
}

/** `((a, b), (c, d), ...)` as pairs of non-negative integers. */
export function padPairs(a: Args, name: string, v: Ints): [number, number][] {
  if (typeof v === 'number') return fail(`${a.label(name)} is one number: ${name} takes one [before, after] pair per dimension.`);
  return v.map((row) => {
    const pair = padList(a, name, row);
    if (pair.length !== 2) fail(`${a.label(name)} has a row that is not a [before, after] pair.`);
    return pair as [number, number];
  });
}
