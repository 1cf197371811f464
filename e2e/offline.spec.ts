/**
 * Offline (issue 17): after one visit the service worker (build/pwa.ts) serves
 * the app, every lazy chunk and the engine with the network cut; a new version
 * shows the update banner, and Reload hands over to it.
 *
 * Each test serves its own copy of the built dist (E2E_DIST) from a tiny static
 * server: the update test rewrites sw.js in its copy, and a service worker
 * registered here never meets the shared preview server of the other specs.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

// playwright.config.ts blocks service workers for every other spec.
test.use({ serviceWorkers: 'allow' });

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

interface Served {
  readonly url: string;
  readonly root: string;
  close(): Promise<void>;
}

/** A copy of the dist behind a static server on a free port. */
async function serveCopy(): Promise<Served> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'padlab-offline-'));
  fs.cpSync(DIST, root, { recursive: true });
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        fs.rmSync(root, { recursive: true, force: true });
      }),
  };
}

/** First visit: waits until the service worker is active, then reloads so that it controls the page. */
async function installAndControl(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('works offline after one visit: reload, compute, and open lazy views', async ({ page, context }) => {
  const served = await serveCopy();
  try {
    const app = new AppPage(page);
    await installAndControl(page, `${served.url}?in=6x6&k=3x3&s=2`);
    await app.output();

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(app.heading()).toHaveText('Padlab');
    const out = await app.output();
    expect(out.shape).toEqual([1, 3, 3]);
    expect(out.maxAbsDiff).toBe(0);
    await expect(app.backend()).toContainText(/webgl|cpu/);

    // Views whose code is in chunks this page has not loaded yet.
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('compare-json')).toBeAttached({ timeout: 30_000 });
    await views.getByRole('button', { name: 'Image' }).click();
    await expect(page.locator('[data-testid="image-json"][data-state="ready"]')).toBeAttached({ timeout: 60_000 });

    // A link opened cold while offline: any query string gets the cached app.
    await page.goto(`${served.url}?view=net&in=32&net=conv_k3_s2~maxpool_k2_s2`);
    await expect(page.locator('[data-testid="net-json"][data-state="ready"]')).toBeAttached({ timeout: 60_000 });

    // Proof that the network really is gone: the self-test page is not precached.
    await expect(page.goto(`${served.url}selftest.html`)).rejects.toThrow();
  } finally {
    await context.setOffline(false);
    await served.close();
  }
});

test('says when a new version is ready, and Reload switches to it', async ({ page }) => {
  const served = await serveCopy();
  try {
    const app = new AppPage(page);
    await installAndControl(page, `${served.url}?k=5`);
    await expect(page.getByTestId('pwa-update')).toHaveCount(0);

    // A new deployment: any byte of sw.js changed makes the browser install it beside the old one.
    fs.appendFileSync(path.join(served.root, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Padlab is ready' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    const axe = await new AxeBuilder({ page }).include('#pwa-update').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByTestId('pwa-update')).toHaveCount(0);
    await app.output();
    // Same URL (the configuration survives), now under the new worker.
    expect(page.url()).toContain('k=5');
    // The waiting worker took over: nothing waits any more, and the page is controlled.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
  } finally {
    await served.close();
  }
});
