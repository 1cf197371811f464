import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, INPUT_PRESETS, KERNEL_PRESETS, PAD_KINDS, PAD_MODES } from '../core';
import type { Notice } from './notices';
import { formatQuery, parseQuery } from './urlCodec';
import * as v1 from './v1CodecFixture/oldUrlCodec';

/** Keys the schema-v1 codec knew (its KNOWN_KEYS), plus the two it did not read itself. */
const V1_KEYS = ['v', 'in', 'c', 'f', 'k', 's', 'd', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed', 'step', 'hide', 'view', 'b'];
const UNKNOWN_KEYS = ['zoom', '__proto__', 'constructor', 'toString', '', ' ', 'x[]', 'in ', 'IN', 'Mode', 'ümlaut', '🙂', '<b>k</b>', 'G', 'opad '];
/** Keys added after v1 (the operations' own settings): a v1 link never had them, so random keys avoid them. */
const NEW_KEYS = ['op', 'g', 'opad', 'ceil', 'cip', 'backend', 'net', 'skip', 'layer', 'back', 'embed', 'qseed', 'qops', 'qkinds'];
/** The v1 codec's longest value; a longer one is ignored with a notice. */
const MAX_VALUE_CHARS = 200_000;

const int = fc.oneof(fc.integer({ min: -5, max: 70 }), fc.integer(), fc.constantFrom(0, 1, 4, 15, 16, 32, 33, 64, 65, 2 ** 32, 1e15, 1e16));
const num = fc.oneof(int.map(String), fc.double().map(String), fc.constantFrom('NaN', 'Infinity', '-0', '1e300', '2.5', '.5', '5.', '1e-7', '0x10', '+3', ' 7 ', ''));
const markup = fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '%3Cb%3E', '&amp;');
const hostile = fc.oneof(
  { weight: 20, arbitrary: fc.string() },
  { weight: 20, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 10, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 20, arbitrary: markup },
  { weight: 20, arbitrary: fc.nat(400).map((n) => '9'.repeat(n)) },
);
const sep = fc.constantFrom('x', 'X', '×', '*', ',', ' x ', 'by');
const pairText = fc.oneof(int.map(String), fc.tuple(int, sep, int).map(([a, s, b]) => `${a}${s}${b}`));
const numberList = (min: number, max: number) => fc.array(num, { minLength: min, maxLength: max }).map((l) => l.join(','));
const names = (list: readonly string[]) => fc.oneof(fc.constantFrom(...list), fc.constantFrom(...list).map((n) => ` ${n.toUpperCase()} `));

/** Values a key is likely to meet: good ones, near misses and garbage. */
function valueFor(key: string): fc.Arbitrary<string> {
  switch (key) {
    case 'v':
      return fc.constantFrom('1', ' 1', '2', '01', '1.0');
    case 'in':
    case 'k':
    case 's':
    case 'd':
      return pairText;
    case 'c':
    case 'f':
    case 'seed':
    case 'step':
      return num;
    case 'pad':
      // causal came after v1 (Keras Conv1D's border): a v1 link never says it.
      return fc.oneof(names(PAD_KINDS.filter((k) => k !== 'causal')), fc.array(int, { minLength: 3, maxLength: 5 }).map((l) => l.join(',')), fc.constantFrom('1, 2 ,3,4', '1,2,3,', 'wrap'));
    case 'mode':
      return names(PAD_MODES);
    case 'fw':
      return names(FRAMEWORKS);
    case 'view':
      // view=net came after v1 (the network view, with its own size limits): v1 read it as unknown.
      return names(['grid', 'image', 'compare']);
    case 'cval':
      return num;
    case 'flip':
      return fc.constantFrom('0', '1', ' 1', 'true', '', '2');
    case 'x':
      return fc.oneof(names(INPUT_PRESETS), numberList(0, 30));
    case 'w':
      return fc.oneof(names(KERNEL_PRESETS), numberList(0, 30));
    case 'hide':
      // `op`, `ceil` and `cip` became hideable with their controls: a v1 link never named them.
      return fc.array(fc.constantFrom(...V1_KEYS, 'backend', 'bogus', ' k ', ''), { maxLength: 6 }).map((l) => l.join(','));
    case 'b':
      return fc.constantFrom('', 'v=1&k=5x5&pad=valid', 'k=99&mode=wat', 'b=k%3D3');
    case 'backend':
      return fc.constantFrom('cpu', 'webgl', 'CPU', ' cpu ', 'tpu', '');
    case 'op':
      // Only values that open a convolution (or are refused): another operation changes the layer on purpose.
      return fc.constantFrom('conv', 'CONV', 'deconv', 'pool', '');
    default:
      return hostile;
  }
}

