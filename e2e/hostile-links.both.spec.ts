/**
 * Hostile links (design.md, URL schema: "never a blank page, never a crash"):
 * a few hundred query strings generated with fast-check from a fixed seed —
 * the schema's keys and unknown ones, with huge, negative, NaN and fractional
 * numbers, unicode, 10 KB values, markup and `javascript:` payloads,
 * duplicate keys and broken `%` encodings. Each is opened in the same page;
 * the page must end in a result, an alert or a notice, with no uncaught
 * error, no dialog, no crash panel, nothing built from the payload and no
 * script run from it, and the page keeps answering. Only the first render is
 * awaited (not tfjs) for speed.
 */
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';

const SEED = 20_240_611;
const LINKS_PER_CHUNK = 55;
const CHUNKS = 4;

/** The keys of URL schema v1. */
const SCHEMA_KEYS = ['v', 'in', 'c', 'f', 'k', 's', 'd', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed', 'step', 'hide', 'view', 'b'];
/** Payloads that would set `window.__pwned` (or open a dialog) if anything ran them. */
const SCRIPT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=window.__pwned=1>',
  "'><script>window.__pwned=1</script>",
  '</script><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:window.__pwned=1//',
  'data:text/html,<script>window.__pwned=1</script>',
  '<iframe src="javascript:window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">x</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '__proto__',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];
const UNKNOWN_KEYS = ['zoom', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'x[]', 'in ', 'IN', 'Mode', 'ümlaut', '🙂', ...SCRIPT_PAYLOADS.slice(0, 4)];
/** Raw (not re-encoded) fragments: broken percent encodings and separators. */
const BROKEN_ENCODINGS = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '%u0041', '%F0%9F%98', '100%', '%2', '&&', '==', '=%3D', '%26in%3D99', '+', '%20%20'];
const NUMBERS = [
  '0', '-0', '-1', '-999999999999999999999', '1e308', '1e309', '-1e308', '5e-324', 'NaN', 'Infinity', '-Infinity',
  '1.5', '0.0000001', '.5', '5.', '1e', '0x10', '0b11', '1_000', '٣', '３', '2e1', '+3', '--3', '99999999999999999999',
  '4294967296', '2147483648', '9007199254740993', '3x3x3', '64x64', '65x65', '0x0', '1x-1', '15×15', '3*3', ' 3 x 3 ', '3,3', 'NaNxNaN',
];
const STRINGS = [
  '', ' ', '\t', '\n', 'same', 'SAME', 'valid ', 'reflect', 'REFLECT', 'circular', 'keras', 'image', 'compare', 'grid',
  'ramp', 'random', 'sobel-x', 'mode,pad,in,x,w,k', 'mode,,,,', 'everything', '1,1,1,1', '32,32,32,32', '33,0,0,0', '-1,0,0,0',
  '1,2,3', '1,2,3,4,5', 'in=64&k=15', 'in%3D3%26pad%3D3,0,0,0%26mode%3Dreflect', '\u202e', '\u0000', '\ud800', '\u200b', 'Ω≈ç√',
  '𝟘𝟙𝟚', '日本語', 'null', 'undefined', 'true', '[]', '{}', '[object Object]',
];
/**
 * About 10 KB on the wire each: a long run of digits, a long number list, a long word and a long
 * markup chain. A link stays under 15,000 characters: Node's HTTP server (vite preview) answers
 * 431 above 16 KB of request head, which would test the server, not the page.
 */
const LONG = ['9'.repeat(10_240), Array.from({ length: 2_600 }, (_, i) => i % 10).join(','), 'a'.repeat(10_240), '<b>'.repeat(1_100)];
const MAX_LINK_CHARS = 15_000;

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map(String) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -5, max: 80 }), fc.integer({ min: -5, max: 80 })).map(([a, b]) => `${a}x${b}`) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }).map(String), fc.constantFrom(...NUMBERS)), { maxLength: 30 }).map((a) => a.join(',')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which makes encodeURIComponent
 * throw) becomes its WTF-8 bytes, e.g. `%ED%A0%80`: a broken encoding no browser would produce.
 */
function enc(s: string): string {
  return Array.from(s, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp < 0xd800 || cp > 0xdfff) return encodeURIComponent(ch);
    return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  }).join('');
}

