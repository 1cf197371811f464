import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, FRAMEWORKS, INPUT_PRESETS, KERNEL_PRESETS, OPERATIONS, PAD_MODES, type Config } from '../core';
import { derivePlan, valueCounts } from '../core';
import { formatQuery, parseQuery } from './urlCodec';
import { HIDEABLE } from './fieldSelectors';
import { BACKENDS, DEFAULT_VIEW, VIEWS, type UrlState } from './urlState';
import { QUESTION_KINDS } from '../core';
import { netLayerArb, skipsArb } from '../testing/netArbitraries';

const pair = (min: number, max: number) => fc.record({ h: fc.integer({ min, max }), w: fc.integer({ min, max }) });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));

/** Any state the UI can produce (values given explicitly with the right count, or presets). */
const state: fc.Arbitrary<UrlState> = fc
  .record({
    op: fc.constantFrom(...OPERATIONS),
    input: pair(1, 64),
    channels: fc.integer({ min: 1, max: 4 }),
    filters: fc.integer({ min: 1, max: 4 }),
    kernel: pair(1, 15),
    stride: pair(1, 8),
    dilation: pair(1, 8),
    pad: fc.oneof(
      fc.constantFrom(...(['valid', 'same', 'same-lower', 'full', 'half'] as const)).map((kind) => ({ kind })),
      fc.record({ kind: fc.constant('explicit' as const), top: fc.nat(32), bottom: fc.nat(32), left: fc.nat(32), right: fc.nat(32) }),
    ),
    mode: fc.constantFrom(...PAD_MODES),
    cval: finite,
    framework: fc.constantFrom(...FRAMEWORKS),
    flip: fc.boolean(),
    xPreset: fc.option(fc.constantFrom(...INPUT_PRESETS)),
    wPreset: fc.option(fc.constantFrom(...KERNEL_PRESETS)),
    seed: fc.nat(),
    ceil: fc.boolean(),
    cip: fc.boolean(),
    groups: fc.integer({ min: 1, max: 4 }),
    opad: pair(0, 7),
    step: fc.nat(5000),
    hide: fc.subarray([...HIDEABLE]),
    view: fc.constantFrom(...VIEWS),
    b: fc.option(fc.string({ maxLength: 30 }).filter((s) => s !== '')),
    backend: fc.constantFrom(...BACKENDS),
    net: fc.array(netLayerArb, { maxLength: 16 }),
    skips: skipsArb,
    layer: fc.integer({ min: 0, max: 16 }),
    back: fc.option(fc.string({ maxLength: 30 }).filter((s) => s !== '')),
    embed: fc.boolean(),
    qseed: fc.nat(),
    qops: fc.subarray([...OPERATIONS]),
    qkinds: fc.subarray([...QUESTION_KINDS]),
  })
  .chain(({ xPreset, wPreset, step, hide, view, b, backend, net, skips, layer, back, embed, qseed, qops, qkinds, ...c }) => {
    const nx = c.channels * c.input.h * c.input.w;
    // Pools take no kernel values (valueCounts: 0), so the UI only ever holds a preset there.
    const nw = valueCounts(c as Config).w;
    return fc.record({
      // Explicit values only for small shapes: thousands of random doubles per run add nothing but time.
      x: xPreset || nx > 300 ? fc.constant({ kind: 'preset' as const, preset: xPreset ?? 'ramp' }) : fc.array(finite, { minLength: nx, maxLength: nx }).map((values) => ({ kind: 'values' as const, values })),
      // A groups count that does not divide C or F gives no whole number of weights: only a preset then.
      w: wPreset || nw === 0 || nw > 300 || !Number.isInteger(nw) ? fc.constant({ kind: 'preset' as const, preset: wPreset ?? 'ones' }) : fc.array(finite, { minLength: nw, maxLength: nw }).map((values) => ({ kind: 'values' as const, values })),
    }).map(({ x, w }): UrlState => ({ config: { ...c, x, w } as Config, view: { step, hide, view, b, backend, net, skips, layer, back, embed, qseed, qops, qkinds } }));
  });