const enc = encodeURIComponent;
const known = fc.constantFrom(...V1_KEYS, 'backend', 'op').chain((key) => fc.oneof(valueFor(key), hostile).map((v) => `${enc(key)}=${enc(v)}`));
const unknown = fc.tuple(fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string({ maxLength: 8 }).filter((k) => !NEW_KEYS.includes(k))), hostile).map(([k, v]) => `${enc(k)}=${enc(v)}`);
/** A shape with x/w lists of the right length, or one off. */
const shaped = fc
  .record({ h: fc.integer({ min: 1, max: 5 }), w: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 3 }), f: fc.integer({ min: 1, max: 3 }), kh: fc.integer({ min: 1, max: 3 }), kw: fc.integer({ min: 1, max: 3 }), dx: fc.constantFrom(0, 0, 1, -1), dw: fc.constantFrom(0, 0, 1, -1) })
  .chain(({ h, w, c, f, kh, kw, dx, dw }) =>
    fc
      .tuple(numberList(Math.max(0, c * h * w + dx), Math.max(0, c * h * w + dx)), numberList(Math.max(0, f * c * kh * kw + dw), Math.max(0, f * c * kh * kw + dw)))
      .map(([x, wv]) => `in=${h}x${w}&c=${c}&f=${f}&k=${kh}x${kw}&x=${enc(x)}&w=${enc(wv)}`),
  );
/** Whether a query's `hide=` names a control added after v1 (a v1 link could not hide it; it now can). */
const hidesNewControl = (q: string) =>
  new URLSearchParams(q.replace(/^\?/, '')).getAll('hide').some((v) => v.split(',').some((k) => NEW_KEYS.includes(k.trim())));
const query = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: unknown }), { maxLength: 14 }).map((kv) => kv.join('&')) },
  { weight: 2, arbitrary: fc.tuple(shaped, fc.array(known, { maxLength: 4 })).map(([s, rest]) => [s, ...rest].join('&')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', '?'), fc.string({ maxLength: 60 }))
      .map(([p, s]) => p + s)
      .filter((q) => !NEW_KEYS.some((k) => new URLSearchParams(q.replace(/^\?/, '')).has(k))),
  },
).filter((q) => !hidesNewControl(q));

/** A key's first raw value, the first one short enough to be read, and how many times it occurs. */
function firstOf(q: string, key: string): { first: string | undefined; readable: string | undefined; count: number } {
  const all = new URLSearchParams(q.startsWith('?') ? q.slice(1) : q).getAll(key);
  return { first: all[0], readable: all.find((v) => v.length <= MAX_VALUE_CHARS), count: all.length };
}

const without = (notices: readonly Notice[], keys: readonly string[]) => notices.filter((n) => !keys.includes(n.key));

