/** Headless Chromium for the benchmark (design.md, Environment facts: system Chromium, these flags). */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { installBenchHelpers } from './pageHelpers.js';

export const VIEWPORT = { width: 1280, height: 800 };

export function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) if (p && fs.existsSync(p)) return p;
  throw new Error('No Chromium found. Install one with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
}

export function launch() {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context and page (cold cache, no state from an earlier measurement)
 * with the in-page helpers installed; `open` navigates and waits for the first
 * tfjs result. Close it with `page.context().close()`.
 */
export async function freshPage(browser) {
  // No service worker (the offline cache, issue 17): every measurement loads what a first visit loads.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installBenchHelpers);
  return page;
}

export async function openApp(browser, url) {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.locator('[data-testid="output-json"][data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}
