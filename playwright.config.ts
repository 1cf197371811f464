import fs from 'node:fs';
import os from 'node:os';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Which Chromium to drive. `npx playwright install` cannot download on the project's
 * machines, so we prefer a system Chromium (design.md, "Environment facts"):
 *   1. $CHROMIUM_PATH, 2. /usr/bin/chromium (Debian `apt-get install -y chromium`),
 *   3. Playwright's own bundled Chromium, if one happens to be installed.
 */
function findChromium(): string {
  const candidates: string[] = [];
  if (process.env.CHROMIUM_PATH) candidates.push(process.env.CHROMIUM_PATH);
  candidates.push('/usr/bin/chromium');
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // No bundled browser registered: fall through to the error below.
  }
  for (const candidate of candidates) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  if (process.env.CHROMIUM_PATH) {
    console.warn(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  throw new Error(
    'No Chromium found. Install one with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium)',
  );
}

const executablePath = findChromium();
const baseArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// E2E_PORT / E2E_DIST let several people (or agents) on one machine test their own build
// side by side: `npx vite build --outDir /tmp/mine && E2E_DIST=/tmp/mine E2E_PORT=4301 npx playwright test`.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${PORT}`;

/*
 * Two projects:
 *   webgl - default Chromium; headless WebGL 2 runs on SwiftShader, so tfjs uses 'webgl'.
 *   cpu   - adds NO_WEBGL_ARGS: no WebGL at all, so tfjs must fall back to 'cpu'.
 * Spec file naming decides which project runs a spec:
 *   *.cpu.spec.ts   -> cpu project only
 *   *.both.spec.ts  -> both projects
 *   other *.spec.ts -> webgl project only
 * Set E2E_CPU_ALL=1 to run every spec in the cpu project as well.
 */
/*
 * No WebGL at all. Measured on Chromium 156: --disable-3d-apis alone removes WebGL from
 * <canvas> but NOT from OffscreenCanvas, which tfjs uses when it exists, so tfjs still ran
 * on WebGL. Without a GPU process (and no SwiftShader fallback) both are gone.
 */
export const NO_WEBGL_ARGS = ['--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer'];
const CPU_ONLY = /\.cpu\.spec\.ts$/;
const CPU_MATCH = process.env.E2E_CPU_ALL ? /\.spec\.ts$/ : /\.(cpu|both)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  // Playwright wipes outputDir at start: keep it away from test-results/*.json reports.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Math.max(1, Math.min(2, os.cpus().length)),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The built app registers a service worker (build/pwa.ts). Blocked for every spec but e2e/offline.spec.ts
    // (which allows it): page.route() cannot intercept what a service worker serves, and its precache
    // download would run beside every test.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'webgl',
      testIgnore: CPU_ONLY,
      use: { launchOptions: { executablePath, args: baseArgs } },
    },
    {
      name: 'cpu',
      testMatch: CPU_MATCH,
      use: { launchOptions: { executablePath, args: [...baseArgs, ...NO_WEBGL_ARGS] } },
    },
  ],
  // Serves the built dist/ (`npm run test:e2e` builds first).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
