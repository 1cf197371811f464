/**
 * Every golden network (golden/net.json: shapes from real PyTorch modules,
 * receptive fields from the recurrences, outputs from PyTorch for the seeded
 * input) opened as a link in the network view, on WebGL and on the CPU
 * fallback: `net-json` must show each layer's shapes, pads and receptive
 * field, and the stack's TensorFlow.js output must agree with PyTorch's.
 * One page per project: each network is opened the way the browser's
 * Back/Forward opens a link of this page (history + popstate), so the
 * backend starts once and the whole set runs in well under a minute.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { netCaseQuery, netGoldenCases, type NetGoldenCase, type NetGoldenLayer } from '../src/testing/netGolden';

interface NetJson {
  layers: NetGoldenLayer[];
  backend: string | null;
  maxAbsDiff: number | null;
  /** The last output, nested `[C][H][W]` as output-json's values. */
  output?: { shape: [number, number, number]; values: (number | null)[][][] };
  invalid?: { layer: number; code: string };
  skipped?: string;
}

/** Opens `query` in the running page as a Back/Forward navigation would (the app reloads its state from the URL). */
async function open(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    window.history.pushState(null, '', `?${q}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

async function netJson(page: Page): Promise<NetJson | null> {
  const el = page.locator('[data-testid="net-json"][data-state="ready"]');
  if ((await el.count()) === 0) return null;
  return JSON.parse((await el.textContent()) ?? 'null') as NetJson;
}

/** What is wrong with the page's answer for `c`, or null when it agrees with the golden network. */
function problem(c: NetGoldenCase, got: NetJson | null, backend: string): string | null {
  if (!got) return 'net-json not ready';
  if (!isDeepStrictEqual(got.layers, c.layers)) return `layers ${JSON.stringify(got.layers)}`;
  if (c.invalid) return got.invalid?.layer === c.invalid.layer && got.invalid.code === c.invalid.code ? null : `invalid ${JSON.stringify(got.invalid)}`;
  if (c.shapeOnly) return got.skipped || got.output ? null : 'neither run nor skipped';
  if (got.backend !== backend) return `backend ${got.backend}`;
  const want = c.output?.values ?? [];
  const values = got.output?.values.flat(2) ?? [];
  if (JSON.stringify(got.output?.shape) !== JSON.stringify(c.output?.shape) || values.length !== want.length) return `output shape ${JSON.stringify(got.output?.shape)}`;
  // The goldens stay within ±1e6 and integral until an average divides: float32 rounds only there and in the summation order.
  const scale = Math.max(1, ...want.map((v) => Math.abs(v ?? 0)));
  const bad = values.findIndex((v, i) => (v === null || want[i] === null ? v !== want[i] : Math.abs(v - (want[i] as number)) > 1e-5 * scale));
  return bad >= 0 ? `output[${bad}] = ${values[bad]}, PyTorch ${want[bad]}` : null;
}

test('every golden network agrees with PyTorch through the URL and net-json', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const backend = testInfo.project.name === 'cpu' ? 'cpu' : 'webgl';
  const [first] = netGoldenCases;
  await page.goto(`./?${netCaseQuery(first as NetGoldenCase)}`);
  const failures: string[] = [];
  const start = Date.now();
  for (const c of netGoldenCases) {
    await open(page, netCaseQuery(c));
    // The layers are derived at once; the run lands later. Poll until this network's answer is in.
    let last: string | null = 'not checked';
    await expect
      .poll(async () => (last = problem(c, await netJson(page), backend)), { timeout: 30_000, intervals: [50, 100, 200] })
      .toBeNull()
      .catch(() => failures.push(`${c.name}: ${last}`));
  }
  console.log(`[${testInfo.project.name}] ${netGoldenCases.length} golden networks in ${Date.now() - start} ms`);
  expect(netGoldenCases.filter((c) => !c.invalid && !c.shapeOnly).length).toBeGreaterThanOrEqual(60);
  expect(failures).toEqual([]);
});
