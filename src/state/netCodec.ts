/**
 * The `net=` and `skip=` URL values (design.md, URL key `net`): layers joined
 * by `~`, each an operation and `_`-joined fields (`conv_k7_s2_p3_f8`), and
 * skip pairs `from-to` joined by `,`. Reading never throws: a field that
 * cannot be read is left out and a layer that cannot be read is dropped, each
 * with a notice naming the layer (its number and text) and why.
 */
import {
  DEFAULT_LAYER,
  LIMITS,
  MAX_LAYERS,
  NET_LIMITS,
  OPERATIONS,
  PAD_KINDS,
  PAD_MODES,
  defaultStride,
  type LimitName,
  type NetLayer,
  type Operation,
  type PadSpec,
  type Pair,
  type SkipPair,
} from '../core';
import { shown } from './notices';

/** The result of reading a `net=` value: the layers read, and one message per problem. */
export interface NetRead {
  readonly layers: NetLayer[];
  readonly problems: string[];
}

type NamedPad = Exclude<PadSpec['kind'], 'explicit'>;
const NAMED_PADS = PAD_KINDS.filter((k): k is NamedPad => k !== 'explicit');

/** The fields a layer may carry, for messages. */
const FIELD_HELP = 'k (kernel), s (stride), d (dilation), p (padding), f (filters), g (groups), o (output padding), ceil, cip0, m (mode), cv (constant)';

const PAIR = /^(\d{1,4})(?:x(\d{1,4}))?$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d{1,3})?$/i;

/** A field's integer pair, clamped to `limit`; `say` records a clamp. */
function pairOf(text: string, limit: LimitName, say: (m: string) => void, what: string): Pair | null {
  const m = PAIR.exec(text);
  if (!m) return null;
  const { min, max } = NET_LIMITS[limit];
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const h = Number(m[1]);
  const w = m[2] === undefined ? h : Number(m[2]);
  const out = { h: clamp(h), w: clamp(w) };
  if (out.h !== h || out.w !== w) say(`${what} must be ${min}..${max}; used ${out.h}x${out.w}`);
  return out;
}

/** `p1` (all sides), `p1x2` (rows x columns), `p0.1.0.1` (T.B.L.R), or a name. */
function padOf(text: string, say: (m: string) => void): PadSpec | null {
  if ((NAMED_PADS as readonly string[]).includes(text)) return { kind: text as NamedPad };
  const { min, max } = LIMITS.pad;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const parts = /^\d{1,4}(\.\d{1,4}){3}$/.test(text) ? text.split('.').map(Number) : null;
  const pair = parts ? null : PAIR.exec(text);
  if (!parts && !pair) return null;
  const [t, b, l, r] = parts ?? [Number(pair?.[1]), Number(pair?.[1]), Number(pair?.[2] ?? pair?.[1]), Number(pair?.[2] ?? pair?.[1])];
  const sides = [t, b, l, r].map((v) => clamp(v ?? 0)) as [number, number, number, number];
  if (sides.some((v, i) => v !== [t, b, l, r][i])) say(`padding must be ${min}..${max} per side; used ${sides.join('.')}`);
  return { kind: 'explicit', top: sides[0], bottom: sides[1], left: sides[2], right: sides[3] };
}

/** One int field (`f16`, `g4`), clamped. */
function intOf(text: string, limit: LimitName, say: (m: string) => void, what: string): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const { min, max } = NET_LIMITS[limit];
  const v = Math.min(max, Math.max(min, Number(text)));
  if (v !== Number(text)) say(`${what} must be ${min}..${max}; used ${v}`);
  return v;
}