describe('URL codec', () => {
  it('round-trips every state the UI can produce, with no notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseQuery(formatQuery(s));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('the default state is just v=1, and an empty query is the default', () => {
    expect(formatQuery({ config: DEFAULT_CONFIG, view: DEFAULT_VIEW })).toBe('v=1');
    expect(parseQuery('')).toEqual({ state: { config: DEFAULT_CONFIG, view: DEFAULT_VIEW }, notices: [] });
  });

  it('reads a shared link: in=6x4 k=3 s=2 pad=1,0,2,1 mode=reflect', () => {
    const { state: s, notices } = parseQuery('?v=1&in=6x4&k=3&s=2&pad=1,0,2,1&mode=reflect&fw=torch&step=3');
    expect(notices).toEqual([]);
    expect(s.config.input).toEqual({ h: 6, w: 4 });
    expect(s.config.kernel).toEqual({ h: 3, w: 3 });
    expect(s.config.stride).toEqual({ h: 2, w: 2 });
    expect(s.config.pad).toEqual({ kind: 'explicit', top: 1, bottom: 0, left: 2, right: 1 });
    expect(s.config.mode).toBe('reflect');
    expect(s.config.framework).toBe('torch');
    expect(s.view.step).toBe(3);
  });

  it.each([
    ['k=99', /k=99 is outside 1..15.*used 15x15/, (s: UrlState) => expect(s.config.kernel).toEqual({ h: 15, w: 15 })],
    ['in=0x500', /outside 1..64.*used 1x64/, (s: UrlState) => expect(s.config.input).toEqual({ h: 1, w: 64 })],
    ['c=-3', /c=-3 is outside 1..4.*used 1/, (s: UrlState) => expect(s.config.channels).toBe(1)],
    ['s=abc', /Could not read s=abc/, (s: UrlState) => expect(s.config.stride).toEqual({ h: 1, w: 1 })],
    ['pad=40,0,0,0', /each side must be 0..32; used 32,0,0,0/, (s: UrlState) => expect(s.config.pad).toEqual({ kind: 'explicit', top: 32, bottom: 0, left: 0, right: 0 })],
    ['pad=sideways', /Unknown pad=sideways/, (s: UrlState) => expect(s.config.pad).toEqual({ kind: 'same' })],
    ['mode=mirror', /Unknown mode=mirror.*used zeros/, (s: UrlState) => expect(s.config.mode).toBe('zeros')],
    ['cval=NaN', /Could not read cval=NaN/, (s: UrlState) => expect(s.config.cval).toBe(0)],
    ['cval=1e300', /beyond ±1000000; used 1000000/, (s: UrlState) => expect(s.config.cval).toBe(1e6)],
    ['x=1,2,3', /x has 3 numbers but this configuration needs 25; used ramp/, (s: UrlState) => expect(s.config.x).toEqual({ kind: 'preset', preset: 'ramp' })],
    ['x=<script>alert(1)</script>', /Unknown x=<script>/, (s: UrlState) => expect(s.config.x).toEqual({ kind: 'preset', preset: 'ramp' })],
    ['flip=yes', /flip=yes must be 0 or 1/, (s: UrlState) => expect(s.config.flip).toBe(false)],
    ['v=2', /v=2 is not known/, (s: UrlState) => expect(s.config).toEqual(DEFAULT_CONFIG)],
    ['zoom=3', /Ignored unknown setting "zoom"/, (s: UrlState) => expect(s.config).toEqual(DEFAULT_CONFIG)],
    ['k=5&k=3', /k appears more than once; used the first/, (s: UrlState) => expect(s.config.kernel).toEqual({ h: 5, w: 5 })],
    ['hide=mode,bogus', /ignored unknown control bogus/, (s: UrlState) => expect(s.view.hide).toEqual(['mode'])],
  ] as const)('a hand-edited %s is clamped or replaced, and the page says so', (query, message, check) => {
    const { state: s, notices } = parseQuery(query);
    expect(notices.map((n) => n.message).join(' | ')).toMatch(message);
    check(s);
  });

  it('backend=cpu is a setting the engine reads, not an unknown one', () => {
    const { state: s, notices } = parseQuery('backend=cpu&k=5');
    expect(notices).toEqual([]);
    expect(s.view.backend).toBe('cpu');
    expect(formatQuery(s)).toBe('v=1&k=5x5&backend=cpu');
  });

  it('a bad backend falls back to webgl, and the page says so', () => {
    const { state: s, notices } = parseQuery('backend=tpu');
    expect(notices).toEqual([{ key: 'backend', message: 'Unknown backend=tpu (expected one of webgl, cpu); used webgl.' }]);
    expect(s.view.backend).toBe('webgl');
  });

  it('a long hostile value is never echoed whole in a notice', () => {
    const { notices } = parseQuery(`mode=${'<img src=x onerror=alert(1)>'.repeat(400)}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message.length).toBeLessThan(200);
  });

  it('fuzz: 5000 generated queries always give a usable state: a plan or an invalid reason', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 50 }),
      fc.constantFrom('NaN', '-1', '1e999', '0x10', '2.5', 'javascript:alert(1)', '<b>x</b>', '', ' ', '9'.repeat(400), '3x', 'x3', '1,2,3,4,5'),
      fc.integer().map(String),
      fc.double().map(String),
    );
    const key = fc.constantFrom('v', 'op', 'in', 'c', 'f', 'k', 's', 'd', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed', 'step', 'hide', 'view', 'b', 'backend', 'zz', '__proto__', 'constructor');
    const query = fc.array(fc.tuple(key, hostile), { maxLength: 12 }).map((kv) => kv.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (q) => {
        const { state: s, notices } = parseQuery(q);
        const plan = derivePlan(s.config);
        if (!plan.ok) expect(plan.message.length).toBeGreaterThan(20);
        for (const n of notices) expect(n.message.length).toBeLessThan(400);
        // What it produced can be written and read again without further notices.
        expect(parseQuery(formatQuery(s)).state).toEqual(s);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('pooling links', () => {
  it('a pool without s= strides by its kernel, and a link leaves that stride out', () => {
    const { state: s, notices } = parseQuery('v=1&op=maxpool&k=2x3');
    expect(notices).toEqual([]);
    expect(s.config.stride).toEqual({ h: 2, w: 3 });
    expect(formatQuery(s)).toBe('v=1&op=maxpool&k=2x3');
    const strided = parseQuery('v=1&op=avgpool&k=3&s=1&ceil=1&cip=0').state;
    expect(strided.config).toMatchObject({ stride: { h: 1, w: 1 }, ceil: true, cip: false });
    expect(formatQuery(strided)).toBe('v=1&op=avgpool&s=1x1&ceil=1&cip=0');
  });

  it('ceil=2 and op=pool are refused with a notice, never a crash', () => {
    const { state: s, notices } = parseQuery('op=pool&ceil=2');
    expect(s.config.op).toBe('conv');
    expect(s.config.ceil).toBe(false);
    expect(notices.map((n) => n.key)).toEqual(['op', 'ceil']);
  });
});
