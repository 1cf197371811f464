/**
 * Configuration B of the compare view: read from `view.b` (its own query
 * string, design.md URL schema), written back with `formatQuery`, the
 * one-click "TF SAME vs PyTorch padding=k//2" pair (the literal `k//2`, from
 * core's halfKernelPad), and showing any one-click pair. Store writes go
 * through the store's actions only.
 */
import { AXES, halfKernelPad, type Axis, type Config } from '../../core';
import { LIMITS } from '../../core';
import { applyEdit } from '../../state/configRules';
import type { Notice } from '../../state/notices';
import { setConfig, setView } from '../../state/store';
import { formatQuery, parseQuery } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/urlState';

/** The id of the compare view's heading, which takes focus when the view opens from the header's launcher. */
export const COMPARE_TITLE_ID = 'compare-title';

// Set by the header's launcher, taken by the compare view once it has mounted: the view loads
// lazily, so a fixed delay (one animation frame) could fire before its heading exists.
let titleFocusWanted = false;

/** Asks the compare view to focus its heading when it next mounts. */
export function requestTitleFocus(): void {
  titleFocusWanted = true;
}

/** Whether a focus request is pending; taking it clears it. */
export function takeTitleFocusRequest(): boolean {
  const wanted = titleFocusWanted;
  titleFocusWanted = false;
  return wanted;
}

export interface ConfigB {
  readonly config: Config;
  /** What B's query had to clamp or replace (bad values in a hand-edited link). */
  readonly notices: readonly Notice[];
}

// One-entry cache: the same `b` string gives the same Config object, so the
// plan cache (a WeakMap keyed by Config) derives B's plan once.
let last: { b: string; parsed: ConfigB } | null = null;

/** B's configuration; with no `b`, B starts as a copy of A. */
export function readB(b: string | null, a: Config): ConfigB {
  if (b === null) return { config: a, notices: [] };
  if (last?.b !== b) {
    const { state, notices } = parseQuery(b);
    last = { b, parsed: { config: state.config, notices } };
  }
  return last.parsed;
}

/** B's query string: the configuration keys only (no view keys), as `formatQuery` writes them. */
export function encodeB(config: Config): string {
  return formatQuery({ config, view: DEFAULT_VIEW });
}

/**
 * A = the layer with TF/Keras `padding='same'`; B = the same layer with
 * PyTorch's usual literal `padding=k//2` per side (core's `halfKernelPad`,
 * the same numbers as the framework table's first "usual same" PyTorch line).
 * `k//2` ignores dilation; the table shows the dilation-aware `d*(k−1)//2`
 * beside it. Capped at the largest explicit pad.
 */
export function tfSameVsTorch(config: Config): { a: Config; b: Config } {
  const p = Object.fromEntries(
    AXES.map((axis) => [axis, Math.min(LIMITS.pad.max, halfKernelPad(config.kernel[axis], config.dilation[axis]).literal)]),
  ) as Record<Axis, number>;
  return {
    a: { ...config, pad: { kind: 'same' }, framework: 'keras' },
    b: { ...config, pad: { kind: 'explicit', top: p.h, bottom: p.h, left: p.w, right: p.w }, framework: 'torch' },
  };
}

/** A one click (oneClick.ts): `a` becomes the main configuration and `b` the compare view's B. */
export function showPair(pair: { readonly a: Config; readonly b: Config }): void {
  setConfig(pair.a);
  setView({ view: 'compare', b: encodeB(pair.b) });
}

/** Applies an edit to B, by the same rule as edits to A (configRules.applyEdit: values that no longer fit are dropped). */
export function editB(b: Config, patch: Partial<Config>): void {
  setView({ b: encodeB(applyEdit(b, patch)) });
}

/** Swaps A and B. */
export function swapAB(a: Config, b: Config): void {
  setConfig(b);
  setView({ b: encodeB(a) });
}