/** One `key=value`: usually encoded as a browser would, sometimes written raw (broken `%`, stray `&`/`=`/`#`). */
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.record({ key: fc.constantFrom(...SCHEMA_KEYS), value }).map(({ key, value: v }) => `${key}=${enc(v)}`) },
  { weight: 1, arbitrary: fc.record({ key: fc.constantFrom(...UNKNOWN_KEYS), value }).map(({ key, value: v }) => `${enc(key)}=${enc(v)}`) },
  { weight: 1, arbitrary: fc.record({ key: fc.constantFrom(...SCHEMA_KEYS), raw: fc.constantFrom(...BROKEN_ENCODINGS) }).map(({ key, raw }) => `${key}=${raw}`) },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ENCODINGS, 'in', 'k=', '=3', 'mode=reflect=symmetric', 'x=1,,2', 'pad=1%2C1%2C1%2C1') },
);

/** A link: 1..6 entries, and in about a third of them the first entry again (a duplicate key) at the end. */
const link = fc
  .tuple(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 2 }))
  .map(([entries, dup]) => (dup === 0 ? [...entries, entries[0]!] : entries).join('&'))
  .filter((l) => l.length <= MAX_LINK_CHARS);

/** Hand-picked worst cases beside the generated ones: the largest grid, each limit's edge, nested compare links. */
const PICKED = [
  'in=64x64&c=4&f=4&k=15x15&d=8x8&pad=full&mode=circular&x=random&w=random',
  'in=64x64&k=1x1&s=8x8&pad=32,32,32,32&mode=constant&cval=-1000000',
  'in=1x1&k=15x15&pad=valid',
  'in=1&pad=same&mode=reflect',
  'in=2x2&pad=2,2,2,2&mode=symmetric',
  'in=3x3&pad=3,0,0,0&mode=reflect',
  `x=${'1,'.repeat(24)}1&w=${'9,'.repeat(8)}9`,
  `x=${'1e6,'.repeat(24)}-1e6&w=${'-1e6,'.repeat(8)}1e6`,
  'step=1000000&in=64x64',
  'step=-1&in=0x0',
  `view=compare&b=${encodeURIComponent('in=99&mode=<img src=x onerror=window.__pwned=1>')}`,
  `view=compare&b=${encodeURIComponent(`view=compare&b=${encodeURIComponent('javascript:window.__pwned=1')}`)}`,
  'view=image&in=64x64&k=15x15&mode=<svg/onload=window.__pwned=1>',
  'hide=in,c,f,k,s,d,pad,mode,cval,fw,flip,x,w,seed',
  'v=2&v=1&v=<b>x</b>',
  // Ordinary links with an even kernel: no hostility, but a stride-1 even kernel is a shape the engine must handle.
  'k=2x2',
  'in=6x7&k=4x2&pad=valid&mode=replicate',
];

/**
 * For the hand-picked links the engine's run is awaited too (the generated ones stop at the first
 * render, for speed): the page must finish the run, or say why not, and keep answering.
 */
const ENGINE_DONE = '[data-testid="output-json"][data-state="ready"], .badge-bad[role="alert"]';
const ENGINE_MS = 30_000;

/** What a link may end in: a result, an invalid-configuration alert, or a notice / loading status. */
const END_STATE = '[data-testid="output-shape"], [role="alert"], [role="status"]';

interface Watch {
  errors: string[];
  dialogs: string[];
  violations: string[];
}

/** Records page errors, dialogs and CSP violations of `page` into `seen` (shared across the pages of a test). */
async function watch(page: Page, seen: Watch): Promise<void> {
  page.on('pageerror', (e) => seen.errors.push(`${e.message} @ ${page.url().slice(0, 200)}`));
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  // A CSP violation other than long.js's wasm probe means some payload reached a script or handler sink.
  await page.exposeFunction('__padlabViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.violatedDirective.startsWith('script-src') && e.blockedURI === 'wasm-eval') return;
      (window as unknown as { __padlabViolation: (v: string) => void }).__padlabViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** How long the page's main thread may stay busy before the link counts as hanging the page, ms. */
const UNRESPONSIVE_MS = 10_000;

/** After this many hangs or timeouts a chunk stops (each costs up to half a minute) and reports what it has. */
const MAX_HANGS = 3;

/** `promise`, or `fallback` when it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Everything wrong with the page as a link left it (empty when fine). */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const text = document.body.innerText.trim();
    if (text.length === 0) found.push('blank page');
    if (!document.querySelector('h1')) found.push('no heading');
    if (document.querySelector('.crash')) found.push(`crash panel: ${document.querySelector('.crash')?.textContent?.slice(0, 200)}`);
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned was set');
    const built = document.querySelectorAll(
      'img[src="x"], svg[onload], iframe, math, mglyph, script:not([src]), [onerror], [onload], [onclick], [onmouseover], [onfocus]',
    );
    if (built.length > 0) found.push(`element from the payload: ${[...built].map((e) => e.outerHTML.slice(0, 80)).join(' | ')}`);
    for (const el of document.querySelectorAll<HTMLElement>('[href], [src], [action], [formaction]')) {
      const url = (el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '').trim();
      if (/^(javascript|data|vbscript):/i.test(url)) found.push(`${el.tagName} with a ${url.slice(0, 40)} URL`);
    }
    return found;
  });
}

