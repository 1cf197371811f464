/**
 * Embed mode (`embed=1`): the grids and the step-through only, with "Open in
 * Padlab" to the full view; the same page inside a sandboxed iframe
 * (`sandbox="allow-scripts"`, so an opaque origin: no storage, no
 * history.replaceState, no module worker) on a second local origin; and the
 * full view's "Copy embed code" snippet, whose height holds the embedded page.
 *
 * A sandboxed page has the origin `null`, so its module scripts load only
 * from a host that answers CORS requests from anyone. Static hosts such as
 * GitHub Pages send `Access-Control-Allow-Origin: *`; `vite preview` does not
 * for `null`. So this spec serves the built app itself, with that header, as
 * such a host would, and the host page from a second server.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
// Both servers take a free port each (several people test side by side on one machine); set in beforeAll.
let APP = '';
let HOST = '';
// Not the defaults, so the links must carry them.
const QUERY = 'in=6&k=3&s=2&pad=same';
const KEYS = { in: '6x6', s: '2x2' };

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.wasm': 'application/wasm' };

/** The built app, as a static host that allows CORS from any origin would serve it. */
function staticApp(): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://app.invalid');
    const file = path.join(DIST, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    fs.createReadStream(file).pipe(res);
  });
}

/** The course page: whatever HTML the test sets. */
let hostHtml = '';
const servers: http.Server[] = [];

test.beforeAll(async () => {
  const host = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostHtml));
  const origins: string[] = [];
  for (const server of [staticApp(), host]) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  [APP = '', HOST = ''] = origins;
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** What an embedded page shows, checked in `root` (the page or an iframe's frame locator). */
async function expectEmbedded(root: ReturnType<Page['frameLocator']> | Page, appOrigin: string): Promise<void> {
  await expect(root.getByTestId('padded-grid')).toBeVisible();
  await expect(root.getByTestId('output-grid')).toBeVisible();
  await expect(root.getByTestId('step-through')).toBeVisible();
  await expect(root.getByTestId('output-json')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const out = JSON.parse((await root.getByTestId('output-json').textContent()) ?? '{}') as { shape: number[]; maxAbsDiff: number };
  expect(out.shape).toEqual([1, 3, 3]);
  expect(out.maxAbsDiff).toBeLessThan(1e-4);
  // No header, footer, controls or export: the figure only.
  await expect(root.locator('.site-header, .site-footer, .side-column, [data-testid="export"]')).toHaveCount(0);
  const open = root.getByRole('link', { name: 'Open in Padlab' });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  const href = new URL((await open.getAttribute('href')) ?? '');
  expect(href.origin).toBe(appOrigin);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(Object.fromEntries(href.searchParams)).toMatchObject(KEYS);
}

test('embed=1 shows the grids and the step-through, and opens the full view in a new tab', async ({ page, context, baseURL }) => {
  await page.goto(`./?${QUERY}&embed=1`);
  await expectEmbedded(page, new URL(baseURL ?? '').origin);
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open in Padlab' }).click()]);
  await expect(tab.locator('.site-header')).toBeVisible();
  await expect(tab.getByTestId('output-shape')).toHaveText('3×3');
  expect(new URL(tab.url()).searchParams.get('embed')).toBeNull();
});

test('works in a sandboxed iframe (allow-scripts only) on another origin', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  hostHtml = `<!doctype html><html lang="en"><title>Course page</title><h1>Padding</h1><iframe sandbox="allow-scripts" title="Padlab" src="${APP}/?${QUERY}&amp;embed=1" style="width:100%;height:1200px;border:0"></iframe></html>`;
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expectEmbedded(frame, APP);
  // The step-through still moves (the store works without storage or history).
  await frame.getByRole('button', { name: 'Step forward' }).click();
  await expect(frame.getByTestId('step-window')).toContainText('out[0, 0, 1]');
  expect(errors).toEqual([]);
});

test('"Copy embed code" gives an iframe snippet whose measured height holds the embedded page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?${QUERY}`);
  const embed = page.getByTestId('embed-code');
  await embed.locator('summary').click();
  await expect(embed.getByTestId('embed-snippet')).toHaveAttribute('data-state', 'measured', { timeout: 60_000 });
  await embed.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(embed.getByTestId('embed-status')).toHaveText('Embed code copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const iframe = await page.evaluate((html) => {
    const el = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    return el && { src: el.src, title: el.title, loading: el.getAttribute('loading'), style: el.getAttribute('style') ?? '' };
  }, snippet);
  expect(iframe).not.toBeNull();
  const src = new URL(iframe?.src ?? '');
  expect(src.searchParams.get('embed')).toBe('1');
  expect(Object.fromEntries(src.searchParams)).toMatchObject(KEYS);
  expect(iframe?.title).toContain('Padlab: convolution, 6×6 input, 3×3 kernel, stride 2×2, same padding');
  expect(iframe?.loading).toBe('lazy');
  const height = Number(/^width:100%;height:(\d+)px;border:0$/.exec(iframe?.style ?? '')?.[1]);
  expect(height).toBeGreaterThan(300);

  // The snippet on a course page 760 px wide (the measuring width): the embedded page fits its height.
  hostHtml = `<!doctype html><html lang="en"><title>Course page</title><body style="margin:0;width:760px">${snippet}</body></html>`;
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('output-json')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  // The embed view's bottom edge (the document's scrollHeight is never less than the frame's height).
  const content = await frame.locator('main.embed').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(content).toBeLessThanOrEqual(height);
  expect(content).toBeGreaterThan(height - 60);
  expect(await frame.locator('html').evaluate((el) => el.scrollHeight)).toBeLessThanOrEqual(height);
});