/** Reads one layer's text; `problem` gets each message (without the layer prefix). Null when the operation is unknown. */
export function readLayer(text: string, problem: (m: string) => void): NetLayer | null {
  const [opText = '', ...fields] = text.trim().toLowerCase().split('_');
  if (!(OPERATIONS as readonly string[]).includes(opText)) {
    problem(`unknown operation ${shown(opText)} (expected ${OPERATIONS.join(', ')})`);
    return null;
  }
  const op = opText as Operation;
  const layer: { -readonly [K in keyof NetLayer]: NetLayer[K] } = { ...DEFAULT_LAYER, op };
  let stride: Pair | null = null;
  for (const field of fields) {
    if (field === '') continue;
    const bad = () => problem(`field ${shown(field)} not read (fields: ${FIELD_HELP}); left it out`);
    const rest = (n: number) => field.slice(n);
    const pairField = (limit: LimitName, what: string, set: (p: Pair) => void): boolean => {
      const p = pairOf(rest(1), limit, problem, what);
      if (p) set(p);
      return !!p;
    };
    const intField = (limit: LimitName, what: string, set: (v: number) => void): boolean => {
      const v = intOf(rest(1), limit, problem, what);
      if (v !== null) set(v);
      return v !== null;
    };
    let ok = true;
    if (field === 'ceil' || field === 'ceil1' || field === 'ceil0') layer.ceil = field !== 'ceil0';
    else if (field === 'cip0' || field === 'cip1') layer.cip = field === 'cip1';
    else if (field.startsWith('cv')) {
      ok = NUMBER.test(rest(2)) && Math.abs(Number(rest(2))) <= LIMITS.value.maxAbs;
      if (ok) layer.cval = Number(rest(2));
    } else if (field.startsWith('k')) ok = pairField('kernel', 'the kernel', (p) => (layer.kernel = p));
    else if (field.startsWith('s')) ok = pairField('stride', 'the stride', (p) => (stride = p));
    else if (field.startsWith('d')) ok = pairField('dilation', 'the dilation', (p) => (layer.dilation = p));
    else if (field.startsWith('o')) ok = pairField('opad', 'the output padding', (p) => (layer.opad = p));
    else if (field.startsWith('f')) ok = intField('filters', 'the filters', (v) => (layer.filters = v));
    else if (field.startsWith('g')) ok = intField('groups', 'the groups', (v) => (layer.groups = v));
    else if (field.startsWith('p')) {
      const pad = padOf(rest(1), problem);
      ok = !!pad;
      if (pad) layer.pad = pad;
    } else if (field.startsWith('m')) {
      ok = (PAD_MODES as readonly string[]).includes(rest(1));
      if (ok) layer.mode = rest(1) as NetLayer['mode'];
    } else ok = false;
    if (!ok) bad();
  }
  return { ...layer, stride: stride ?? defaultStride(layer) };
}

/** Reads a whole `net=` value. At most MAX_LAYERS layers are kept. */
export function readNet(raw: string): NetRead {
  const problems: string[] = [];
  const layers: NetLayer[] = [];
  const texts = raw.split('~').filter((t) => t.trim() !== '');
  texts.forEach((text, i) => {
    if (i >= MAX_LAYERS) return;
    const layer = readLayer(text, (m) => problems.push(`net: layer ${i + 1} (${shown(text)}): ${m}.`));
    if (layer) layers.push(layer);
  });
  if (texts.length > MAX_LAYERS) problems.push(`net: a network holds at most ${MAX_LAYERS} layers; kept the first ${MAX_LAYERS} of ${texts.length}.`);
  return { layers, problems };
}

const pairText = (p: Pair) => (p.h === p.w ? `${p.h}` : `${p.h}x${p.w}`);

function padTextOf(p: PadSpec): string {
  if (p.kind !== 'explicit') return p.kind;
  if (p.top === p.bottom && p.left === p.right) return p.top === p.left ? `${p.top}` : `${p.top}x${p.left}`;
  return `${p.top}.${p.bottom}.${p.left}.${p.right}`;
}

const samePair = (a: Pair, b: Pair) => a.h === b.h && a.w === b.w;

/** One layer's text: its operation, then only the fields that differ from the defaults. */
export function layerText(layer: NetLayer): string {
  const parts: string[] = [layer.op];
  const d = DEFAULT_LAYER;
  if (!samePair(layer.kernel, d.kernel)) parts.push(`k${pairText(layer.kernel)}`);
  if (!samePair(layer.stride, defaultStride(layer))) parts.push(`s${pairText(layer.stride)}`);
  if (!samePair(layer.dilation, d.dilation)) parts.push(`d${pairText(layer.dilation)}`);
  if (padTextOf(layer.pad) !== padTextOf(d.pad)) parts.push(`p${padTextOf(layer.pad)}`);
  if (layer.filters !== d.filters) parts.push(`f${layer.filters}`);
  if (layer.groups !== d.groups) parts.push(`g${layer.groups}`);
  if (!samePair(layer.opad, d.opad)) parts.push(`o${pairText(layer.opad)}`);
  if (layer.ceil) parts.push('ceil');
  if (!layer.cip) parts.push('cip0');
  if (layer.mode !== d.mode) parts.push(`m${layer.mode}`);
  if (layer.cval !== d.cval) parts.push(`cv${layer.cval}`);
  return parts.join('_');
}

/** The whole `net=` value. */
export function netText(layers: readonly NetLayer[]): string {
  return layers.map(layerText).join('~');
}

/** Reads `skip=`: `from-to` pairs (0 = the input) joined by `,`; unreadable pairs are left out with a message. */
export function readSkips(raw: string): { skips: SkipPair[]; problems: string[] } {
  const skips: SkipPair[] = [];
  const problems: string[] = [];
  for (const part of raw.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^(\d{1,2})-(\d{1,2})$/.exec(part);
    const a = Number(m?.[1]);
    const b = Number(m?.[2]);
    if (!m || a === b || Math.max(a, b) > MAX_LAYERS) {
      problems.push(`skip: ${shown(part)} is not a pair of different layers from-to (0 = the input, 1..${MAX_LAYERS}); left it out.`);
      continue;
    }
    skips.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  return { skips, problems };
}

export function skipsText(skips: readonly SkipPair[]): string {
  return skips.map((s) => `${s.from}-${s.to}`).join(',');
}
