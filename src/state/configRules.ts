/**
 * Rules for editing a Config that every editor shares (the Layer panel, the
 * compare view's A and B), so one edit never means two things:
 * switching the border to explicit keeps the pads, and explicit values that
 * no longer fit the shape are dropped.
 */
import { currentOption, DEFAULT_CONFIG, deriveTransposedAxis, defaultStride, LIMITS, valueCounts, type Config, type PadKind, type Pads, type PadSpec, type Pair } from '../core';


/**
 * The border after choosing `kind`. Explicit sides start from what the
 * current border pads (each capped at LIMITS.pad.max), so switching to
 * explicit changes nothing yet and the user edits from there. `current`:
 * the pads on screen when the caller derives them from another geometry
 * than the config's own (image mode pads its picture with its own kernel);
 * by default the config's border applied to the config's layer.
 */
export function padForKind(c: Config, kind: PadKind, current?: Pads): PadSpec {
  if (kind !== 'explicit') return { kind };
  if (c.pad.kind === 'explicit') return c.pad;
  const [top, bottom, left, right] = current ?? configPads(c);
  const cap = (v: number) => Math.min(LIMITS.pad.max, v);
  return { kind: 'explicit', top: cap(top), bottom: cap(bottom), left: cap(left), right: cap(right) };
}

function configPads(c: Config): Pads {
  if (c.op === 'convt') return transposedCrops(c);
  const h = currentOption(c, 'h');
  const w = currentOption(c, 'w');
  return [h.before, h.after, w.before, w.after];
}

/**
 * A transposed convolution's explicit pads are its crops (design.md, convt):
 * the ones its border crops now. A crop after below 0 (the output runs past
 * the uncropped size: Keras `valid` with ke < s) has no explicit spelling but
 * output padding, so it starts at 0 there.
 */
function transposedCrops(c: Config): Pads {
  const crops = (axis: 'h' | 'w') => {
    const t = deriveTransposedAxis(axis, { n: c.input[axis], k: c.kernel[axis], s: c.stride[axis], d: c.dilation[axis] }, c.pad, c.opad[axis]).transposed;
    return [t.cropBefore, Math.max(0, t.cropAfter)] as const;
  };
  return [...crops('h'), ...crops('w')];
}

/**
 * Explicit values whose count no longer matches the shape go back to the
 * default preset (a typed 5×5 input cannot be a 6×6 one), so a size change
 * never turns into a "values-length" error; values that still fit are kept.
 * The counts are core's `valueCounts`.
 */
export function fitValues(c: Config): Config {
  const fit = valueCounts(c);
  const x = c.x.kind === 'values' && c.x.values.length !== fit.x ? DEFAULT_CONFIG.x : c.x;
  const w = c.w.kind === 'values' && c.w.values.length !== fit.w ? DEFAULT_CONFIG.w : c.w;
  return x === c.x && w === c.w ? c : { ...c, x, w };
}

const samePair = (a: Pair, b: Pair) => a.h === b.h && a.w === b.w;

/**
 * A Config with an edit applied: the one way every editor changes a
 * configuration. A stride at its default follows it, as an absent `s=` does:
 * a pool whose stride is its kernel keeps striding by the kernel when the
 * kernel changes, and switching between a convolution (stride 1) and a pool
 * (stride = kernel) takes the new operation's default.
 */
export function applyEdit(c: Config, patch: Partial<Config>): Config {
  const next = { ...c, ...patch };
  const followsDefault = patch.stride === undefined && samePair(c.stride, defaultStride(c));
  return fitValues(followsDefault ? { ...next, stride: defaultStride(next) } : next);
}