// Hundreds of navigations: a trace of each would cost more than the navigations themselves.
test.use({ trace: 'off', screenshot: 'off' });

const generated = fc.sample(link, { seed: SEED, numRuns: LINKS_PER_CHUNK * CHUNKS - PICKED.length });
const ALL_LINKS = [...PICKED, ...generated];
const picked = new Set(PICKED);

test('the generated set is large and hostile enough', () => {
  expect(ALL_LINKS.length).toBeGreaterThanOrEqual(200);
  const joined = ALL_LINKS.join('\n');
  for (const needle of ['onerror', 'javascript%3A', '%ED%A0%80', '9999999999', 'NaN', 'view=image', 'view=compare']) expect(joined).toContain(needle);
  expect(ALL_LINKS.filter((l) => l.length > 10_000).length).toBeGreaterThan(5);
  // Some link names a schema key twice.
  expect(ALL_LINKS.some((l) => new Set(l.split('&').map((e) => e.split('=')[0])).size < l.split('&').length)).toBe(true);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const links = ALL_LINKS.slice(chunk * LINKS_PER_CHUNK, (chunk + 1) * LINKS_PER_CHUNK);
  test(`links ${chunk * LINKS_PER_CHUNK + 1}–${chunk * LINKS_PER_CHUNK + links.length} never give a blank page, a crash, a hang or a run payload`, async ({ context }) => {
    test.setTimeout(150_000);
    const seen: Watch = { errors: [], dialogs: [], violations: [] };
    let page = await context.newPage();
    await watch(page, seen);
    const failures: string[] = [];
    let hangs = 0;
    for (const [i, query] of links.entries()) {
      const before = { errors: seen.errors.length, dialogs: seen.dialogs.length, violations: seen.violations.length };
      const tag = `#${chunk * LINKS_PER_CHUNK + i + 1} ?${query.length > 160 ? `${query.slice(0, 160)}…(${query.length} chars)` : query}`;
      let hung: boolean;
      try {
        await page.goto(`./?${query}`, { waitUntil: 'commit', timeout: 15_000 });
        await page.locator(END_STATE).first().waitFor({ state: 'attached', timeout: 15_000 });
        if (picked.has(query) && (await page.getByTestId('output-shape').count()) > 0) {
          await page.locator(ENGINE_DONE).first().waitFor({ state: 'attached', timeout: ENGINE_MS });
        }
        const found = await within(problems(page), UNRESPONSIVE_MS, null);
        hung = found === null;
        if (found === null) failures.push(`${tag}: the page stopped answering (main thread busy for over ${UNRESPONSIVE_MS / 1000} s)`);
        else if (found.length) failures.push(`${tag}: ${found.join('; ')}`);
      } catch (e) {
        hung = true;
        failures.push(`${tag}: ${(e as Error).message.split('\n')[0]}`);
      }
      const late = [
        ...seen.errors.slice(before.errors).map((m) => `page error: ${m}`),
        ...seen.dialogs.slice(before.dialogs).map((m) => `dialog: ${m}`),
        ...seen.violations.slice(before.violations).map((m) => `CSP violation: ${m}`),
      ];
      if (late.length) failures.push(`${tag}: ${late.join('; ')}`);
      if (hung) {
        if (++hangs >= MAX_HANGS) {
          failures.push(`stopped after ${hangs} links that hung the page or timed out`);
          break;
        }
        // A hung renderer would fail every later link too: carry on in a fresh page.
        await within(page.close({ runBeforeUnload: false }), 5_000, undefined);
        page = await context.newPage();
        await watch(page, seen);
      }
    }
    expect(failures).toEqual([]);
  });
}
