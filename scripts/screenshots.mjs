#!/usr/bin/env node
/**
 * Takes the README's screenshots of the built app in headless Chromium:
 * `npm run screenshots` (builds first). Writes PNGs to docs/screenshots/.
 * Extra: `node scripts/screenshots.mjs --out DIR 'query' ...` shoots given queries
 * at 1280×800 and 390×844 (for looking at a change).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4177;
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args.splice(outIndex, 2)[1] : 'docs/screenshots';
const shots =
  args.length > 0
    ? args.flatMap((q, i) => [
        { name: `shot-${i}-desktop`, query: q, viewport: { width: 1280, height: 800 } },
        { name: `shot-${i}-phone`, query: q, viewport: { width: 390, height: 844 } },
      ])
    : [
        { name: 'explorer-desktop', query: 'in=6x6&k=3x3&s=2x2&pad=same&mode=reflect&step=4', viewport: { width: 1280, height: 800 } },
        { name: 'explorer-phone', query: 'in=5x5&mode=symmetric&step=6', viewport: { width: 390, height: 844 } },
      ];

function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) if (p && fs.existsSync(p)) return p;
  throw new Error('No Chromium found. Install one with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
}

async function waitForServer(url, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', process.env.SHOT_DIST ?? 'dist'], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  fs.mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(`http://127.0.0.1:${PORT}/?${shot.query}`);
    await page.locator('[data-testid="output-json"][data-state="ready"], [role="alert"]').first().waitFor({ state: 'attached', timeout: 30000 });
    const file = path.join(outDir, `${shot.name}.png`);
    // The first screen, as a visitor sees it (a full page of every panel is too tall to read in a README).
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
