/**
 * Collects what a layer determines: the Config patch, with every value
 * clamped to Padlab's LIMITS (and a note saying so), plus the notes and the
 * ignored argument names that parseLayer returns.
 */
import type { Config, Framework, Operation, PadMode, PadSpec, Pair } from '../../core';
import { DEFAULT_CONFIG, LIMITS } from '../../core';

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/**
 * The limits a builder clamps to: the single-layer view's LIMITS by default,
 * the network view's wider ones (core NET_LIMITS) for a pasted model.
 */
export type PatchLimits = Readonly<Record<'input' | 'channels' | 'filters' | 'kernel' | 'stride' | 'dilation' | 'groups' | 'opad' | 'pad', { readonly min: number; readonly max: number }>>;

const pairText = (p: Pair) => (p.h === p.w ? String(p.h) : `${p.h}×${p.w}`);

export class PatchBuilder {
  /** `base` is the configuration the patch applies to: what a field the line does not give stays. */
  constructor(
    readonly base: Config = DEFAULT_CONFIG,
    readonly limits: PatchLimits = LIMITS,
  ) {}

  readonly patch: Mutable<Config> = {};
  readonly notes: string[] = [];
  readonly ignored: string[] = [];
  /** Argument names with no effect on padding, reported together in one note. */
  readonly harmless: string[] = [];

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /** Kernel, stride or dilation; above the limit shown at the limit (values below 1 were refused earlier). */
  pair(field: 'kernel' | 'stride' | 'dilation', p: Pair): void {
    const { max } = this.limits[field];
    const shown = { h: Math.min(p.h, max), w: Math.min(p.w, max) };
    if (shown.h !== p.h || shown.w !== p.w) this.note(`${field} ${pairText(p)} shown as ${pairText(shown)} (Padlab's limit)`);
    this.patch[field] = shown;
  }

  /** Channels or filters; Padlab draws at most LIMITS.channels/filters.max of them. */
  count(field: 'channels' | 'filters', n: number): void {
    const { max } = this.limits[field];
    if (n > max) this.note(`${n} ${field} shown as ${max} (Padlab draws at most ${max})`);
    this.patch[field] = Math.min(n, max);
  }

  /** Explicit pads are clamped per side; all-zero explicit pads are `valid` (the same thing, easier to read). */
  pad(spec: PadSpec): void {
    if (spec.kind !== 'explicit') {
      this.patch.pad = spec;
      return;
    }
    const { max } = this.limits.pad;
    const sides = [spec.top, spec.bottom, spec.left, spec.right] as const;
    const [top, bottom, left, right] = sides.map((v) => Math.min(v, max)) as [number, number, number, number];
    const biggest = Math.max(...sides);
    if (biggest > max) this.note(`padding ${biggest} shown as ${max} (Padlab's limit)`);
    this.patch.pad = top + bottom + left + right === 0 ? { kind: 'valid' } : { kind: 'explicit', top, bottom, left, right };
  }

  /**
   * The layer's shape settings that the line gave (undefined: not given, the
   * current value stays), each clamped as by count/pair/pad, in one order so
   * every parser's notes read the same way.
   */
  geometry(g: { filters?: number; channels?: number; kernel?: Pair; stride?: Pair; dilation?: Pair; pad?: PadSpec }): void {
    if (g.filters !== undefined) this.count('filters', g.filters);
    if (g.channels !== undefined) this.count('channels', g.channels);
    if (g.kernel) this.pair('kernel', g.kernel);
    if (g.stride) this.pair('stride', g.stride);
    if (g.dilation) this.pair('dilation', g.dilation);
    if (g.pad) this.pad(g.pad);
  }

  /** The configuration after the patch so far. */
  current(): Config {
    return { ...this.base, ...this.patch };
  }

  /** Input size (a 1-D layer's one row, a transposed layer's input from output_shape), clamped to Padlab's grid. */
  input(p: Pair): void {
    const { min, max } = this.limits.input;
    const shown = { h: Math.max(min, Math.min(p.h, max)), w: Math.max(min, Math.min(p.w, max)) };
    if (shown.h !== p.h || shown.w !== p.w) this.note(`input ${pairText(p)} shown as ${pairText(shown)} (Padlab's limit)`);
    this.patch.input = shown;
  }

  /**
   * Groups, after channels and filters are set: the largest number up to the
   * given one (and Padlab's limit) that divides both the channels and the
   * filters shown, with a note when that is not the number given.
   */
  groups(g: number): void {
    const { channels: C, filters: F } = this.current();
    let shown = Math.min(g, this.limits.groups.max);
    while (shown > 1 && (C % shown !== 0 || F % shown !== 0)) shown -= 1;
    if (shown !== g) this.note(`groups=${g} shown as ${shown}: Padlab's groups divide its ${C} channel(s) and ${F} filter(s) (at most ${this.limits.groups.max})`);
    this.patch.groups = shown;
  }

  /** A transposed convolution's output padding, clamped to Padlab's limit. */
  opad(p: Pair): void {
    const { max } = this.limits.opad;
    const shown = { h: Math.min(p.h, max), w: Math.min(p.w, max) };
    if (shown.h !== p.h || shown.w !== p.w) this.note(`output_padding ${pairText(p)} shown as ${pairText(shown)} (Padlab's limit)`);
    this.patch.opad = shown;
  }

  mode(mode: PadMode): void {
    this.patch.mode = mode;
  }

  /** A constant pad value: `constant` with cval, or plain zeros when no value was given. */
  constant(value: number | undefined): void {
    if (value === undefined) {
      this.patch.mode = 'zeros';
      return;
    }
    const { maxAbs } = LIMITS.value;
    const shown = Math.max(-maxAbs, Math.min(maxAbs, value));
    if (shown !== value) this.note(`constant ${value} shown as ${shown} (Padlab's limit)`);
    this.patch.mode = 'constant';
    this.patch.cval = shown;
  }

  framework(fw: Framework): void {
    this.patch.framework = fw;
  }

  /** The layer's operation: a convolution line switches a pool back, a pooling line sets its kind. */
  op(op: Operation): void {
    this.patch.op = op;
  }

  /** Pooling `ceil_mode` (false for frameworks that have none). */
  ceil(ceil: boolean): void {
    this.patch.ceil = ceil;
  }

  /** Average pooling `count_include_pad`. */
  cip(cip: boolean): void {
    this.patch.cip = cip;
  }

  flip(flip: boolean): void {
    this.patch.flip = flip;
  }
}