describe('URL codec compatibility with schema v1', () => {
  it('5,000 random queries give the configuration, view and notices the v1 codec gave (backend= and op= aside)', () => {
    fc.assert(
      fc.property(query, (q) => {
        const was = v1.parseQuery(q);
        const now = parseQuery(q);
        // ceil and cip are pooling settings v1 did not have; a v1 link leaves them at their defaults.
        const { op, ceil, cip, groups, opad, ...config } = now.state.config;
        expect([ceil, cip, groups, opad]).toEqual([false, true, 1, { h: 0, w: 0 }]);
        const { backend, net, skips, layer, back, embed, qseed, qops, qkinds, ...view } = now.state.view;
        expect([net, skips, layer, back, embed, qseed, qops, qkinds]).toEqual([[], [], 0, null, false, 1, [], []]);
        expect(config).toEqual(was.state.config);
        expect(view).toEqual(was.state.view);
        // The two intended differences, checked on their own below:
        // - backend= was skipped by the v1 codec (engineBridge read it from location.search);
        //   it is now a view field, so it is read, written and told about here.
        // - op= was an unknown key to v1 ("Ignored unknown setting"); it is now a field whose
        //   only value today is conv, so a v1 link still opens a convolution.
        // The wording changes: an unknown pad= lists the named borders, causal among them now; an unknown view= lists net and quiz.
        const nowNotices = without(now.notices, ['backend', 'op']).map((n) => ({ ...n, message: n.message.replace('half, causal,', 'half,').replace('compare, net, quiz)', 'compare)') }));
        expect(nowNotices).toEqual(without(was.notices, ['op']));
        expect(was.notices.filter((n) => n.key === 'backend')).toEqual([]);

        const b = firstOf(q, 'backend');
        const bRead = b.readable?.trim().toLowerCase();
        const bOk = bRead === 'cpu' || bRead === 'webgl';
        expect(backend).toBe(bOk ? bRead : 'webgl');
        expect(now.notices.some((n) => n.key === 'backend')).toBe(b.count > 1 || (b.first !== undefined && !(b.first === b.readable && bOk)));

        const o = firstOf(q, 'op');
        expect(op).toBe('conv');
        expect(now.notices.some((n) => n.key === 'op')).toBe(o.count > 1 || (o.first !== undefined && !(o.first === o.readable && o.first.trim().toLowerCase() === 'conv')));
        expect(was.notices.filter((n) => n.key === 'op')).toHaveLength(o.count > 0 ? 1 : 0);

        // Links are written as before: same keys, same order; backend=cpu goes last.
        expect(formatQuery(now.state)).toBe(v1.formatQuery(was.state) + (backend === 'cpu' ? '&backend=cpu' : ''));
      }),
      { numRuns: 5000 },
    );
  });

  // Values at and past the length limit, kept out of the property (each costs milliseconds to encode and parse).
  it.each([
    ['x', 'x'.repeat(MAX_VALUE_CHARS + 1)],
    ['w', '1,'.repeat(MAX_VALUE_CHARS / 2 + 1)],
    ['cval', '7'.repeat(MAX_VALUE_CHARS)],
    ['zoom', '7'.repeat(MAX_VALUE_CHARS + 1)],
    ['backend', 'c'.repeat(MAX_VALUE_CHARS + 1)],
  ])('a %s value of 200,000 characters or more is read as v1 read it', (key, value) => {
    const q = `k=5&${key}=${value}&${key}=1&mode=reflect`;
    const was = v1.parseQuery(q);
    const now = parseQuery(q);
    expect(now.state.config).toEqual({ ...was.state.config, op: 'conv', ceil: false, cip: true, groups: 1, opad: { h: 0, w: 0 } });
    expect(now.state.view).toEqual({ ...was.state.view, backend: 'webgl', net: [], skips: [], layer: 0, back: null, embed: false, qseed: 1, qops: [], qkinds: [] });
    expect(without(now.notices, ['backend'])).toEqual(was.notices);
    // A too-long backend is told about, and then its second value (`1`) is read and refused, as any key's would be.
    expect(now.notices.filter((n) => n.key === 'backend').map((n) => n.message)).toEqual(
      key === 'backend' ? ['backend is too long (200001 characters); ignored it.', 'Unknown backend=1 (expected one of webgl, cpu); used webgl.'] : [],
    );
  });
});
